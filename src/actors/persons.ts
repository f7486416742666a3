/**
 * Personal names: a run of capitalised words after a title ("President Xi Jinping"), and later
 * mentions of a person already named in the article, by full name or surname ("Lavrov said").
 */
import type { ActorKnowledge } from './knowledge.ts';
import type { PersonDef } from './lexicon.ts';
import { isCapitalised, possessiveStem } from './normalise.ts';
import type { SentenceScanner } from './scanner.ts';
import type { ArticleState, PersonRecord } from './state.ts';

export interface NameRun {
  start: number;
  end: number;
  /** Token keys of the name, possessive removed. */
  keys: string[];
  /** The name as written, possessive removed. */
  text: string;
  /** The last token carried a glued possessive ("Trump's"). */
  possessive: boolean;
}

/** Lower-case particles inside names: "Osama bin Laden", "Ahmed al Sharaa". */
const JOINERS = new Set(['bin', 'ibn', 'al', 'el', 'ul', 'ud', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'la', 'le']);
const NOT_NAME_POS = new Set(['VERB', 'AUX', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PUNCT', 'NUM', 'PART', 'SYM']);
const MAX_NAME = 5;

/** One token that can be part of a personal name. */
export function isNameToken(scan: SentenceScanner, i: number): boolean {
  const t = scan.token(i);
  if (!t || !isCapitalised(t.text) || NOT_NAME_POS.has(t.pos)) return false;
  // "Xi", "Jinping", "J." but not acronyms such as "US" or "CPEC".
  const second = t.text.charAt(1);
  if (second && second !== '.' && second !== "'" && second === second.toUpperCase()) return false;
  if (scan.is('not-name', i) || scan.is('building', i)) return false;
  const atom = scan.atomAt(i);
  return atom === null || atom.target.type === 'person';
}

function verbFirstName(scan: SentenceScanner, i: number): boolean {
  const t = scan.token(i);
  if (!t || t.pos !== 'VERB' || !isCapitalised(t.text) || scan.atomAt(i) || scan.is('not-name', i)) return false;
  return isNameToken(scan, i + 1) && scan.token(i + 1)!.spaceBefore;
}

/** A well-known person (lexicon/actors/people.tsv) named by this run: full name or lone surname. */
export function lexiconPerson(kb: ActorKnowledge, run: NameRun): PersonDef | undefined {
  return kb.people.get(run.keys.join(' '));
}

/** The personal name starting at token i, or null. Never in headlines. */
export function nameRun(scan: SentenceScanner, i: number, afterTitle = false): NameRun | null {
  if (scan.headline) return null;
  // After a title the tagger may read a first name as a verb ("Gen. Prosper Avril"): a second name word confirms it.
  if (!isNameToken(scan, i) && !(afterTitle && verbFirstName(scan, i))) return null;
  const tokens = scan.doc.tokens;
  let j = i + 1;
  let count = 1;
  while (j < scan.end && count < MAX_NAME) {
    const t = tokens[j];
    if (possessiveStem(scan.lower(j - 1)) !== undefined) break; // "Trump's" ends the name
    if (isNameToken(scan, j)) {
      j++;
      count++;
      continue;
    }
    if (JOINERS.has(t.text) && isNameToken(scan, j + 1)) {
      j++;
      continue;
    }
    // "al-Assad", "bin-Salman": a particle glued to the next name word
    if (JOINERS.has(t.text) && scan.lower(j + 1) === '-' && !tokens[j + 1].spaceBefore && isNameToken(scan, j + 2) && !tokens[j + 2].spaceBefore) {
      j += 3;
      count++;
      continue;
    }
    if (t.text === '-' && !t.spaceBefore && j + 1 < scan.end && !tokens[j + 1].spaceBefore && (isCapitalised(tokens[j + 1].text) || syllable(scan, j))) {
      j += 2;
      count++;
      continue;
    }
    break;
  }
  // "Theresa May", "Imran Khan": a listed person's name is read whole, though a word of it is a month or a title.
  const listed = scan.atomAt(i);
  if (listed?.target.type === 'person' && listed.end > j && listed.end - i <= MAX_NAME) j = listed.end;
  return makeRun(scan, i, j);
}

/** Not a name's syllable after a hyphen: "Khan-led", "Assad-backed". */
const HYPHEN_SUFFIXES = new Set(['led', 'run', 'based', 'owned', 'held', 'era', 'style', 'type', 'like', 'born', 'made', 'free', 'wide', 'linked', 'allied', 'backed']);

/** "Ban Ki-moon", "Kim Jong-un", "Moon Jae-in": a short lower-case syllable glued after a short name word at the hyphen j. */
function syllable(scan: SentenceScanner, j: number): boolean {
  const before = scan.token(j - 1)!.text;
  const after = scan.token(j + 1)!.text;
  return before.length <= 5 && /^[a-z]{2,5}$/.test(after) && !HYPHEN_SUFFIXES.has(after);
}

function makeRun(scan: SentenceScanner, start: number, end: number): NameRun {
  const tokens = scan.doc.tokens;
  const keys: string[] = [];
  let text = '';
  let possessive = false;
  for (let k = start; k < end; k++) {
    let key = scan.lower(k);
    let word = tokens[k].text;
    if (k === end - 1 && possessiveStem(key) !== undefined) {
      key = possessiveStem(key)!;
      word = word.slice(0, -2);
      possessive = true;
    }
    if (key !== '-') keys.push(key);
    text += (k > start && tokens[k].spaceBefore ? ' ' : '') + word;
  }
  return { start, end, keys: keys.filter((k) => k !== ''), text, possessive };
}

/**
 * A lone surname glued after a particle that follows another name word belongs to a longer name:
 * "Ayn al-Assad" (an airbase), "Hafez al-Assad" are not the listed "Bashar al-Assad".
 */
export function afterOtherName(scan: SentenceScanner, i: number): boolean {
  const dash = scan.token(i - 1);
  if (!dash || dash.text !== '-' || dash.spaceBefore || scan.token(i)!.spaceBefore) return false;
  return JOINERS.has(scan.lower(i - 2)) && scan.token(i - 3)?.pos === 'PROPN' && isNameToken(scan, i - 3);
}

/** A person named earlier in the article, mentioned again at token i by full name or surname. */
export function knownPersonAt(
  scan: SentenceScanner,
  state: ArticleState,
  i: number,
): { record: PersonRecord; end: number; how: 'coref.name' | 'coref.surname' } | null {
  if (!state.persons.length) return null;
  const t = scan.token(i);
  if (!t || !isCapitalised(t.text)) return null;
  const full = state.personAt(scan.keys, i, scan.end);
  if (full) return { record: full.record, end: full.end, how: 'coref.name' };
  const key = scan.lower(i);
  const record = state.surnames.get(key) ?? state.surnames.get(possessiveStem(key) ?? '');
  if (!record) return null;
  // "Aziz Khan" is somebody else: the surname must stand alone.
  if (isNameToken(scan, i - 1) || afterOtherName(scan, i) || (possessiveStem(key) === undefined && isNameToken(scan, i + 1))) return null;
  return { record, end: i + 1, how: 'coref.surname' };
}

/** The person a name run refers to, if it was named before. */
export function knownPerson(state: ArticleState, run: NameRun): PersonRecord | undefined {
  const n = run.keys.length;
  for (const p of state.persons) {
    if (p.keys.length === n && p.keys.every((k, idx) => k === run.keys[idx])) return p;
  }
  return n === 1 ? state.surnames.get(run.keys[0]) : undefined;
}
