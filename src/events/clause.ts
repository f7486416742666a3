/**
 * Clause analysis on the POS layer: who is the subject (source) of a verb and who is its
 * object or prepositional complement (target). Heuristic and shallow by design: it reads
 * token classes, actor mentions and a few function words, never a parse tree.
 */
import type { Mention, Token } from '../document/types.ts';
import { isAdjectivalParticiple, isHyphenatedTail, looksParticiple } from './verb-group.ts';
import { isHardBreak, type SentenceView } from './sentence-view.ts';
import { REPORTING } from './report-dates.ts';
import { coordinationLeftOf, coordinationRightOf, inPrepositionalPhrase, NOUN_PHRASE_POS, POSSESSIVE, prepositionOf } from './noun-phrases.ts';
import { introductoryClauseEnd, isSubordinator } from './subordinate.ts';
import { RELATIVE, setOffSubject } from './set-off.ts';

/** A finite verb starting a new clause (not a participle modifier like "chaired by", "working on"). */
export function isClauseVerb(tokens: Token[], i: number, sentenceStart: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || isAdjectivalParticiple(tokens, i) || isHyphenatedTail(tokens, i)) return false;
  const prev = tokens[i - 1];
  if (prev && prev.lower === 'to') return false; // infinitive complement
  const hasAux = prev !== undefined && i - 1 >= sentenceStart && (prev.pos === 'AUX' || (prev.pos === 'PART' && prev.lower !== 'to'));
  if (hasAux) return true;
  if (t.lower.endsWith('ing')) return false; // gerund or participle
  const next = tokens[i + 1];
  if (looksParticiple(t) && next && (next.lower === 'by' || next.pos === 'ADP') && prev && prev.pos !== 'PRON' && !isMentionEndLike(prev)) {
    return false; // "a meeting chaired by ...", "the deal signed in ..."
  }
  return true;
}

function isMentionEndLike(token: Token): boolean {
  return token.pos === 'PROPN';
}

/** The mention's country was inferred from the article, the sentence, an earlier role or a possessive ("its forces"), not stated. */
function countryInferred(m: Mention): boolean {
  return m.evidence.some((e) => e.rule.startsWith('context.') || e.rule === 'coref.role' || e.rule.startsWith('coref.possessive'));
}

/** "Chile and Peru, whose defence ministers met": a role of no stated country right after "whose" is the antecedent's. */
function whoseOwner(view: SentenceView, m: Mention, boundary: number): Mention | undefined {
  const { tokens } = view;
  if (tokens[boundary]?.lower !== 'whose') return undefined;
  for (let k = boundary + 1; k < m.tokenStart; k++) if (tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'CCONJ' && tokens[k].pos !== 'NOUN') return undefined;
  let c = boundary - 1;
  if (tokens[c]?.text === ',') c--;
  const antecedent = view.mentionCovering(c);
  return antecedent && antecedent.country !== null ? antecedent : undefined;
}

const NOMINATIVE = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/**
 * "... did not name Hungary but she warned that ...": a subject pronoun right before the verb
 * group (adverbs aside) is the verb's subject; no actor further left is.
 */
function subjectPronoun(tokens: Token[], i: number, groupStart: number): boolean {
  if (!NOMINATIVE.has(tokens[i].lower)) return false;
  for (let k = i + 1; k < groupStart; k++) if (tokens[k].pos !== 'ADV') return false;
  return true;
}
export interface SubjectSearch {
  mentions: Mention[];
  /** Where the leftward search stopped: the token that ended the window. */
  boundary: number;
}

/**
 * The subject of the verb group starting at `groupStart`: the nearest actor to the left,
 * within the clause, that is not inside a prepositional phrase; with its coordination.
 */
