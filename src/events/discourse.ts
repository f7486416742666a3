/**
 * Who "he", "she", "it" and "they" refer to. A small, explicit record of the discourse, updated
 * sentence by sentence.
 *
 * "he" and "she" look at persons (docs/ACTORS.md, "Gender and pronouns"): "she" never takes a
 * person known to be a man, "he" never one known to be a woman, and a person named in the text
 * who is no actor ("Begum", "Darsim") is an antecedent too when known to agree: when it is the
 * nearest, the pronoun refers to no actor and the verb has no source.
 * "it", "they" and the object pronouns "it" and "them" take the first noun phrase that agrees in
 * number and kind, in the order of antecedents.ts.
 */
import type { Mention } from '../document/types.ts';
import type { ArticlePersons, Gender, NamedPerson } from '../actors/gender.ts';
import { quotationAt, type Quotation, type Speaker } from './quotes.ts';
import { findAntecedent, MAX_BACK, objectPronounAfter, sentenceReferents, subjectPronouns, type Referent } from './antecedents.ts';
import type { SentenceView } from './sentence-view.ts';
import { isPersonObject, personObject } from './person-objects.ts';

/** A person "he" or "she" may refer to. */
export interface Antecedent {
  /** The actor, or null for a person the actor stage left alone. */
  mention: Mention | null;
  text: string;
  gender: Gender | null;
  /** How the gender is known (for explanations). */
  why: string;
}

export interface Discourse {
  /** Persons in the order they were noted, most recent last. */
  persons?: Antecedent[];
  /** What "it", "they" and "them" may refer to in the last sentences (antecedents.ts), oldest first. */
  referents?: Referent[];
  /** The article's named persons and their genders (src/actors/gender.ts); without it no gender is known. */
  named?: ArticlePersons;
  /** Verbs whose subject pronoun refers to a person who is no actor, with the reason (read into `dyad explain`). */
  noActor?: Map<number, string>;
  /** The article's quotations and their speakers (src/events/quotes.ts): "I" and "we" inside one are the speaker. */
  quotations?: Quotation[];
  /** Speakers named by a pronoun ('"...," he said'), once resolved: later sentences of the speech reuse them. */
  quoteSpeakers?: Map<Speaker, Mention[]>;
}

const PERSONAL = new Set(['he', 'she', 'it', 'they']);
const MAX_PERSONS = 24;

export function isSubjectPronoun(word: string): boolean {
  return PERSONAL.has(word);
}

/** "I" and "we": the speaker of the quotation they stand in, and nobody outside one. */
export function isFirstPersonSubject(token: { lower: string; pos: string }): boolean {
  return (token.lower === 'we' || token.lower === 'i') && token.pos === 'PRON';
}

/** The gender a pronoun asks for, or null for "it" and "they". */
export function pronounGender(word: string): Gender | null {
  return word === 'he' ? 'm' : word === 'she' ? 'f' : null;
}

/** A pronoun resolved: its actors, or none with the reason (a noun phrase that is no actor, or nothing agrees). */
export interface PronounReading {
  mentions: Mention[];
  rule: string;
  note: string;
}

/**
 * What "it" or "they" (subject) or "it" or "them" (object: `own` given) at token `at` refers to
 * (antecedents.ts); `own` is the subject of an object pronoun's clause, never its antecedent, nor
 * is that subject's state. Inside a quotation, its speaker is never the antecedent.
 */
export function resolvePronoun(discourse: Discourse, view: SentenceView, word: string, at: number, own: readonly Mention[] = []): PronounReading {
  const rule = `coref.${own.length ? 'object-pronoun' : 'pronoun'}:${word}`;
  const speaker = speakerAt(discourse, at);
  const found = antecedentOf(discourse, view, word, at, [...own.flatMap((m) => (m.country ? [m.code, m.country] : [m.code])), ...speaker.map((m) => m.code)]);
  if (!found) {
    const why = `"${word}" agrees with no noun phrase of its sentence or the ${MAX_BACK} before${speaker.length ? ' (the quotation\'s speaker aside)' : ''}`;
    return { mentions: [], rule, note: why };
  }
  return { mentions: found.referent.mentions, rule, note: found.note };
}

function antecedentOf(discourse: Discourse, view: SentenceView, word: string, at: number, excluded: readonly string[]) {
  const voice = quotationAt(discourse.quotations, at);
  const sameVoice = (k: number) => quotationAt(discourse.quotations, k) === voice;
  return findAntecedent(view, word, at, { earlier: discourse.referents ?? [], excluded: new Set(excluded), sameVoice });
}

/**
 * "Police arrested activists and later released them": the object pronoun right after verb
 * `verb` and what it refers to (never the verb's own `sources`); undefined when there is none.
 */
export function objectPronoun(discourse: Discourse, view: SentenceView, verb: number, matchEnd: number, sources: readonly Mention[]): PronounReading | undefined {
  const at = objectPronounAfter(view.tokens, verb, matchEnd, view.sentence.tokenEnd);
  if (at < 0) return undefined;
  const word = view.tokens[at].lower;
  return isPersonObject(word) ? personObject(discourse, view, word, at, sources) : resolvePronoun(discourse, view, word, at, sources);
}

