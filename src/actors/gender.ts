/**
 * Persons named in an article and what the text and the data say of their gender, for "he" and
 * "she" (src/events/discourse.ts). Pure: one pass over the document after the actor stage.
 *
 * A person is an actor mention of kind person, or a capitalised name run the actor stage left
 * alone ("Begum", "Shamima Begum", "Darsim"). Occurrences of one person share an entity: actor
 * mentions by their canonical name, other names by full name or by a lone surname (or lone
 * given name) of a name seen before. Evidence, strongest first:
 *   0  an honorific or gendered title next to the name (Mr, Mrs, Ms, Sir, Dame, King, Queen,
 *      Prince, Sheikha ...; "Sheikh" only leans, weighing as a pronoun: "Sheikh Hasina"), a gendered noun in apposition ("her mother, Darsim", "X, his
 *      widow", "spokeswoman X"), the gender column of people.tsv;
 *   1  a given name of lexicon/actors/given-names.tsv ("Angela Merkel", "Shamima Begum");
 *   2  a pronoun reporting the person's words in a sentence naming no other person
 *      ("Gabibulayeva said that she was single", "Merkel said her government").
 * The strongest tier that says anything decides; a tier that says both is no answer (null).
 */
import { join } from 'node:path';
import type { Document, Mention, Token } from '../document/types.ts';
import type { ActorKnowledge } from './knowledge.ts';
import { readGivenNames, type Gender } from './lexicon.ts';
import { isCapitalised, splitPhrase, tokenKey } from './normalise.ts';

export type { Gender } from './lexicon.ts';

export interface GenderLexicon {
  /** Lower-cased given name -> gender. */
  given: ReadonlyMap<string, Gender>;
}

export const GIVEN_NAMES_FILE = 'given-names.tsv';

/** Read lexicon/actors/given-names.tsv (a bad line is a DyadError naming file and line). */
export function loadGenderLexicon(actorDir: string): GenderLexicon {
  const given = new Map<string, Gender>();
  for (const row of readGivenNames(join(actorDir, GIVEN_NAMES_FILE))) for (const w of row.words) given.set(w.toLowerCase(), row.gender);
  return { given };
}

/** Honorifics and titles that stand before a name and tell its gender. */
const TITLES: ReadonlyMap<string, Gender> = new Map([
  ...['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'sheikh', 'shaikh', 'emir', 'sultan', 'duke', 'baron', 'emperor', 'father', 'brother', 'monsieur', 'herr', 'señor', 'senor', 'signor'].map((w) => [w, 'm'] as const),
  ...['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'queen', 'princess', 'sheikha', 'shaikha', 'duchess', 'baroness', 'empress', 'madame', 'mme', 'frau', 'señora', 'senora', 'signora', 'sister'].map((w) => [w, 'f'] as const),
]);

/** Nouns that name a man or a woman, next to a name in apposition ("his wife, Asma", "Darsim, a widow"). */
/** Titles that only lean ("Sheikh Hasina" is a woman): they decide only when nothing else does. */
const WEAK_TITLES = new Set(['sheikh', 'shaikh']);

const tierOf = (title: string): 0 | 2 => (WEAK_TITLES.has(title.toLowerCase()) ? 2 : 0);

const NOUNS: ReadonlyMap<string, Gender> = new Map([
  ...['father', 'husband', 'son', 'brother', 'widower', 'grandfather', 'grandson', 'nephew', 'uncle', 'man', 'boy', 'businessman', 'congressman', 'spokesman', 'policeman', 'dad', 'stepfather', 'boyfriend', 'stepson', 'father-in-law', 'son-in-law', 'brother-in-law', 'cameraman', 'gunman', 'sportsman', 'king', 'prince', 'emir', 'sheikh', 'monk'].map((w) => [w, 'm'] as const),
  ...['mother', 'wife', 'daughter', 'sister', 'widow', 'grandmother', 'granddaughter', 'niece', 'aunt', 'woman', 'girl', 'businesswoman', 'congresswoman', 'spokeswoman', 'policewoman', 'chairwoman', 'mum', 'mom', 'stepmother', 'girlfriend', 'stepdaughter', 'mother-in-law', 'daughter-in-law', 'sister-in-law', 'actress', 'sportswoman', 'queen', 'princess', 'sheikha', 'duchess', 'nun', 'bride'].map((w) => [w, 'f'] as const),
]);

const PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'm'], ['his', 'm'], ['him', 'm'], ['himself', 'm'],
  ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
]);

