/**
 * Clause boundaries of one sentence, read from its text alone (the time stage has no parser):
 * commas, semicolons, colons, dashes, brackets and subordinators such as "that", "after",
 * "when", "which". A date in the sentence's opening phrase ("On Monday, police arrested ...")
 * belongs to the main clause despite its comma. Offsets here are relative to the sentence text.
 */
import type { Span } from '../document/types.ts';

export interface SentenceContext {
  /** The sentence's text. */
  text: string;
  /** Offset of the sentence in the article text. */
  start: number;
}

const BOUNDARY =
  /[;:()\u2014]|\s[-\u2013]\s|,|\b(?:but|while|whereas|although|though|because|after|before|when|since|until|as|which|who|whom|whose|that|where)\b/gi;

/** The clause boundaries of one sentence, found once: [start, end) of each, and whether it is a comma. */
export interface Boundaries {
  text: string;
  starts: number[];
  ends: number[];
  comma: boolean[];
  /** Index of the first ;:()— or comma, which ends an opening phrase, or the text's length. */
  firstBreak: number;
}

let lastBoundaries: Boundaries | null = null;

/** Boundaries of a sentence text; the last one is kept, as every date and event of a sentence asks for the same. */
export function boundariesOf(text: string): Boundaries {
  if (lastBoundaries?.text === text) return lastBoundaries;
  const b: Boundaries = { text, starts: [], ends: [], comma: [], firstBreak: text.search(/[;:()\u2014,]/) };
  if (b.firstBreak < 0) b.firstBreak = text.length;
  BOUNDARY.lastIndex = 0;
  let mt: RegExpExecArray | null;
  while ((mt = BOUNDARY.exec(text))) {
    b.starts.push(mt.index);
    b.ends.push(mt.index + mt[0].length);
    b.comma.push(mt[0] === ',');
  }
  lastBoundaries = b;
  return b;
}

/** Boundaries lying wholly inside [from, to) of the sentence text. Linear in the boundaries, not the text. */
export function countBoundaries(b: Boundaries, from: number, to: number): { all: number; commas: number } {
  let all = 0;
  let commas = 0;
  for (let k = lowerBound(b.starts, from); k < b.starts.length && b.starts[k] < to; k++) {
    if (b.ends[k] > to) break;
    all++;
    if (b.comma[k]) commas++;
  }
  return { all, commas };
}

function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Clause boundaries between two spans of the same sentence text (offsets relative to it); an
 * opening phrase's comma does not count ("On Monday, police said ...").
 */
export function clausesBetween(text: string, first: Span, second: Span): number {
  const b = boundariesOf(text);
  const between = countBoundaries(b, first.end, second.start);
  return first.start <= b.firstBreak && between.commas > 0 ? between.all - 1 : between.all;
}

/** Clause distance between a date and a verb, both in article offsets, within the sentence ctx. */
export function clauseDistance(m: Span, verb: Span, ctx: SentenceContext): number {
  const rel = (n: number) => Math.min(Math.max(n - ctx.start, 0), ctx.text.length);
  if (m.end <= verb.start) return clausesBetween(ctx.text, { start: rel(m.start), end: rel(m.end) }, { start: rel(verb.start), end: rel(verb.end) });
  if (m.start >= verb.end) return countBoundaries(boundariesOf(ctx.text), rel(verb.end), rel(m.start)).all;
  return 0;
}
