/**
 * What "it" and "they", as subjects, and "it" and "them", as objects, refer to: the first noun
 * phrase that agrees with the pronoun, searched in a fixed order (docs/ACTORS.md, "it", "they"
 * and object pronouns):
 *   1. the sentence of the pronoun, left of it (its clause subjects nearest first, then its other
 *      noun phrases left to right), then each of the MAX_BACK sentences before it, nearest first:
 *      in each, the subjects of its coded events, then its noun phrases left to right that stand
 *      in no prepositional phrase ("the rebels", "the convoy");
 *   2. then the actors named in prepositional phrases ("talks with Iran"), in the same order, of
 *      the pronoun's sentence and the one before only.
 * "it" agrees with one thing or body that is no person and not plural (a country, a government,
 * an army, a party, "the convoy"); "they" with a plural noun ("the rebels", "police"), a compound
 * ("Iran and Iraq"), a collective ("the two countries") or a body of people ("the movement"). A noun phrase that names no actor is an
 * antecedent too: when it comes first ("They attacked it": the convoy), the pronoun refers to no
 * actor. Never an antecedent: the subject of the pronoun's own clause for an object pronoun
 * ("X attacked them" is never X), nor, inside a quotation, its speaker.
 * Pure functions; the discourse (discourse.ts, noteReferents) keeps the referents of the last sentences.
 */
import type { Mention, Token } from '../document/types.ts';
import type { SentenceView } from './sentence-view.ts';
import { coordinationRightOf, inPrepositionalPhrase, POSSESSIVE } from './noun-phrases.ts';

export type Role = 'subject' | 'object' | 'oblique';

/** A noun phrase a pronoun may refer to. */
export interface Referent {
  /** The actors it names ("Iran and Iraq": both), or [] for a noun phrase that is no actor ("the convoy"). */
  mentions: Mention[];
  text: string;
  plural: boolean;
  /** Named by a noun of a body of people ("the rebel movement", "the party"): "they" may refer to it too. */
  collective: boolean;
  role: Role;
  sentence: number;
  /** Its first token. */
  token: number;
}

/** The referent a pronoun was found to refer to, and why (for evidence notes and `dyad explain`). */
export interface PronounAntecedent {
  referent: Referent;
  note: string;
}

/** How many sentences before the pronoun's own are searched. */
export const MAX_BACK = 2;

/** Verb forms right after a subject that make it plural. */
const PLURAL_VERBS = new Set(['are', 'were', 'have']);
/** Nouns of bodies of people, singular in form, that "they" may refer to ("the movement said they ..."). */
const COLLECTIVE_NOUNS = new Set(['movement', 'group', 'party', 'alliance', 'coalition', 'federation', 'union', 'council', 'committee', 'militia', 'organisation', 'organization', 'family', 'team', 'opposition', 'junta', 'faction']);
/** Possessive pronouns: "their countries" is anchored to another antecedent, never one itself. */
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Nouns that are plural without an -s. */
const PLURAL_NOUNS = new Set(['police', 'people', 'personnel', 'clergy', 'staff']);
/** Nouns of time and measure: never what "it" or "they" stand for ("on Monday", "last week", "20 years"). */
const NO_REFERENT = /^(day|week|month|year|time|hour|minute|weekend|morning|evening|night|afternoon|decade|century|moment|date|today|yesterday|percent|per|cent|kilometre|kilometer|mile|lot|number|part|way|end|one)$/;

/** Nouns of quantity before "of": the noun after "of" is the phrase's head. */
const QUANTITY = /^(dozens|hundreds|thousands|millions|scores|tens|group|groups|number|couple|majority|lots?|handful|pair|rest|members?|some|many|most|all|several|few|both|each)$/;

export function isObjectPronoun(word: string): boolean {
  return word === 'them' || word === 'it' || word === 'him' || word === 'her';
}

/**
 * "released them", "warned it of sanctions", "thanked her": the object pronoun right
 * after the verb `verb` or after the last verb of its match (ending at `matchEnd`), or -1; not
 * "made it clear", "said it would" (an empty "it", or the subject of the next clause).
 */
