/**
 * One sentence seen by the recognisers: token keys, the longest lexicon phrase starting at each
 * token (case rules applied, memoised), and whether the sentence is a headline.
 */
import type { Document, Sentence, Token } from '../document/types.ts';
import type { ActorKnowledge, PhraseValue, Target } from './knowledge.ts';
import type { WordClass } from './lexicon.ts';
import { isAcronym, isCapitalised, possessiveStem } from './normalise.ts';
import { KnownActors } from './dictionary/known.ts';

const NO_KNOWN_ACTORS = new KnownActors();

export interface Atom {
  start: number;
  end: number;
  /** The value that wins among those of the longest match. */
  value: PhraseValue;
  target: Target;
  /** The last token carries a glued possessive ("Kong's"). */
  possessive: boolean;
}

const NONE = null;
/** "If", "The", "And": capitalised function words are no part of a name. */
const FUNCTION_POS = new Set(['PUNCT', 'NUM', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'ADP', 'AUX', 'PART', 'SYM']);

export class SentenceScanner {
  readonly start: number;
  readonly end: number;
  private headlineMemo: boolean | undefined;
  private readonly memo: Array<Atom | null | undefined>;

  constructor(
    readonly doc: Document,
    readonly kb: ActorKnowledge,
    readonly keys: readonly string[],
    readonly sentence: Sentence,
    /** The actor dictionary (names users keep, or learned from earlier articles). */
    readonly known: KnownActors = NO_KNOWN_ACTORS,
  ) {
    this.start = sentence.tokenStart;
    this.end = sentence.tokenEnd;
    this.memo = new Array(this.end - this.start);
  }

  /** All capitals or title case: names and case heuristics are unreliable. */
  get headline(): boolean {
    this.headlineMemo ??= isHeadline(this.doc.tokens, this.start, this.end);
    return this.headlineMemo;
  }

  token(i: number): Token | undefined {
    return i >= this.start && i < this.end ? this.doc.tokens[i] : undefined;
  }

  lower(i: number): string {
    return i >= this.start && i < this.end ? this.keys[i] : '';
  }

  is(cls: WordClass, i: number): boolean {
    return i >= this.start && i < this.end && this.kb.words.get(cls)!.has(this.keys[i]);
  }

  /** The longest lexicon phrase starting at token i, or null. */
  atomAt(i: number): Atom | null {
    if (i < this.start || i >= this.end) return NONE;
    const k = i - this.start;
    const known = this.memo[k];
    if (known !== undefined) return known;
    let atom: Atom | null = NONE;
    if (this.kb.trie.starts(this.keys[i])) {
      const found = this.kb.trie.matches(this.keys, i, this.end, (v, end) => this.accept(v, i, end));
      if (found.length) {
        const best = found[0];
        let value = best.values[0];
        for (const v of best.values) if (v.priority < value.priority) value = v;
        atom = { start: i, end: best.end, value, target: value.target, possessive: best.possessive };
      }
    }
    this.memo[k] = atom;
    return atom;
  }

  /** A capitalised word that is no lexicon phrase, no function word or month: part of some name. */
  capUnknown(i: number): boolean {
    const t = this.token(i);
    if (!t || !isCapitalised(t.text) || FUNCTION_POS.has(t.pos)) return false;
    if (this.is('not-name', i)) return false;
    return this.atomAt(i) === null;
  }

  private accept(v: PhraseValue, start: number, end: number): boolean {
    if (v.caseRule === 'any') return true;
    const tokens = this.doc.tokens;
    if (v.surface.length !== end - start) return false;
    for (let k = 0; k < v.surface.length; k++) {
      const t = tokens[start + k];
      if (v.caseRule === 'exact') {
        let text = t.text.replace(/[\u2018\u2019]/g, "'");
        if (k === v.surface.length - 1 && text !== v.surface[k] && possessiveStem(text.toLowerCase()) !== undefined) text = text.slice(0, -2);
        if (text !== v.surface[k]) return false;
        if (this.headline && v.surface[k].length <= 3 && t.pos !== 'PROPN') return false;
      } else if (v.capMask[k] && !isCapitalised(t.text)) {
        return false;
      }
    }
    return true;
  }
}

/**
 * Headline style: nearly all words in capitals, or every longer word capitalised in a line
 * without a final full stop ("Pakistan To Support China On Core Issues").
 */
function isHeadline(tokens: readonly Token[], start: number, end: number): boolean {
  let words = 0;
  let caps = 0;
  let upper = 0;
  for (let i = start; i < end; i++) {
    const t = tokens[i].text;
    if (!/^[A-Za-z]/.test(t) || t.length < 4) continue;
    words++;
    if (isCapitalised(t)) caps++;
    if (t === t.toUpperCase()) upper++;
  }
  if (words >= 2 && upper / words >= 0.8) return true;
  const last = tokens[end - 1]?.text ?? '';
  return words >= 3 && caps === words && !/^[.!?"\u201d]$/.test(last);
}

/** "(ETIM)" at token i: the acronym and the token after the closing parenthesis. */
export function parensAcronym(scan: SentenceScanner, i: number): { text: string; next: number } | null {
  if (scan.lower(i) !== '(' || scan.lower(i + 2) !== ')') return null;
  const t = scan.token(i + 1)!;
  if (t.text.length > 12 || !/^[A-Z][A-Za-z0-9.&-]*$/.test(t.text)) return null;
  const upper = t.text.replace(/[^A-Z]/g, '').length;
  if (upper < 2 && !isAcronym(t.text)) return null;
  return { text: t.text, next: i + 3 };
}
