/**
 * Mentions after an event's verb that are no target of it: the source's own people, a reporter,
 * where a meeting is held, the way taken, what a deal, a statement or an accusation says, allies,
 * partners and common enemies, what someone is said to be. findTarget (clause.ts) skips them.
 */
import type { Mention } from '../document/types.ts';
import type { SentenceView } from './sentence-view.ts';
import { POSSESSIVE, prepositionOf } from './noun-phrases.ts';
import { REPORTING } from './report-dates.ts';

/** Where the target search stands: the verb's clause [from, end), the code and pattern tokens, the source's countries. */
export interface TargetSearch {
  from: number;
  end: number;
  cameo: string;
  matched: readonly number[];
  sourceCountries: ReadonlySet<string>;
  stateCountries: ReadonlySet<string>;
}

/** Is `m` no target of the event whose target search stands at `at`? */
export function notATarget(view: SentenceView, m: Mention, at: TargetSearch): boolean {
  const { from, end, cameo, matched, sourceCountries, stateCountries } = at;
  const prep = view.tokens[prepositionOf(view, m)]?.lower ?? '';
  // "Russia sent troops", "the president intends to withdraw the 2,000 troops": forces named by the pattern, of the source's
  // country or of one only inferred, are the act's means, no target ("banned the opposition party" names its victim)
  if (FORCES.has(m.sector ?? '') && (countryInferred(m) || (m.country !== null && stateCountries.has(m.country))) && matched.some((k) => k >= m.tokenStart && k < m.tokenEnd)) return true;
  if (ownedBySource(view, m, sourceCountries, stateCountries)) return true;
  if (ownModifier(view, m, sourceCountries)) return true; // "Trump decided to upend US policy": the source's own policy, no party
  if (isReporter(view, m)) return true;
  // "the two presidents met in Kampala": where a pair meets is no target; each is the other's.
  // "the ministers met in Moscow", "talks in Doha", "met in the Russian city of Sochi": where a meeting is held is no party to it
  if ((sourceCountries.size > 1 || MEETING_CODE.test(cameo)) && (placeMention(m) || PLACE_NOUN.test(view.tokens[m.tokenEnd]?.lower ?? '')) && LOCATIVE.has(prep)) return true;
  if (MEETING_CODE.test(cameo) && topicOfDiscussion(view, m)) return true; // "met to discuss Yemen": the topic, no party
  if (m.sector === null && PASSAGE.has(prep)) return true; // "withdrew through northern Mali": the way, no party
  if (DEAL_CODE.test(cameo) && contentInfinitiveBefore(view, from, m)) return true; // "struck a deal to return Canada's citizens": what the deal is for
  // "fought on in Syria", "refused to stay in Iraq": where, not whom (an insurgency "inside Turkey" of Turkey's own rebels is against it)
  if ((VERBAL_CODE.test(cameo) || VIOLENT_CODE.test(cameo)) && !sourceCountries.has(m.country ?? '') && settingOfVerb(view, m, matched)) return true;
  if (VERBAL_CODE.test(cameo) && placeOfNoun(view, m)) return true; // "threatening the Kurds in Syria", "refused to leave the hills in Syria"
  if (VIOLENT_CODE.test(cameo) && allyOf(view, m, end)) return true; // "fighting for Mali", "fought alongside the Kurds", "fought with the US against Isis": allies, no victims
  if (COOPERATION_CODE.test(cameo) && prep === 'against') return true; // "partnered with Kurdish forces in the battle against Isis": the common enemy, no party
  if (partnerOf(view, m, matched)) return true; // "struck Idlib in coordination with Turkey": a partner in the act, no target
  if (STATEMENT_CODE.test(cameo) && insideComplement(view, from, m)) return true; // "admitted that Russian support ...": said, no party
  if (predicateOfBeing(view, m)) return true; // "charged him with being a member of Boko Haram": what he is said to be, no party
  return ACCUSATION_CODE.test(cameo) && contentOfAccusation(view, from, m); // "accusing it of aligning itself with Russia": Russia is what is said, not the accused
}