export function findSubject(view: SentenceView, groupStart: number): SubjectSearch {
  const setOff = setOffSubject(view, groupStart);
  if (setOff?.subject) return { mentions: coordinationLeftOf(view, setOff.subject), boundary: setOff.subject.tokenStart - 1 };
  // "Recent drone attacks, occurring weekly, have killed": the subject is in the phrase before the participle's comma
  if (setOff) return findSubject(view, setOff.before);
  const { tokens, sentence } = view;
  let boundary = sentence.tokenStart - 1;
  for (let i = groupStart - 1; i >= sentence.tokenStart; i--) {
    const t = tokens[i];
    if (view.mentionCovering(i)) continue;
    const open = t.text === ')' ? view.brackets.get(i) : undefined;
    if (open !== undefined) {
      i = open;
      continue;
    }
    if (compoundParticiple(view, i)) continue;
    const actorBefore = t.pos === 'VERB' && t.lower.endsWith('ing') ? view.mentionCovering(i - 1) : undefined;
    if (actorBefore && actorBefore.tokenEnd === i && !inPrepositionalPhrase(view, actorBefore)) {
      // "French troops fighting alongside local militias have shot down ...": the actor before the participle
      return { mentions: coordinationLeftOf(view, actorBefore), boundary: actorBefore.tokenStart - 1 };
    }
    const relativeThat = t.lower === 'that' && t.pos === 'PRON' && i === groupStart - 1; // "a group that conducted": the relative's own antecedent
    if (isHardBreak(t) || RELATIVE.has(t.lower) || relativeThat || isSubordinator(tokens, i) || isClauseVerb(tokens, i, sentence.tokenStart) || i === introductoryClauseEnd(view) || subjectPronoun(tokens, i, groupStart)) {
      boundary = i;
      break;
    }
  }
  const ownSubject = commaDelimitedSubject(view, groupStart);
  if (ownSubject >= 0) boundary = Math.max(boundary, ownSubject);
  for (let k = view.mentions.length - 1; k >= 0; k--) {
    const m = view.mentions[k];
    if (m.tokenEnd > groupStart || m.tokenStart <= boundary) continue;
    // "disperse demonstrators protesting", "tear gas at students protesting": an object that goes on to act (a reduced relative clause)
    if (m.tokenEnd === groupStart && view.tokens[groupStart].lower.endsWith('ing') && peopleActing(m)) return { mentions: [m], boundary };
    const preposition = prepositionOf(view, m);
    if (preposition >= 0 && preposition !== boundary) continue; // the boundary's "after" opens a clause, no phrase
    if (followedByPossessedNoun(view, m, groupStart)) continue;
    if (objectOfVerb(view, m, boundary)) continue; // "tribesmen armed to fight Isis now refuse": Isis is fought, it does not refuse
    const owner = m.country === null || countryInferred(m) ? whoseOwner(view, m, boundary) : undefined;
    if (owner) return { mentions: coordinationLeftOf(view, owner), boundary };
    return { mentions: coordinationLeftOf(view, m), boundary };
  }
  const head = ofPhraseSubject(view, boundary, groupStart);
  if (head) return { mentions: coordinationLeftOf(view, head), boundary };
  return { mentions: [], boundary };
}

/**
 * "armed with laser guided rockets", "with radar guided bombs": a participle between a bare noun
 * (no actor) that follows a verb or preposition and the noun it describes is part of that noun
 * phrase, no verb of a clause. ("Russia backed rebels" has an actor before the verb: a clause.)
 */
function compoundParticiple(view: SentenceView, i: number): boolean {
  const { tokens, sentence } = view;
  const [before, noun, next] = [tokens[i - 2], tokens[i - 1], tokens[i + 1]];
  if (!before || i - 2 < sentence.tokenStart || !next || !looksParticiple(tokens[i]) || !tokens[i].lower.endsWith('ed')) return false;
  return noun.pos === 'NOUN' && !view.mentionCovering(i - 1) && (before.pos === 'VERB' || before.pos === 'ADP') && (next.pos === 'NOUN' || next.pos === 'ADJ') && !view.mentionCovering(i + 1);
}

/** A role that can go on to act after being named as an object: people, forces; not a country or a capital read as a place ("in Algiers demanding"). */
function peopleActing(m: Mention): boolean {
  return m.sector !== null && m.kind !== 'collective' && !m.evidence.some((e) => e.rule.startsWith('wc.capital') || e.rule.startsWith('country.'));
}

/** The mention is the object of a verb inside the clause ("to fight Isis", "including Syrians"), not the subject after the clause's opening verb ("said Iran had"). */
function objectOfVerb(view: SentenceView, m: Mention, boundary: number): boolean {
  let j = m.tokenStart - 1;
  while (j > boundary && (view.tokens[j].pos === 'DET' || view.tokens[j].pos === 'NUM' || view.tokens[j].pos === 'ADJ')) j--;
  // "the army-backed government", "Exiled Sudanese activists" opening the sentence: a participle describing the actor
  const describing = isHyphenatedTail(view.tokens, j) || (j === view.sentence.tokenStart && /ed$/.test(view.tokens[j].lower));
  return j > boundary && view.tokens[j].pos === 'VERB' && !describing;
}

