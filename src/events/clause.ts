/**
 * Clause analysis on the POS layer: who is the subject (source) of a verb and who is its
 * object or prepositional complement (target). Heuristic and shallow by design: it reads
 * token classes, actor mentions and a few function words, never a parse tree.
 */
import type { Mention, Token } from '../document/types.ts';
import { isAdjectivalParticiple, isHyphenatedTail, looksParticiple } from './verb-group.ts';
import { isHardBreak, type SentenceView } from './sentence-view.ts';
import { coordinationLeftOf, coordinationRightOf, inPrepositionalPhrase, NOUN_PHRASE_POS, POSSESSIVE, prepositionOf } from './noun-phrases.ts';
import { introductoryClauseEnd, isSubordinator } from './subordinate.ts';
import { RELATIVE, setOffSubject } from './set-off.ts';
import { appositiveOfPossessed, countryInferred, notATarget } from './non-targets.ts';

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
    if (notATarget(view, m, { from, end, cameo, matched, sourceCountries, stateCountries })) continue;
    const named = appositiveOfPossessed(view, m, end);
    if (named) return coordinationRightOf(view, named, end).filter((x) => !excluded(x)); // "negotiate with the army's backer, Egypt"
    return coordinationRightOf(view, m, end).filter((x) => !excluded(x));
  }
  return [];
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