/** The mention's country was inferred from the article, the sentence, an earlier role or a possessive ("its forces"), not stated. */
export function countryInferred(m: Mention): boolean {
  return m.evidence.some((e) => e.rule.startsWith('context.') || e.rule === 'coref.role' || e.rule.startsWith('coref.possessive'));
}

/**
 * "..., officials said", "..., the White House announced", "..., Thai military sources said": an
 * actor opening a trailing reporting clause reports the event, it is not its target.
 */
export function isReporter(view: SentenceView, m: Mention): boolean {
  const { tokens } = view;
  let before = m.tokenStart - 1;
  while (tokens[before]?.pos === 'DET') before--;
  if (tokens[before]?.text !== ',') return false;
  let next = m.tokenEnd;
  while (next < m.tokenEnd + 3 && (tokens[next]?.pos === 'NOUN' || tokens[next]?.pos === 'ADJ')) next++;
  const verb = tokens[next];
  return verb !== undefined && verb.pos === 'VERB' && REPORTING.has(verb.lemma);
}

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside']);
/** Prepositions of the way taken: a country after them is where the act passed, not a party to it. */
const PASSAGE = new Set(['through', 'across', 'via', 'throughout']);
/** Accusations, criticism, complaints (CAMEO 11x). */
const ACCUSATION_CODE = /^11/;

/** "accused X of supporting militants and aligning itself with Iran": the mention comes after "of" + gerund, inside what the accusation says. */
function contentOfAccusation(view: SentenceView, from: number, m: Mention): boolean {
  const { tokens } = view;
  for (let k = from; k < m.tokenStart - 1; k++) if (tokens[k].lower === 'of' && tokens[k + 1].lower.endsWith('ing')) return true;
  return false;
}