/** Verbs that report a person's words or mind: a pronoun right after tells whose they are. */
const SPEECH = new Set(['say', 'add', 'insist', 'claim', 'announce', 'write', 'argue', 'explain', 'deny', 'admit', 'state', 'vow', 'pledge', 'promise', 'believe', 'think', 'reveal', 'recall', 'tweet', 'confirm', 'acknowledge', 'stress', 'complain', 'suggest', 'feel', 'hope', 'fear']);

/** Lower-case particles inside names ("Abu Bakr al-Baghdadi", "Osama bin Laden"). */
const JOINERS = new Set(['bin', 'ibn', 'al', 'el', 'ul', 'ud', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'la', 'le']);
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);
/** Before a name these make it a place or a thing, not a person. */
const PLACE_BEFORE = new Set(['in', 'at', 'from', 'to', 'into', 'near', 'across', 'outside', 'inside', 'via', 'the', 'a', 'an']);

export interface NamedPerson {
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** The actor mention, or null for a name the actor stage left alone. */
  mention: Mention | null;
  /** Occurrences of one person share it. */
  entity: number;
  /** The name stands as a clause subject ("Begum married ...", "Darsim, was mute"). */
  subject: boolean;
  text: string;
}

interface Clue {
  tier: 0 | 1 | 2;
  gender: Gender;
  why: string;
}

export interface ArticlePersons {
  /** Every person named, in text order. */
  readonly persons: readonly NamedPerson[];
  /** The person an actor mention names (by its first token), if it is one. */
  personAt(tokenStart: number): NamedPerson | undefined;
  gender(entity: number): Gender | null;
  /** The evidence that decided an entity's gender ("title Ms", "given name Angela"), for explanations. */
  why(entity: number): string;
}

/** The persons of an article and their genders. */
export function findPersons(doc: Document, mentions: readonly Mention[], kb: ActorKnowledge, lex: GenderLexicon): ArticlePersons {
  const { tokens } = doc;
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered[i] = true;
  const persons: NamedPerson[] = [];
  const clues: Clue[][] = [];
  const byActor = new Map<string, number>();
  const byFull = new Map<string, number>();
  const byPart = new Map<string, number>();
  const newEntity = () => clues.push([]) - 1;
  const clue = (entity: number, c: Clue) => clues[entity].push(c);
  const notName = kb.words.get('not-name');
  /** Words of the actor persons' names so far: "Belfort" after "Alain Belfort Martins" is that actor, not another person. */
  const actorWords = new Set<string>();

  let m = 0;
  for (const sentence of doc.sentences) {
    const own: NamedPerson[] = [];
    const actorAt = new Map<number, Mention>();
    while (m < mentions.length && mentions[m].tokenStart < sentence.tokenEnd) {
      if (mentions[m].tokenStart >= sentence.tokenStart && mentions[m].kind === 'person') actorAt.set(mentions[m].tokenStart, mentions[m]);
      m++;
    }
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const actor = actorAt.get(i);
      if (actor) {
        const name = actor.name.toLowerCase();
        let entity = byActor.get(name);
        if (entity === undefined) {
          entity = newEntity();
          byActor.set(name, entity);
        }
        const def = kb.people.get(splitPhrase(actor.name).filter((w) => w !== '-').map(tokenKey).join(' '));
        if (def?.gender) clue(entity, { tier: 0, gender: def.gender, why: `people.tsv ${def.id}` });
        titleClues(tokens, actor.tokenStart, actor.tokenEnd, (c) => clue(entity!, c));
        for (let k = actor.tokenStart; k < actor.tokenEnd; k++) if (isCapitalised(tokens[k].text)) actorWords.add(tokenKey(tokens[k].text));
        for (const w of splitPhrase(actor.name)) actorWords.add(tokenKey(w));
        const first = firstGiven(tokens, actor.tokenStart, actor.tokenEnd, lex);
        if (first) clue(entity, first);
        own.push({ tokenStart: actor.tokenStart, tokenEnd: actor.tokenEnd, sentence: sentence.index, mention: actor, entity, subject: subjectAt(tokens, actor.tokenStart, actor.tokenEnd, sentence.tokenEnd), text: actor.text });
        i = actor.tokenEnd - 1;
        continue;
      }
      const end = runEnd(tokens, i, sentence.tokenEnd, covered, notName);
      if (end <= i) continue;
      const keys = keysOf(tokens, i, end);
      const before = tokens[i - 1];
      if (!keys.length || keys.every((k) => actorWords.has(k)) || (i > sentence.tokenStart && before && PLACE_BEFORE.has(before.lower) && !TITLES.has(before.lower))) {
        i = end - 1;
        continue;
      }
      const full = keys.join(' ');
      let entity = byFull.get(full) ?? (keys.length === 1 ? byPart.get(full) : undefined);
      if (entity === undefined) {
        entity = newEntity();
        byFull.set(full, entity);
      }
      if (keys.length > 1) {
        if (!byPart.has(keys[keys.length - 1])) byPart.set(keys[keys.length - 1], entity);
        if (!byPart.has(keys[0])) byPart.set(keys[0], entity);
      }
      const e = entity;
      const title = before ? TITLES.get(before.lower) : undefined;
      if (title && i > sentence.tokenStart) clue(e, { tier: tierOf(before.text), gender: title, why: `title "${before.text}"` });
      const given = lex.given.get(keys[0]);
      if (given && (keys.length > 1 || !byPart.has(keys[0]) || byPart.get(keys[0]) === e)) clue(e, { tier: 1, gender: given, why: `given name "${tokens[i].text}"` });
      apposition(tokens, i, end, sentence.tokenStart, sentence.tokenEnd, (c) => clue(e, c));
      own.push({ tokenStart: i, tokenEnd: end, sentence: sentence.index, mention: null, entity: e, subject: subjectAt(tokens, i, end, sentence.tokenEnd), text: tokens.slice(i, end).map((t, k) => (k && t.spaceBefore ? ' ' : '') + t.text).join('') });
      i = end - 1;
    }
    pronounClue(tokens, own, sentence.tokenEnd, (entity, c) => clue(entity, c));
    persons.push(...own);
  }

  const decided = clues.map(decide);
  const starts = new Map<number, NamedPerson>();
  for (const p of persons) if (p.mention) starts.set(p.tokenStart, p);
  return {
    persons,
    personAt: (start) => starts.get(start),
    gender: (entity) => decided[entity]?.gender ?? null,
    why: (entity) => decided[entity]?.why ?? 'no evidence',
  };
}