/** The speaker of the quotation around token `at`, when known: never what "they" in it refers to. */
function speakerAt(discourse: Discourse, at: number): Mention[] {
  const speaker = quotationAt(discourse.quotations, at)?.attribution?.speaker;
  if (speaker?.kind === 'actor') return speaker.mentions;
  if (speaker?.kind === 'pronoun') return discourse.quoteSpeakers?.get(speaker) ?? [];
  return [];
}

/** Keep what a finished sentence leaves for later "it", "they" and "them": its event sources, then its noun phrases. */
export function noteReferents(discourse: Discourse, view: SentenceView, sources: readonly Mention[][]): void {
  const here = view.sentence.index;
  // "Isis changed skins. It announced the switch. It has resurfaced": a subject "it" or "they" stands for its antecedent
  const pronouns: Referent[] = [];
  for (const at of subjectPronouns(view)) {
    const found = antecedentOf(discourse, view, view.tokens[at].lower, at, speakerAt(discourse, at).map((m) => m.code));
    if (found) pronouns.push({ ...found.referent, role: 'subject', sentence: here, token: at });
  }
  const kept = (discourse.referents ?? []).filter((r) => r.sentence >= here - MAX_BACK + 1);
  discourse.referents = [...kept, ...sentenceReferents(view, sources, pronouns)];
}

/**
 * The person "he" or "she" refers to: the most recent one not known to be of the other gender;
 * a person who is no actor only when known to agree. Undefined when none.
 */
export function personFor(discourse: Discourse, word: string): Antecedent | undefined {
  const want = pronounGender(word);
  const list = discourse.persons ?? [];
  for (let k = list.length - 1; k >= 0; k--) {
    const a = list[k];
    if (!agreesWith(a.gender, want, a.mention !== null)) continue;
    return a;
  }
  return undefined;
}

/** An antecedent of this gender fits a pronoun wanting `want`; a person who is no actor must be known to fit. */
export function agreesWith(gender: Gender | null, want: Gender | null, actor: boolean): boolean {
  if (want === null) return true;
  return actor ? gender !== (want === 'm' ? 'f' : 'm') : gender === want;
}

/** The gender the article gives the person an actor mention names, or null. */
export function genderOf(discourse: Discourse, m: Mention): Gender | null {
  const p = discourse.named?.personAt(m.tokenStart);
  return p ? discourse.named!.gender(p.entity) : null;
}

/**
 * The person named earlier in a sentence, before token `before`, nearest first, known to be of
 * the pronoun's gender: a person who is no actor anywhere, an actor only as a clause subject
 * unless `anyActor` (asked when the discourse has nobody: "the resignation of President X,
 * after he accepted").
 */
export function personInSentence(discourse: Discourse, sentence: number, before: number, word: string, anyActor = false): Antecedent | undefined {
  const want = pronounGender(word);
  const named = discourse.named;
  if (!named || want === null) return undefined;
  const here = named.persons.filter((p) => p.sentence === sentence && p.tokenEnd <= before);
  for (let k = here.length - 1; k >= 0; k--) {
    const p = here[k];
    // an actor only as a clause subject: "talks with Ban Ki-moon, he said" is the speaker
    if (p.mention && !p.subject && !anyActor) continue;
    const gender = named.gender(p.entity);
    if (gender === want) return antecedent(named, p);
  }
  return undefined;
}

function antecedent(named: ArticlePersons, p: NamedPerson): Antecedent {
  return { mention: p.mention, text: p.text, gender: named.gender(p.entity), why: named.why(p.entity) };
}

function notePerson(discourse: Discourse, a: Antecedent): void {
  const list = (discourse.persons ??= []);
  list.push(a);
  if (list.length > MAX_PERSONS) list.splice(0, list.length - MAX_PERSONS);
}

/** Remember the subject of a clause (its conjuncts already expanded) if it is one person, for "he" and "she". */
export function noteSubject(discourse: Discourse, subject: Mention[]): void {
  if (subject.length !== 1 || subject[0].kind !== 'person') return;
  const m = subject[0];
  const p = discourse.named?.personAt(m.tokenStart);
  notePerson(discourse, p ? antecedent(discourse.named!, p) : { mention: m, text: m.text, gender: null, why: 'no evidence' });
}

/**
 * Remember the persons named in a sentence who are no actors, with the sentence's actor persons:
 * those known to be a man or a woman who stand as a clause subject ("Begum married ...",
 * "Darsim, was mute"), in text order among the actors; but when an actor is a subject too, the
 * actors come last ("The minister, Ben Wallace, did not say why Cantlie is alive. He ...").
 */
export function noteNamedPersons(discourse: Discourse, sentence: number, actors: readonly Mention[]): void {
  const named = discourse.named;
  if (!named) {
    for (const m of actors) noteSubject(discourse, [m]);
    return;
  }
  const others = named.persons.filter((p) => p.sentence === sentence && p.mention === null && p.subject && named.gender(p.entity) !== null);
  const actorSubject = actors.some((m) => named.personAt(m.tokenStart)?.subject);
  let k = 0;
  for (const m of actors) {
    while (k < others.length && (actorSubject || others[k].tokenStart < m.tokenStart)) notePerson(discourse, antecedent(named, others[k++]));
    noteSubject(discourse, [m]);
  }
  while (k < others.length) notePerson(discourse, antecedent(named, others[k++]));
}