/** "..., a human rights group charged": a non-actor NP between a comma and the verb is the subject. The comma's index, or -1. */
function commaDelimitedSubject(view: SentenceView, groupStart: number): number {
  const { tokens, sentence } = view;
  const last = tokens[groupStart - 1];
  if (!last || groupStart - 1 < sentence.tokenStart || (last.pos !== 'NOUN' && last.pos !== 'PROPN') || view.mentionCovering(groupStart - 1)) return -1;
  let i = groupStart - 1;
  while (i >= sentence.tokenStart && NOUN_PHRASE_POS.has(tokens[i].pos) && !view.mentionCovering(i)) i--;
  return i >= sentence.tokenStart && tokens[i].text === ',' ? i : -1;
}

/** "Nurses from three Swiss charities delivered ...": people named by where they come from act for it. */
/** Heads of "NOUN of ACTOR" that stand for people of the actor: "a group of diplomats", "the two sides of Cyprus", "thousands of Kurds". */
const PEOPLE_OF = /^(group|groups|batch|detachment|deployment|wave|half|third|thirds|quarter|quarters|fraction|portion|bulk|rest|remainder|side|sides|member|members|delegation|team|teams|wing|branch|faction|factions|coalition|alliance|bloc|number|majority|minority|hundreds|thousands|dozens|scores|tens|millions|some|many|most|all|both|each|none|one|two|three|four|five|several|few|supporters|allies|units|contingent|band|crowd|crowds|army|forces|inhabitants|residents|people|citizens|villagers|nationals|workers|staff|students|families|refugees|elders|activists|fighters|militants|police|employees|relatives|survivors|victims|opponents|critics|followers|loyalists|veterans)$/;
const PEOPLE_FROM = /^(officials|delegates|delegation|representatives|envoys|diplomats|experts|doctors|members|troops|soldiers|negotiators|ministers|volunteers|leaders|observers|inspectors|investigators)$/;

/**
 * "A group of Moroccan diplomats held ...", "The Turkish and Greek sides of Cyprus agreed":
 * the clause opens with "NOUN of ACTOR" (or "officials from ACTOR"); the actor stands for the subject.
 */
function ofPhraseSubject(view: SentenceView, boundary: number, groupStart: number): Mention | undefined {
  const { tokens } = view;
  for (const m of view.mentions) {
    if (m.tokenStart <= boundary || m.tokenEnd > groupStart) continue;
    const prep = prepositionOf(view, m);
    const head = tokens[prep - 1]?.lower ?? '';
    // "The sudden departure of French troops has caused concern": a thing of an actor is no actor
    if (prep < 0 || !((tokens[prep].lower === 'of' && (PEOPLE_OF.test(head) || PEOPLE_FROM.test(head))) || (tokens[prep].lower === 'from' && PEOPLE_FROM.test(head)))) return undefined;
    for (let i = boundary + 1; i < prep; i++) if (!NOUN_PHRASE_POS.has(tokens[i].pos) && tokens[i].text !== ',') return undefined;
    return m;
  }
  return undefined;
}

/** "China's support" before the verb: the possessor is not the subject unless the noun is a role (handled by actors). */
function followedByPossessedNoun(view: SentenceView, m: Mention, groupStart: number): boolean {
  const next = view.tokens[m.tokenEnd];
  return next !== undefined && POSSESSIVE.has(next.lower) && m.tokenEnd + 1 < groupStart;
}

/**
 * The target: the first actor after the verb (or its matched pattern) within the clause,
 * with its coordination. Complement verbs ("to deepen", "for negotiating") stay in the clause.
 */