export function objectPronounAfter(tokens: Token[], verb: number, matchEnd: number, end: number): number {
  const k = tokens[matchEnd - 1]?.pos === 'VERB' ? matchEnd : verb + 1;
  const t = tokens[k];
  if (k >= end || !t || t.pos !== 'PRON' || !isObjectPronoun(t.lower)) return -1;
  const next = tokens[k + 1];
  if (t.lower === 'her' && next && /^(NOUN|PROPN|NUM|ADJ)$/.test(next.pos)) return -1; // "her ministry": a possessive
  return next && /^(ADJ|AUX|VERB)$/.test(next.pos) ? -1 : k;
}

/** The subject form of a pronoun ("them" -> "they"): what it must agree with. */
function subjectForm(word: string): string {
  return word === 'them' ? 'they' : word;
}

/** Does the noun phrase agree with the pronoun ("it", "they", "them")? */
export function agreesWithReferent(word: string, r: Referent): boolean {
  const form = subjectForm(word);
  if (form === 'they') return r.plural || r.collective;
  if (form === 'it') return !r.plural && !r.mentions.some((m) => m.kind === 'person');
  return false;
}

/** Is the token a plural noun: "rebels", "gunmen", "police"? */
function pluralNoun(t: Token): boolean {
  if (PLURAL_NOUNS.has(t.lower)) return true;
  return t.pos === 'NOUN' && t.lower !== t.lemma && /(s|men)$/.test(t.lower);
}

/** Is the actor plural: a collective, or named by a plural noun ("the rebels", "Kenyan police", "Houthis")? */
export function pluralMention(tokens: Token[], m: Mention): boolean {
  if (m.kind === 'collective' || (m.members?.length ?? 0) > 1) return true;
  if (m.kind === 'person') return false;
  const head = headOf(tokens, m);
  if (!head) return false;
  if (PLURAL_VERBS.has(tokens[phraseEnd(tokens, m)]?.lower ?? '')) return true; // "Isis were targeting": the verb says plural
  // "Rebels attacked", "the Houthis": a capitalised plural, but not a country or a body ("the Philippines", "United Nations")
  if (head.pos === 'PROPN' && !PLURAL_NOUNS.has(head.lower)) return m.sector !== null && m.kind !== 'igo' && m.kind !== 'organisation' && /[^s]s$/.test(head.lower);
  return pluralNoun(head);
}

/** Does "they" fit these actors: a compound, or one plural or named by a noun of a body ("the rebel movement")? */
export function fitsThey(tokens: Token[], mentions: readonly Mention[]): boolean {
  return mentions.length > 1 || pluralMention(tokens, mentions[0]) || collectiveNoun(headOf(tokens, mentions[0]));
}

function collectiveNoun(head: Token | undefined): boolean {
  return head !== undefined && COLLECTIVE_NOUNS.has(head.lemma);
}

/** Is a verb (or an auxiliary), adverbs aside, right at token `k`: the phrase before it is a clause subject. */
function verbAt(tokens: Token[], k: number, end: number): boolean {
  while (k < end && tokens[k].pos === 'ADV') k++;
  return k < end && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX');
}

/** The end of the noun phrase of a mention: past the nouns right after it ("the Malian rebel movement", "an army convoy"). */
function phraseEnd(tokens: Token[], m: Mention): number {
  let k = m.tokenEnd;
  if (pluralNoun(tokens[k - 1])) return k; // "fighters besieging": a plural noun is no modifier
  while (tokens[k]?.pos === 'NOUN' && tokens[k].text === tokens[k].lower && !tokens[k].lower.endsWith('ing')) k++;
  return k;
}

/**
 * The head word of a mention's noun phrase: a noun right after it ("rebel movement": movement),
 * else its last noun before any preposition ("activists in Nairobi": activists).
 */
