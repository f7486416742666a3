/**
 * Who "he", "she", "it" and "they" refer to: the most recent fitting actor earlier in the
 * article. A small, explicit record of the discourse, updated sentence by sentence.
 *
 * "he" and "she" look at persons (docs/ACTORS.md, "Gender and pronouns"): "she" never takes a
 * person known to be a man, "he" never one known to be a woman, and a person named in the text
 * who is no actor ("Begum", "Darsim") is an antecedent too when known to agree: when it is the
 * nearest, the pronoun refers to no actor and the verb has no source.
 */
import type { Mention } from '../document/types.ts';
import type { ArticlePersons, Gender, NamedPerson } from '../actors/gender.ts';
import type { Quotation, Speaker } from './quotes.ts';

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
  single?: Mention;
  group?: Mention[];
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

export function resolvePronoun(discourse: Discourse, word: string): Mention[] {
  switch (word) {
    case 'he':
    case 'she': {
      const found = personFor(discourse, word);
      return found?.mention ? [found.mention] : [];
    }
    case 'it':
      return discourse.single && discourse.single.kind !== 'person' ? [discourse.single] : [];
    case 'they':
      return discourse.group ?? [];
    default:
      return [];
  }
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

/** Remember the subject of a clause (its conjuncts already expanded). */
export function noteSubject(discourse: Discourse, subject: Mention[]): void {
  if (subject.length >= 2) discourse.group = subject;
  else if (subject.length === 1) {
    const m = subject[0];
    if (m.kind === 'person') {
      const p = discourse.named?.personAt(m.tokenStart);
      notePerson(discourse, p ? antecedent(discourse.named!, p) : { mention: m, text: m.text, gender: null, why: 'no evidence' });
    } else if (m.kind === 'collective') discourse.group = [m];
    else discourse.single = m;
  }
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