export function findTarget(
  view: SentenceView,
  from: number,
  exclude: ReadonlySet<string>,
  sourceCountries: ReadonlySet<string> = new Set(),
  stateCountries: ReadonlySet<string> = new Set(),
  cameo = '',
  matched: readonly number[] = [],
  sourcePersons: ReadonlySet<string> = new Set(),
): Mention[] {
  const end = clauseEnd(view, from);
  // "Shanahan briefed Trump": another named person of the same code is a party; the same code otherwise is the source's own
  const excluded = (m: Mention) => exclude.has(m.code) && !(m.kind === 'person' && sourcePersons.size > 0 && !sourcePersons.has(m.name));
  for (const m of view.mentions) {
    if (m.tokenStart < from || m.tokenStart >= end) continue;
    if (excluded(m)) continue;
    // "Russia sent troops", "the president intends to withdraw the 2,000 troops": forces named by the pattern, of the source's
    // country or of one only inferred, are the act's means, no target ("banned the opposition party" names its victim)
    if (FORCES.has(m.sector ?? '') && (countryInferred(m) || (m.country !== null && stateCountries.has(m.country))) && matched.some((k) => k >= m.tokenStart && k < m.tokenEnd)) continue;
    if (ownedBySource(view, m, sourceCountries, stateCountries)) continue;
    if (isReporter(view, m)) continue;
    // "the two presidents met in Kampala": where a pair meets is no target; each is the other's.
    // "the ministers met in Moscow", "talks in Doha": where a meeting is held is no party to it
    if ((sourceCountries.size > 1 || MEETING_CODE.test(cameo)) && (placeMention(m) || PLACE_NOUN.test(view.tokens[m.tokenEnd]?.lower ?? '')) && LOCATIVE.has(view.tokens[prepositionOf(view, m)]?.lower ?? '')) continue; // "met in the Russian city of Sochi"
    if (MEETING_CODE.test(cameo) && topicOfDiscussion(view, m)) continue; // "met to discuss Yemen": the topic, no party
    if (m.sector === null && PASSAGE.has(view.tokens[prepositionOf(view, m)]?.lower ?? '')) continue; // "withdrew through northern Mali": the way, no party
    if (DEAL_CODE.test(cameo) && contentInfinitiveBefore(view, from, m)) continue; // "struck a deal to return Canada's citizens": what the deal is for
    if (VERBAL_CODE.test(cameo) && placeOfNoun(view, m)) continue; // "threatening the Kurds in Syria", "refused to leave the hills in Syria"
    if (VIOLENT_CODE.test(cameo) && allyOf(view, m, end)) continue; // "fighting for Mali", "fought alongside the Kurds", "fought with the US against Isis": allies, no victims
    if (predicateOfBeing(view, m)) continue; // "charged him with being a member of Boko Haram": what he is said to be, no party
    if (ACCUSATION_CODE.test(cameo) && contentOfAccusation(view, from, m)) continue; // "accusing it of aligning itself with Russia": Russia is what is said, not the accused
    const named = appositiveOfPossessed(view, m, end);
    if (named) return coordinationRightOf(view, named, end).filter((x) => !excluded(x)); // "negotiate with the army's backer, Egypt"
    return coordinationRightOf(view, m, end).filter((x) => !excluded(x));
  }
  return [];
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
function appositiveOfPossessed(view: SentenceView, m: Mention, end: number): Mention | undefined {
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
/** Statements, talks and agreements: their party is never an actor inside what a deal or plan is for (aid keeps its beneficiary: "loans to repair the road on the Kyrgyz side"). */
const DEAL_CODE = /^(01|04|057)/;

/** "a deal to return C's citizens", "a plan to avoid an assault by C": an infinitive after a noun (no actor) before the mention tells what the noun is for. */
function contentInfinitiveBefore(view: SentenceView, from: number, m: Mention): boolean {
  const { tokens } = view;
  for (let k = from + 1; k < m.tokenStart; k++) {
    if (tokens[k].lower === 'to' && tokens[k + 1]?.pos === 'VERB' && tokens[k - 1].pos === 'NOUN' && !view.mentionCovering(k - 1)) return true;
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

function placeMention(m: Mention): boolean {
  return m.sector === null && m.evidence.some((e) => e.rule.startsWith('wc.capital') || e.rule.startsWith('country.place'));
}

const OWNER_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);
const FORCES = new Set(['MIL', 'COP']);

/**
 * "recalled its ambassador", "withdraw their troops": the source's own people are not its target;
 * nor are bare "troops" or "police" given the state's own country by inference ("Norway will send troops").
 */
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

/** First token after the clause that starts at `from`. */
export function clauseEnd(view: SentenceView, from: number): number {
  const { tokens, sentence } = view;
  for (let i = from; i < sentence.tokenEnd; i++) {
    const t = tokens[i];
    if (view.mentionCovering(i)) continue;
    const close = t.text === '(' ? view.brackets.get(i) : undefined;
    if (close !== undefined) {
      i = close;
      continue;
    }
    if (isHardBreak(t) || RELATIVE.has(t.lower)) return i;
    if (isSubordinator(tokens, i) && t.lower !== 'as') return i;
    if (t.text === ',' && tokens[i + 1] && (RELATIVE.has(tokens[i + 1].lower) || tokens[i + 1].lower === 'while')) return i;
    if (i === introductoryClauseEnd(view)) return i; // "After Iran seized the tanker, Britain ...": Britain is no target of "seized"
    // "welcomed the accord, giving the premier a win": the premier is no target of "welcomed"; "accused X of torturing detainees, ignoring ..." lists gerunds
    if (t.text === ',' && participleClause(tokens, i + 1) && !gerundBefore(tokens, from, i)) return i;
    if (t.pos === 'CCONJ' && verbPhraseAhead(tokens, i + 1)) return i; // "denies any affiliation, and is not a proscribed organisation in the UK"
    // "..., and Tuareg elders accused them", "fought a war in 1998 and Sudanese officials have warned"
    if (t.pos === 'CCONJ' && (tokens[i - 1]?.text === ',' || actorAhead(view, i + 1)) && subjectAndVerbAhead(view, i + 1)) return i;

    if (isClauseVerb(tokens, i, sentence.tokenStart) && !complementVerb(tokens, i)) return i;
  }
  return sentence.tokenEnd;
}

/** "and is not", "and have since withdrawn": a conjunction opening a verb phrase of its own (auxiliary or finite verb first). */
function verbPhraseAhead(tokens: Token[], at: number): boolean {
  let k = at;
  while (tokens[k]?.pos === 'ADV') k++;
  const t = tokens[k];
  return t !== undefined && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && t.lower !== t.lemma));
}

/** An actor starts at `at`, after determiners. */
function actorAhead(view: SentenceView, at: number): boolean {
  let k = at;
  while (view.tokens[k]?.pos === 'DET') k++;
  return view.mentionAt.has(k);
}

/** "opposition spokesman Ibrahim Jabawi accused": a noun phrase (an actor or nouns) and then a finite verb: a clause of its own. */
function subjectAndVerbAhead(view: SentenceView, at: number): boolean {
  const { tokens } = view;
  let k = at;
  while (k < view.sentence.tokenEnd && k - at < 8 && (view.mentionCovering(k) || NOUN_PHRASE_POS.has(tokens[k].pos))) k++;
  return k > at && k < view.sentence.tokenEnd && (tokens[k].pos === 'AUX' || (tokens[k].pos === 'VERB' && !tokens[k].lower.endsWith('ing')));
}

/** ", giving the premier ...", ", killing 12 civilians": a participle clause opened by a comma (adverbs aside). */
function participleClause(tokens: Token[], at: number): boolean {
  let k = at;
  while (tokens[k]?.pos === 'ADV') k++;
  const t = tokens[k];
  return t !== undefined && t.pos === 'VERB' && t.lower.endsWith('ing');
}

/** A gerund (a verb, or an -ing word after a preposition: "of torturing") between `from` and `to`: a comma after it may go on with a list of gerunds. */
function gerundBefore(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((tokens[k].pos === 'VERB' || isPreposition(tokens[k - 1])) && tokens[k].lower.endsWith('ing')) return true;
  return false;
}

/** A verb that continues the clause: "to deepen", "for negotiating", "after signing". */
function complementVerb(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (prev.lower === 'to' || prev.lemma === 'help') return true; // "to help rebuild"
  return tokens[i].lower.endsWith('ing') && isPreposition(prev);
}


const PREPOSITIONS_TAGGED_SCONJ = new Set(['for', 'of', 'after', 'before', 'without', 'by', 'since']);

/** A preposition, also where the tagger says SCONJ ("accused X for carrying out ..."). */
export function isPreposition(token: Token): boolean {
  return token.pos === 'ADP' || PREPOSITIONS_TAGGED_SCONJ.has(token.lower);
}