function headOf(tokens: Token[], m: Mention): Token | undefined {
  const end = phraseEnd(tokens, m);
  if (end > m.tokenEnd) return tokens[end - 1];
  let head: Token | undefined;
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    const t = tokens[k];
    if (t.pos === 'ADP') break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t;
  }
  return head;
}

function group(tokens: Token[], mentions: Mention[], role: Role, sentence: number): Referent {
  const plural = mentions.length > 1 || pluralMention(tokens, mentions[0]);
  const collective = mentions.length === 1 && collectiveNoun(headOf(tokens, mentions[0]));
  return { mentions, text: mentions.map((m) => m.text).join(' + '), plural, collective, role, sentence, token: mentions[0].tokenStart };
}

/**
 * The noun phrases of tokens [from, to) of a sentence, left to right: actors (with the actors
 * coordinated with them: "Iran and Iraq" is one phrase) and the heads of noun phrases that name
 * no actor ("the convoy"; not in a prepositional phrase, not a time or a measure, not "their
 * countries"). A phrase right before a verb is a subject ("with Israel announcing" too).
 */
export function nounPhrases(view: SentenceView, from: number, to: number): Referent[] {
  const { tokens, sentence } = view;
  const out: Referent[] = [];
  for (let k = from; k < to; k++) {
    const m = view.mentionAt.get(k);
    if (m) {
      const conjuncts = withCompanions(view, coordinationRightOf(view, m, to), to);
      const last = phraseEnd(tokens, conjuncts[conjuncts.length - 1]);
      out.push(group(tokens, conjuncts, verbAt(tokens, last, sentence.tokenEnd) ? 'subject' : inPrepositionalPhrase(view, m) ? 'oblique' : 'object', sentence.index));
      k = last - 1;
      continue;
    }
    const t = tokens[k];
    if (t.pos !== 'NOUN' || view.mentionCovering(k) || NO_REFERENT.test(t.lemma)) continue;
    const next = tokens[k + 1];
    if (QUANTITY.test(t.lower) && next?.lower === 'of') continue; // "dozens of protesters": the protesters
    if (k + 1 < sentence.tokenEnd && (next.pos === 'NOUN' || next.pos === 'PROPN' || POSSESSIVE.has(next.lower) || view.mentionCovering(k + 1))) continue; // not the head
    let start = k;
    while (start > sentence.tokenStart && /^(DET|ADJ|NUM|NOUN)$/.test(tokens[start - 1].pos)) start--;
    if (tokens[start - 1]?.pos === 'ADP' || tokens[start]?.pos === 'NUM' || POSSESSIVE_PRONOUNS.has(tokens[start].lower)) continue; // "with mortars", "three days", "their countries"
    const text = tokens.slice(start, k + 1).map((x) => x.text).join(' ');
    const role = verbAt(tokens, k + 1, sentence.tokenEnd) ? 'subject' : 'object';
    out.push({ mentions: [], text, plural: pluralNoun(t), collective: COLLECTIVE_NOUNS.has(t.lemma), role, sentence: sentence.index, token: start });
  }
  return out;
}

/** "Kenya, along with Uganda, ...", "Putin together with Erdoğan": the companions make the phrase plural. */
function withCompanions(view: SentenceView, conjuncts: Mention[], to: number): Mention[] {
  const { tokens } = view;
  let j = conjuncts[conjuncts.length - 1].tokenEnd;
  if (tokens[j]?.text === ',') j++;
  if (!/^(along|together)$/.test(tokens[j]?.lower ?? '') || tokens[j + 1]?.lower !== 'with') return conjuncts;
  j += 2;
  while (j < to && (tokens[j].pos === 'DET' || POSSESSIVE.has(tokens[j].lower))) j++;
  const next = j < to ? view.mentionAt.get(j) : undefined;
  return next ? [...conjuncts, ...coordinationRightOf(view, next, to)] : conjuncts;
}

/**
 * What a finished sentence leaves for later pronouns: the subjects of its coded events (their
 * sources, pronouns already resolved), then its other noun phrases left to right.
 */
