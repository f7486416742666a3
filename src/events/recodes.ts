/**
 * Codes refined by who acts: arrivals that are no visit (CAMEO 042: armed forces and refugees
 * arriving, things of a country arriving, "a Chinese panda"), peacekeepers arriving in a country
 * (protection given to it, 074), and military exercises held by forces of several countries
 * together (military cooperation, 062, not a show of force), and organisations expelled (166, 1663 for aid
 * agencies: 174 is for individuals).
 */
import type { Evidence, Mention } from '../document/types.ts';
import type { PatternMatch } from './match.ts';
import type { SentenceView } from './sentence-view.ts';

const FORCE_HEAD = /(troops|soldiers|forces|peacekeepers|marines|army|units|contingent|battalion|warships)$/i;
/** Forces that keep the peace: their arrival in a country is 074, no visit. */
const PEACEKEEPERS = /peace-?keep|blue helmets/i;

/** Sectors of people who travel on their own account: civilians, radicals, criminals. */
const PRIVATE_SECTORS = new Set(['CVL', 'RAD', 'CRM']);

export type Arrival = { drop: string } | { cameo: string; evidence: Evidence } | null;

/** What a visit (042) by these sources is: a visit (null), no event (drop), or another code. */
export function arrival(view: SentenceView, sources: Mention[], targets: Mention[]): Arrival {
  const { tokens } = view;
  // "UN peacekeepers arrived": the mention may qualify the noun that arrives
  const noun = (m: Mention) => (tokens[m.tokenEnd]?.pos === 'NOUN' && !view.mentionCovering(m.tokenEnd) ? tokens[m.tokenEnd].text : '');
  const arriving = (m: Mention) => `${m.text} ${noun(m)}`.trim();
  const forces = (m: Mention) => FORCE_HEAD.test(arriving(m)) || PEACEKEEPERS.test(arriving(m));
  // "A Chinese panda arrived at the zoo": the actor only qualifies what arrives, which is no actor
  if (sources.every((m) => noun(m) && !forces(m))) return { drop: `what arrives ("${noun(sources[0])}") is no actor: no visit` };
  // "Russian citizens travelled to Syria", "jihadists who had come to Syria": private people travelling pay no visit
  if (sources.every((m) => PRIVATE_SECTORS.has(m.sector ?? ''))) return { drop: 'private people travelling: no visit' };
  // "NATO peacekeeping troops", "Kenyan soldiers", "Syrian refugees": people whose arrival is no visit
  if (!sources.every((m) => m.sector === 'MIL' || m.sector === 'REF' || forces(m))) return null;
  if (!targets.length || !sources.every((m) => PEACEKEEPERS.test(arriving(m)))) return { drop: 'armed forces or refugees arriving: no visit' };
  const note = 'peacekeepers arriving in a country: CAMEO 074 (provide military protection or peacekeeping)';
  return { cameo: '074', evidence: { stage: 'events', rule: 'event.peacekeepers-arrive', text: sources.map((m) => m.text).join(' + '), note } };
}

const EXERCISES = new Set(['exercise', 'exercises', 'drill', 'drills', 'game', 'games', 'wargame', 'wargames', 'war-game', 'war-games', 'maneuver', 'maneuvers', 'manoeuvre', 'manoeuvres']);

/** "French and Egyptian warships launched war games": forces of two or more countries exercising together cooperate militarily (062), with each other (`mutual`: the place is no target). */
export function jointExercise(view: SentenceView, cameo: string, match: PatternMatch, sources: Mention[], targets: Mention[]): { cameo: string; evidence: Evidence; mutual: true } | null {
  if (!cameo.startsWith('15') || !match.matched.some((k) => EXERCISES.has(view.tokens[k].lower))) return null;
  const countries = new Set(sources.map((m) => m.country ?? m.code));
  // "war games off Lome": a target in one of the exercising countries is where they exercise
  if (countries.size < 2 || targets.some((t) => !countries.has(t.country ?? t.code))) return null;
  const note = 'an exercise held by forces of several countries together: CAMEO 062 (cooperate militarily), between them';
  return { cameo: '062', evidence: { stage: 'events', rule: 'event.joint-exercise', text: sources.map((m) => m.text).join(' + '), note }, mutual: true };
}

/** Organisations that bring relief: expelling them is 1663. Codes of the UN's and others' aid bodies, and names. */
const AID_CODE = /(HLH|REF|DEV|KID|WFP|FAO|OXF|CRS)/;
const AID_NAME = /\b(aid|relief|refugees?|humanitarian|food|children|charity|charities|development)\b/i;

/** "Jakarta forced the UN refugee agency out of the country": an organisation expelled is 166 (an aid agency 1663), not 174. */
export function expulsion(cameo: string, targets: Mention[]): { cameo: string; evidence: Evidence } | null {
  if ((cameo !== '174' && cameo !== '166') || !targets.length || !targets.every((m) => m.kind === 'igo' || m.kind === 'organisation')) return null;
  const aid = targets.every((m) => AID_CODE.test(m.code) || AID_NAME.test(`${m.text} ${m.name}`));
  if (cameo === '166' && !aid) return null;
  const note = aid ? 'an aid agency expelled: CAMEO 1663 (expel or withdraw aid agencies)' : 'an organisation expelled: CAMEO 166 (expel or withdraw); 174 is for individuals';
  return { cameo: aid ? '1663' : '166', evidence: { stage: 'events', rule: 'event.organisation-expelled', text: targets.map((m) => m.text).join(' + '), note } };
}
