/**
 * The wink-nlp adapter: turns an Article into a Document of sentences, tokens (POS, lemma)
 * and proper-noun chunks, all as offsets into the article's own text.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type WinkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article, Document, Sentence, Token } from '../document/types.ts';
import { findChunks } from './chunks.ts';

type Wink = ReturnType<typeof WinkNLP>;

interface WinkCache {
  lookup: (text: string) => number[] | null;
  add: (...args: unknown[]) => unknown;
  intrinsicSize: () => number;
}

/**
 * wink-nlp adds every new word it reads to its lexicon, and its tokenizer then treats a learned
 * "Trump’s" as one word: the tokens of a text would depend on the texts read before it. dyad
 * must give the same output for the same input, so wink's cache is wrapped before wink loads:
 * its tokenizer sees only the model's own lexicon, and a learned word is read as on first sight.
 */
function loadDeterministicWink(): typeof WinkNLP {
  const require = createRequire(import.meta.url);
  const main = require.resolve('wink-nlp');
  const cachePath = join(dirname(main), 'cache.js');
  const Cache = require(cachePath) as (...args: unknown[]) => WinkCache;
  let wrapped = 0;
  const module = require.cache[cachePath];
  if (!module) throw new Error('wink-nlp cache module not found');
  module.exports = (...args: unknown[]) => {
    const cache = Cache(...args);
    const intrinsic = cache.intrinsicSize();
    const lookup = cache.lookup;
    const add = cache.add;
    let adding = false; // while wink adds a word, its feature extractors must see everything
    cache.add = (...a: unknown[]) => {
      adding = true;
      try {
        return add(...a);
      } finally {
        adding = false;
      }
    };
    cache.lookup = (text: string) => {
      const found = lookup(text);
      return !adding && found && found.length === 1 && found[0] >= intrinsic ? null : found;
    };
    wrapped++;
    return cache;
  };
  const winkNLP = require('wink-nlp') as typeof WinkNLP;
  return ((...args: Parameters<typeof WinkNLP>) => {
    const before = wrapped;
    const nlp = winkNLP(...args);
    if (wrapped === before) throw new Error('wink-nlp was loaded before dyad could make it deterministic');
    return nlp;
  }) as typeof WinkNLP;
}

let shared: Wink | undefined;

/** The wink-nlp instance dyad uses, built once per process (exported for the benchmark's baseline). */
export function wink(): Wink {
  shared ??= loadDeterministicWink()(model, ['sbd', 'pos']);
  return shared;
}

/** Word form -> lemma corrections (lexicon/lemmas.tsv), applied after wink's lemmatiser. */
export type LemmaFixes = ReadonlyMap<string, string>;

/** Analyse an article: pure function of its text (and the lemma corrections). */
export function analyse(article: Article, fixes: LemmaFixes = new Map()): Document {
  const nlp = wink();
  const its = nlp.its;
  const text = article.text;
  // wink splits words at letters outside Latin-1 ("Erdo|ğ|an"): it reads a copy with those folded
  // to their base letter, one code unit for one, so every offset holds in the original text.
  const folded = foldLatinLetters(text);
  const doc = nlp.readDoc(folded);
  const tokens: Token[] = [];
  /** wink token index -> our token index (whitespace tokens are dropped). */
  const map: number[] = [];
  /** our token indices that follow a line break. */
  const afterBreak = new Set<number>();
  let cursor = 0;
  let nextBreak = -1;
  let sawBreak = false;
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemma = doc.tokens().out(its.lemma as Parameters<ReturnType<typeof doc.tokens>["out"]>[0]) as string[];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    map.push(tokens.length);
    if (!NOT_SPACE.test(value)) {
      if (value.includes('\n')) sawBreak = true;
      continue;
    }
    let start = folded.indexOf(value, cursor);
    if (start < 0) start = cursor; // wink normalised the token; keep offsets monotone
    const end = Math.min(text.length, start + value.length);
    if (nextBreak < cursor) nextBreak = nextLineBreak(text, cursor);
    if (sawBreak || nextBreak < start) afterBreak.add(tokens.length);
    sawBreak = false;
    const spaceBefore = start > 0 && SPACE.test(text[start - 1]);
    const clitic = value.length > 2 && (value.endsWith('s') || value.endsWith('S')) ? CLITIC.exec(value) : null;
    if (clitic) {
      // wink learns words as it reads: once it has seen "Trump’s" whole, it stops splitting it.
      // Split possessives ourselves so the same text always gives the same tokens.
      const split = start + clitic[1].length;
      const base = clitic[1].toLowerCase();
      tokens.push(makeToken(tokens.length, start, split, text, pos[i] === 'PART' ? 'PROPN' : pos[i], base, spaceBefore));
      tokens.push(makeToken(tokens.length, split, end, text, 'PART', clitic[2].toLowerCase(), false));
    } else {
      const wordLemma = lemma[i] ?? value;
      const fixed = fixes.size ? fixes.get(value.toLowerCase()) : undefined;
      tokens.push(makeToken(tokens.length, start, end, text, pos[i], fixed ?? wordLemma.toLowerCase(), spaceBefore));
    }
    cursor = end;
  }
  map.push(tokens.length);
  const sentences: Sentence[] = [];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  for (const [first, last] of spans) {
    const tokenStart = map[first];
    const tokenEnd = map[last + 1];
    let from = tokenStart;
    for (let i = tokenStart + 1; i < tokenEnd; i++) {
      if (!afterBreak.has(i)) continue;
      sentences.push(makeSentence(sentences.length, from, i, tokens));
      from = i;
    }
    if (from < tokenEnd) sentences.push(makeSentence(sentences.length, from, tokenEnd, tokens));
  }
  return { article, tokens, sentences, chunks: findChunks(tokens, sentences) };
}

const NOT_SPACE = /\S/;
const SPACE = /\s/;

/** The next line break at or after `from` (text length when there is none). */
function nextLineBreak(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

/** A word with a possessive clitic still attached: "Trump’s", "Britain's". */
const CLITIC = /^([\p{L}\p{N}][\p{L}\p{N}.\-]*)(['’][sS])$/u;

/** Letters of Latin Extended-A/B and Extended Additional without a base letter under NFD. */
const NO_BASE: Readonly<Record<string, string>> = { 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ı': 'i', 'ħ': 'h', 'Ħ': 'H', 'ŀ': 'l', 'Ŀ': 'L', 'ŋ': 'n', 'Ŋ': 'N', 'œ': 'o', 'Œ': 'O', 'ŧ': 't', 'Ŧ': 'T', 'ƒ': 'f', 'ſ': 's' };

/** "Erdoğan" -> "Erdogan", "Wałęsa" -> "Walesa": same length, Latin-1 and other scripts untouched. */
export function foldLatinLetters(text: string): string {
  if (!/[\u0100-\u024f\u1e00-\u1eff]/.test(text)) return text;
  return text.replace(/[\u0100-\u024f\u1e00-\u1eff]/g, (c) => {
    const base = c.normalize('NFD')[0];
    return /^[A-Za-z]$/.test(base) ? base : (NO_BASE[c] ?? c);
  });
}

function makeToken(index: number, start: number, end: number, text: string, pos: string, lemma: string, spaceBefore: boolean): Token {
  const surface = text.slice(start, end);
  return { index, start, end, text: surface, lower: surface.toLowerCase(), pos, lemma, spaceBefore };
}

function makeSentence(index: number, tokenStart: number, tokenEnd: number, tokens: Token[]): Sentence {
  return { index, tokenStart, tokenEnd, start: tokens[tokenStart].start, end: tokens[tokenEnd - 1].end };
}