export function sentenceReferents(view: SentenceView, sources: readonly Mention[][], pronouns: readonly Referent[] = []): Referent[] {
  const out: Referent[] = [];
  const seen = new Set<Mention>();
  for (const s of sources) {
    if (!s.length || s.every((m) => seen.has(m))) continue;
    s.forEach((m) => seen.add(m));
    out.push(group(view.tokens, s, 'subject', view.sentence.index));
  }
  const phrases = [...nounPhrases(view, view.sentence.tokenStart, view.sentence.tokenEnd), ...pronouns].sort((a, b) => a.token - b.token);
  for (const r of phrases) {
    if (r.mentions.length && r.mentions.every((m) => seen.has(m))) continue;
    r.mentions.forEach((m) => seen.add(m));
    out.push(r);
  }
  return out;
}

/** The subject "it" and "they" of a sentence: a pronoun before a verb, an auxiliary or an adverb. */
export function subjectPronouns(view: SentenceView): number[] {
  const { tokens, sentence } = view;
  const out: number[] = [];
  for (let k = sentence.tokenStart; k < sentence.tokenEnd - 1; k++) {
    if (tokens[k].pos === 'PRON' && (tokens[k].lower === 'it' || tokens[k].lower === 'they') && /^(AUX|VERB|ADV)$/.test(tokens[k + 1].pos)) out.push(k);
  }
  return out;
}

export interface AntecedentSearch {
  /** Referents of the sentences before, most recent sentence last (Discourse.referents). */
  earlier: readonly Referent[];
  /** Actor codes that may not be the antecedent: the clause's own subject and its country ("the ministry thanked it" is not its state), a quotation's speaker. */
  excluded: ReadonlySet<string>;
  /** Whether a token of the pronoun's sentence speaks in the pronoun's voice (both in one quotation, or both outside any). */
  sameVoice: (token: number) => boolean;
}

const ORDINAL = ['its own sentence', 'the sentence before', 'two sentences before'];

/**
 * The antecedent of pronoun `word` at token `at` of the view's sentence: the first agreeing
 * referent in the order of the module comment; undefined when none agrees. A referent with no
 * actor may be returned: then the pronoun refers to no actor.
 */
export function findAntecedent(view: SentenceView, word: string, at: number, search: AntecedentSearch): PronounAntecedent | undefined {
  const here = view.sentence.index;
  // '"Israel bombed the port," it said': in its own sentence, a pronoun refers to no words of another voice;
  // there the nearest clause subject comes first ("the ministry said in a note released on Monday as it announced")
  const own = nounPhrases(view, view.sentence.tokenStart, at).filter((r) => search.sameVoice(r.token));
  const bySentence: Referent[][] = [[...own.filter((r) => r.role === 'subject').reverse(), ...own.filter((r) => r.role !== 'subject')]];
  for (let back = 1; back <= MAX_BACK; back++) bySentence.push(search.earlier.filter((r) => r.sentence === here - back));
  const usable = (r: Referent) => !r.mentions.some((m) => search.excluded.has(m.code));
  for (const pass of ['core', 'oblique'] as const) {
    for (const [back, referents] of bySentence.entries()) {
      for (const r of referents) {
        if ((r.role === 'oblique') !== (pass === 'oblique')) continue;
        if (pass === 'oblique' && (!r.mentions.length || back > 1)) continue;
        if (!agreesWithReferent(word, r) || !usable(r)) continue;
        return { referent: r, note: noteFor(word, r, ORDINAL[back]) };
      }
    }
  }
  return undefined;
}

function noteFor(word: string, r: Referent, where: string): string {
  const kind = r.plural ? (r.mentions.length > 1 ? 'a compound' : 'plural') : r.collective && subjectForm(word) === 'they' ? 'a body of people' : 'one thing or body, no person';
  const role = r.role === 'subject' ? 'a subject' : r.role === 'oblique' ? 'an actor in a prepositional phrase' : 'a noun phrase';
  const what = r.mentions.length ? `"${r.text}"` : `"${r.text}", which names no actor`;
  return `"${word}" refers to ${what}: ${role} in ${where}, the first that agrees (${kind})`;
}