/** "the army's backer, Egypt", "Iran's ally, Syria": the actor the possessed noun is set beside, or undefined. */
export function appositiveOfPossessed(view: SentenceView, m: Mention, end: number): Mention | undefined {
  const { tokens } = view;
  if (!POSSESSIVE.has(tokens[m.tokenEnd]?.lower ?? '')) return undefined;
  let k = m.tokenEnd + 1;
  while (k < end && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN') && !view.mentionCovering(k)) k++;
  if (k === m.tokenEnd + 1 || tokens[k]?.text !== ',') return undefined;
  const next = view.mentionAt.get(k + 1);
  return next && next.tokenStart < end ? next : undefined;
}

/** "with being a member of Boko Haram", "of being Boko Haram fighters": the mention is said of someone after "being", no party to the act. */
function predicateOfBeing(view: SentenceView, m: Mention): boolean {
  for (let k = m.tokenStart - 1; k >= view.sentence.tokenStart && m.tokenStart - k <= 5; k--) {
    const t = view.tokens[k];
    if (t.lower === 'being') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') return false;
  }
  return false;
}

/** "fought for Mali", "alongside the Kurds", "with Washington against Isis": the mention is an ally of the fighting. */
function allyOf(view: SentenceView, m: Mention, end: number): boolean {
  const prep = view.tokens[prepositionOf(view, m)]?.lower ?? '';
  if (ON_BEHALF.has(prep)) return true;
  if (prep !== 'with') return false;
  for (let k = m.tokenEnd; k < Math.min(end, m.tokenEnd + 4); k++) if (view.tokens[k].lower === 'against') return true;
  return false;
}

/** Appeals and cooperation (support, aid, yielding; not intents, which may be to act against someone): whom the parties act against together is none of them. */
const COOPERATION_CODE = /^0[24-8]/;
/** Statements (CAMEO 01): an actor inside the clause said is no party. */
const WH_CLAUSE = /^(where|what|how|why|whether|when)$/;
const STATEMENT_CODE = /^01/;
/** Before "with", words that make its object a partner in the act: "together with", "in coordination with" (not "cooperation with Togo"). */
const PARTNERING = new Set(['together', 'jointly', 'along']);
const PARTNERING_NOUNS = new Set(['coordination', 'cooperation', 'conjunction', 'partnership', 'concert', 'tandem', 'league', 'collaboration']);

/** "in coordination with Turkey", "together with France": the mention acts with the source (unless the pattern itself names "with"). */
function partnerOf(view: SentenceView, m: Mention, matched: readonly number[]): boolean {
  const at = prepositionOf(view, m);
  const { tokens } = view;
  if (tokens[at]?.lower !== 'with' || matched.includes(at)) return false;
  return PARTNERING.has(tokens[at - 1]?.lower ?? '') || (PARTNERING_NOUNS.has(tokens[at - 1]?.lower ?? '') && tokens[at - 2]?.lower === 'in');
}

/** "admitted that Russian support ...", "denied there had been a deal on its citizens": the mention is inside a clause of its own after the verb. */
function insideComplement(view: SentenceView, from: number, m: Mention): boolean {
  const { tokens } = view;
  for (let k = from; k < m.tokenStart; k++) {
    if (tokens[k].lower === 'that' && tokens[k].pos !== 'DET') return true; // a complement or relative clause, not "that report"
    if (WH_CLAUSE.test(tokens[k].lower)) return true; // "declined to give details of where ...
    if (tokens[k].lower === 'there' && tokens[k + 1]?.pos === 'AUX') return true;
  }
  return false;
}

/** Assault, fight, mass violence: whom one fights for or alongside is no target. */
const VIOLENT_CODE = /^(18|19|20)/;
const ON_BEHALF = new Set(['for', 'alongside', 'beside', 'under']);
const TOPIC_VERBS = new Set(['discuss', 'debate', 'address', 'review', 'consider', 'examine']);

/** "to discuss Syria", "discussed Iran's nuclear programme": the mention is the object of a verb of discussion. */
function topicOfDiscussion(view: SentenceView, m: Mention): boolean {
  let j = m.tokenStart - 1;
  while (j >= 0 && (view.tokens[j].pos === 'DET' || view.tokens[j].pos === 'ADJ')) j--;
  return j >= 0 && TOPIC_VERBS.has(view.tokens[j].lemma);
}
/** Meetings, calls, mediation and negotiation (CAMEO 040, 041, 044-046): not a visit or a host, whose place is the other party. */
const MEETING_CODE = /^04[01456]/;

/** A capital or region read as the country as a place ("in Kampala"), not as its government. */
/** Nouns after a demonym that make it a place: "the Russian city of Sochi", "a Turkish border town". */
const PLACE_NOUN = /^(city|town|village|capital|port|province|region|resort|border|island)$/;
/** Rejections and threats: their party is an actor, never the country where something lies (appeals, accusations, demands and diplomatic acts keep it: "a ceasefire in Gaza", "abuses in Myanmar", "its embassy in Damascus"). */
const VERBAL_CODE = /^(12|13)/;
/** Statements, appeals, talks and cooperation: their party is never an actor inside what a deal, a request or a plan is for (aid keeps its beneficiary: "loans to repair the road on the Kyrgyz side"). */
const DEAL_CODE = /^(01|02|04|05)/;

/** "a deal to return C's citizens", "a plan to avoid an assault by C": an infinitive after a noun before the mention tells what the noun is for. */
function contentInfinitiveBefore(view: SentenceView, from: number, m: Mention): boolean {
  const { tokens } = view;
  for (let k = from + 1; k < m.tokenStart; k++) {
    // "working with the aid department to rescue the children of C": also after a partner skipped as the source's own
    if (tokens[k].lower === 'to' && tokens[k + 1]?.pos === 'VERB' && (tokens[k - 1].pos === 'NOUN' || view.mentionCovering(k - 1))) return true;
  }
  return false;
}

/** People and places that a country after "in" only locates. */
const PLACED_NOUNS = /^(people|civilians|families|population|residents|villagers|communities|minorities|camps?|hills|areas?|villages|towns|cities|positions|bases|enclaves?|corner|homes)$/;

/** "the Kurds in Syria": a country with no sector that only places the noun before it ("the efforts of Ethiopia" names its owner). */
function placeOfNoun(view: SentenceView, m: Mention): boolean {
  const at = prepositionOf(view, m);
  const prep = view.tokens[at]?.lower ?? '';
  const noun = view.tokens[at - 1];
  // "the Kurds in Syria", "the camps in Somalia" ("a curfew in Algiers", "attacks in Israel" are aimed at the place)
  const placed = noun !== undefined && ((noun.pos === 'PROPN' && /s$/.test(noun.lower)) || PLACED_NOUNS.test(noun.lower) || PLACE_NOUN.test(noun.lower));
  return m.sector === null && m.kind === 'state' && LOCATIVE.has(prep) && placed && !view.mentionCovering(at - 1);
}

/** "fight on in Syria", "were fighting in Iraq": a country with no sector in a locative phrase right after a verb (adverbs, particles aside) says where it happened. */
function settingOfVerb(view: SentenceView, m: Mention, matched: readonly number[]): boolean {
  const at = prepositionOf(view, m);
  if (m.sector !== null || m.kind !== 'state' || !LOCATIVE.has(view.tokens[at]?.lower ?? '') || matched.includes(at)) return false;
  let k = at - 1;
  while (k >= 0 && (view.tokens[k].pos === 'ADV' || view.tokens[k].pos === 'ADP' || view.tokens[k].pos === 'PART') && !matched.includes(k)) k--;
  return k >= 0 && view.tokens[k].pos === 'VERB';
}

function placeMention(m: Mention): boolean {
  return m.sector === null && m.evidence.some((e) => e.rule.startsWith('wc.capital') || e.rule.startsWith('country.place'));
}

const OWNER_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);
const FORCES = new Set(['MIL', 'COP']);

