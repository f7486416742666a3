/**
 * Arrivals that are no visit (CAMEO 042): armed forces and refugees arriving, things of a
 * country arriving ("a Chinese panda"), and peacekeepers, whose arrival in a country is
 * protection given to it (074).
 */
import type { Evidence, Mention } from '../document/types.ts';
import type { SentenceView } from './sentence-view.ts';

const FORCE_HEAD = /(troops|soldiers|forces|peacekeepers|marines|army|units|contingent|battalion|warships)$/i;
/** Forces that keep the peace: their arrival in a country is 074, no visit. */
const PEACEKEEPERS = /peace-?keep|blue helmets/i;

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
  // "NATO peacekeeping troops", "Kenyan soldiers", "Syrian refugees": people whose arrival is no visit
  if (!sources.every((m) => m.sector === 'MIL' || m.sector === 'REF' || forces(m))) return null;
  if (!targets.length || !sources.every((m) => PEACEKEEPERS.test(arriving(m)))) return { drop: 'armed forces or refugees arriving: no visit' };
  const note = 'peacekeepers arriving in a country: CAMEO 074 (provide military protection or peacekeeping)';
  return { cameo: '074', evidence: { stage: 'events', rule: 'event.peacekeepers-arrive', text: sources.map((m) => m.text).join(' + '), note } };
}
