/**
 * The wink-nlp adapter: turns an Article into a Document of sentences, tokens (POS, lemma)
 * and proper-noun chunks, all as offsets into the article's own text.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article, Document, Sentence, Token } from '../document/types.ts';
import { findChunks } from './chunks.ts';

type Wink = ReturnType<typeof winkNLP>;

let shared: Wink | undefined;

/** The wink-nlp instance, built once per process (the model is read-only). */
function wink(): Wink {
  shared ??= winkNLP(model, ['sbd', 'pos']);
  return shared;
}

/** Analyse an article: pure function of its text. */
export function analyse(article: Article): Document {
  const nlp = wink();
  const its = nlp.its;
  const text = article.text;
  const doc = nlp.readDoc(text);
  const tokens: Token[] = [];
  /** wink token index -> our token index (whitespace tokens are dropped). */
  const map: number[] = [];
  /** our token indices that follow a line break. */
  const afterBreak = new Set<number>();
  let cursor = 0;
  let sawBreak = false;
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemma = doc.tokens().out(its.lemma as Parameters<ReturnType<typeof doc.tokens>["out"]>[0]) as string[];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    map.push(tokens.length);
    if (value.trim() === '') {
      if (value.includes('\n')) sawBreak = true;
      continue;
    }
    let start = text.indexOf(value, cursor);
    if (start < 0) start = cursor; // wink normalised the token; keep offsets monotone
    const end = Math.min(text.length, start + value.length);
    if (sawBreak || text.slice(cursor, start).includes('\n')) afterBreak.add(tokens.length);
    sawBreak = false;
    tokens.push({
      index: tokens.length,
      start,
      end,
      text: text.slice(start, end),
      lower: value.toLowerCase(),
      pos: pos[i],
      lemma: (lemma[i] ?? value).toLowerCase(),
      spaceBefore: start > 0 && /\s/.test(text[start - 1]),
    });
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

function makeSentence(index: number, tokenStart: number, tokenEnd: number, tokens: Token[]): Sentence {
  return { index, tokenStart, tokenEnd, start: tokens[tokenStart].start, end: tokens[tokenEnd - 1].end };
}