function decide(list: Clue[]): { gender: Gender | null; why: string } {
  for (const tier of [0, 1, 2] as const) {
    const at = list.filter((c) => c.tier === tier);
    if (!at.length) continue;
    const genders = new Set(at.map((c) => c.gender));
    if (genders.size > 1) return { gender: null, why: `conflicting: ${at.map((c) => c.why).join(', ')}` };
    return { gender: at[0].gender, why: at[0].why };
  }
  return { gender: null, why: 'no evidence' };
}

/** End of a name run starting at i (exclusive), or i when none starts there. */
function runEnd(tokens: Token[], i: number, stop: number, covered: boolean[], notName: ReadonlySet<string> | undefined): number {
  const isName = (k: number) => {
    const t = tokens[k];
    if (!t || k >= stop || covered[k] || !isCapitalised(t.text) || !NAME_POS.has(t.pos)) return false;
    const second = t.text.charAt(1);
    if (!second || (second !== second.toLowerCase() && second !== "'")) return false; // "US", "ISIS", "I"
    return !TITLES.has(t.lower) && !(notName?.has(t.lower) ?? false);
  };
  if (!isName(i)) return i;
  let j = i + 1;
  let count = 1;
  while (j < stop && count < 5) {
    if (isName(j) && !/^['’]s$/.test(tokens[j - 1].lower)) {
      j++;
      count++;
    } else if (JOINERS.has(tokens[j].text) && isName(j + 1)) j += 2;
    else if (JOINERS.has(tokens[j].text) && tokens[j + 1]?.text === '-' && isName(j + 2)) j += 3;
    else if (tokens[j].text === '-' && !tokens[j].spaceBefore && isName(j + 1) && !tokens[j + 1].spaceBefore) j += 2;
    else break;
  }
  return j;
}

function keysOf(tokens: Token[], start: number, end: number): string[] {
  return tokens.slice(start, end).filter((t) => t.text !== '-' && !JOINERS.has(t.text)).map((t) => tokenKey(t.text));
}

/** Gendered titles inside an actor mention ("Queen Elizabeth", "Crown Prince Mohammed"), not possessed ("the King's envoy"). */
function titleClues(tokens: Token[], start: number, end: number, add: (c: Clue) => void): void {
  const before = tokens[start - 1];
  const title = before ? TITLES.get(before.lower) : undefined;
  if (title) add({ tier: tierOf(before.text), gender: title, why: `title "${before.text}"` });
  for (let k = start; k < end; k++) {
    const g = TITLES.get(tokens[k].lower);
    if (g && isCapitalised(tokens[k].text) && !/^['’]s?$/.test(tokens[k + 1]?.lower ?? '')) add({ tier: tierOf(tokens[k].text), gender: g, why: `title "${tokens[k].text}"` });
  }
}

/**
 * The first given name inside an actor mention followed by another name word ("Angela Merkel",
 * "President William Ruto"), or last after a title ("Sheikh Hasina", "King Abdullah").
 */
function firstGiven(tokens: Token[], start: number, end: number, lex: GenderLexicon): Clue | null {
  for (let k = start; k < end; k++) {
    const g = lex.given.get(tokenKey(tokens[k].text));
    if (!g || !isCapitalised(tokens[k].text)) continue;
    if ((k + 1 < end && isCapitalised(tokens[k + 1].text)) || (k > start && TITLES.has(tokens[k - 1].lower))) return { tier: 1, gender: g, why: `given name "${tokens[k].text}"` };
  }
  return null;
}

/** "her mother, Darsim", "spokeswoman Maria X" before; "Darsim, his widow," or "X, a mother of three" after. */
function apposition(tokens: Token[], start: number, end: number, first: number, stop: number, add: (c: Clue) => void): void {
  let k = start - 1;
  if (tokens[k]?.text === ',') k--;
  const noun = k >= first ? NOUNS.get(tokens[k].lower) : undefined;
  if (noun && tokens[k].pos === 'NOUN') add({ tier: 0, gender: noun, why: `"${tokens[k].text}" before the name` });
  if (tokens[end]?.text !== ',' || /^['’]s$/.test(tokens[end - 1].lower)) return;
  for (let j = end + 1; j < Math.min(stop, end + 6); j++) {
    const t = tokens[j];
    const g = NOUNS.get(t.lower);
    if (g && t.pos === 'NOUN') {
      // the appositive closes after the noun: "Darsa, a widow, said", "X, the mother of three"; not "X, the king said"
      const next = tokens[j + 1];
      if (!next || j + 1 >= stop || next.text === ',' || next.lower === 'of' || next.pos === 'PUNCT') add({ tier: 0, gender: g, why: `", ... ${t.text}" after the name` });
      return;
    }
    if (!['DET', 'PRON', 'ADJ', 'NUM', 'PROPN', 'PART'].includes(t.pos)) return;
  }
}

/** A clause subject: the name (maybe with an appositive) right before its verb. */
function subjectAt(tokens: Token[], start: number, end: number, stop: number): boolean {
  const prev = tokens[start - 1];
  if (prev && (prev.pos === 'ADP' || prev.pos === 'VERB') && prev.lower !== 'after' && prev.lower !== 'before' && prev.lower !== 'as') return false;
  let j = end;
  if (/^['’]s?$/.test(tokens[j]?.lower ?? '')) return false;
  if (tokens[j]?.text === ',') {
    j++;
    if (!verbAt(tokens, j)) {
      // ", the veteran diplomat," then the verb (no verb or pronoun inside: ", he said, adding" is none)
      while (j < stop && j < end + 12 && tokens[j].text !== ',') {
        if (['VERB', 'AUX', 'PRON', 'SCONJ'].includes(tokens[j].pos)) return false;
        j++;
      }
      if (tokens[j]?.text !== ',') return false;
      j++;
    }
  }
  while (tokens[j]?.pos === 'ADV' && j < stop) j++;
  return j < stop && verbAt(tokens, j);
}

function verbAt(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  return t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADJ' && t.lower.endsWith('ed') && t.lemma !== t.lower);
}

/**
 * "Gabibulayeva said that she was single", "Merkel said her government ...": in a sentence that
 * names one person, a pronoun right after a verb of speech that person governs is theirs.
 */
function pronounClue(tokens: Token[], own: NamedPerson[], stop: number, add: (entity: number, c: Clue) => void): void {
  if (!own.length || own.some((p) => p.entity !== own[0].entity)) return;
  const person = own[0];
  if (!person.subject) return;
  const found = new Set<Gender>();
  let where = '';
  for (let j = person.tokenEnd; j < stop; j++) {
    const t = tokens[j];
    if (t.pos !== 'VERB' || !SPEECH.has(t.lemma)) continue;
    let k = j + 1;
    if (tokens[k]?.lower === 'that') k++;
    const p = tokens[k];
    const g = p ? PRONOUNS.get(p.lower) : undefined;
    if (!g) continue;
    // "his"/"her" as a possessive only ("said her government"), never an object ("told her")
    if ((p.lower === 'her' || p.lower === 'his') && !['NOUN', 'ADJ', 'PROPN'].includes(tokens[k + 1]?.pos ?? '')) continue;
    if (p.lower === 'him' || p.lower === 'himself' || p.lower === 'herself' || p.lower === 'hers') continue;
    found.add(g);
    where = `"${t.text} ${p.text}"`;
  }
  for (const t of tokens.slice(person.tokenEnd, stop)) {
    const g = PRONOUNS.get(t.lower);
    if (g && !found.has(g) && found.size) return; // both genders in the sentence: say nothing
  }
  if (found.size === 1) add(person.entity, { tier: 2, gender: [...found][0], why: `pronoun ${where} after the name` });
}