/**
 * "recalled its ambassador", "withdraw their troops": the source's own people are not its target;
 * nor are bare "troops" or "police" given the state's own country by inference ("Norway will send troops").
 */
/** "US policy", "the Iran deal": the source's own country's name (no demonym: "the Chinese embassy" is a party) modifying a noun that is no actor. */
function ownModifier(view: SentenceView, m: Mention, sourceCountries: ReadonlySet<string>): boolean {
  const next = view.tokens[m.tokenEnd];
  const name = !m.evidence.some((e) => e.rule.includes('demonym'));
  return name && m.kind === 'state' && m.sector === null && m.country !== null && sourceCountries.has(m.country) && next?.pos === 'NOUN' && !view.mentionCovering(m.tokenEnd);
}

function ownedBySource(view: SentenceView, m: Mention, sourceCountries: ReadonlySet<string>, stateCountries: ReadonlySet<string>): boolean {
  // "its own forces": the pronoun before "own"
  const start = view.tokens[m.tokenStart - 1]?.lower === 'own' ? m.tokenStart - 1 : m.tokenStart;
  const before = view.tokens[start - 1];
  const owned = OWNER_PRONOUNS.has(m.text.split(/\s+/)[0].toLowerCase()) || (before !== undefined && OWNER_PRONOUNS.has(before.lower));
  const inferred = countryInferred(m);
  // "Russia and Ukraine agreed to exchange prisoners": whose prisoners the article's country cannot say
  if (!owned && inferred && m.country !== null && sourceCountries.size > 1 && sourceCountries.has(m.country)) return true;
  if (!owned) return inferred && m.country !== null && stateCountries.has(m.country) && FORCES.has(m.sector ?? '');
  return inferred || (m.country !== null && sourceCountries.has(m.country));
}
