/**
 * resolveEventDate: pick the date of one event from the dates of its sentence.
 *
 * The mention nearest the verb wins, where "near" counts clause boundaries first
 * (commas, semicolons, dashes, brackets, subordinators such as "that", "after",
 * "when", "which") and characters second. A date in the sentence's opening phrase
 * ("On Monday, police arrested ...") belongs to the main clause despite its comma.
 * Clause boundaries need the sentence text: pass `sentence` to use them; without it
 * only distance counts. No mention: the article date (basis 'published'); none: null.
 */
import type { DatePrecision, ResolvedDate, Span } from '../document/types.ts';
import { parsePublished } from './calendar.ts';
import type { DateMention } from './types.ts';

export interface SentenceContext {
  /** The sentence's text. */
  text: string;
  /** Offset of the sentence in the article text. */
  start: number;
}

const BOUNDARY =
  /[;:()\u2014]|\s[-\u2013]\s|,|\b(?:but|while|whereas|although|though|because|after|before|when|since|until|as|which|who|whom|whose|that|where)\b/gi;
/** The words ahead of the date hold no boundary character (;:()— or a comma): it opens the sentence ("Late on Monday, ..."). */
const RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

/** The clause boundaries of one sentence, found once: [start, end) of each, and whether it is a comma. */
interface Boundaries {
  text: string;
  starts: number[];
  ends: number[];
  comma: boolean[];
  /** Index of the first ;:()— or comma, which ends an opening phrase, or the text's length. */
  firstBreak: number;
}

let lastBoundaries: Boundaries | null = null;

/** Boundaries of a sentence text; the last one is kept, as every date and event of a sentence asks for the same. */
function boundariesOf(text: string): Boundaries {
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
function countBoundaries(b: Boundaries, from: number, to: number): { all: number; commas: number } {
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
 * "a week after Turkey signed ...": an offset ends with the subordinator that opens its anchor's
 * clause, so a verb after it lies one clause away (and takes the anchor's own date).
 */
function offsetBoundary(m: DateMention, verb: Span): number {
  return m.rule.startsWith('offset.') && m.span.end <= verb.start ? 1 : 0;
}

/**
 * An offset's anchor dates the anchor event only: a verb outside the stretch from the offset to
 * the anchor ("A day after the vote on Monday, police arrested him") takes the offset instead.
 */
function anchorPenalty(m: DateMention, verb: Span): number {
  if (!m.anchorFor) return 0;
  return verb.start >= m.anchorFor.end && verb.end <= m.span.start ? 0 : 2;
}

function distance(m: Span, verb: Span): number {
  if (m.end <= verb.start) return verb.start - m.end;
  if (m.start >= verb.end) return m.start - verb.end;
  return 0;
}

function clauseDistance(m: Span, verb: Span, ctx: SentenceContext): number {
  const rel = (n: number) => Math.min(Math.max(n - ctx.start, 0), ctx.text.length);
  const b = boundariesOf(ctx.text);
  if (m.end <= verb.start) {
    const between = countBoundaries(b, rel(m.end), rel(verb.start));
    const opening = rel(m.start) <= b.firstBreak;
    // "On Monday, police said ...": the fronting comma is no clause boundary.
    return opening && between.commas > 0 ? between.all - 1 : between.all;
  }
  if (m.start >= verb.end) return countBoundaries(b, rel(verb.end), rel(m.start)).all;
  return 0;
}

export function resolveEventDate(
  mentions: DateMention[],
  verbSpan: Span,
  published: string | null,
  sentence?: SentenceContext,
): ResolvedDate | null {
  let pool = mentions;
  if (sentence) {
    const lo = sentence.start;
    const hi = sentence.start + sentence.text.length;
    pool = mentions.filter((m) => m.span.start >= lo && m.span.end <= hi);
  }
  let best: DateMention | null = null;
  let bestKey: number[] = [];
  for (const m of pool) {
    const key = [
      sentence ? clauseDistance(m.span, verbSpan, sentence) + offsetBoundary(m, verbSpan) + anchorPenalty(m, verbSpan) : 0,
      distance(m.span, verbSpan),
      RANK[m.precision],
      m.span.start,
    ];
    if (!best || less(key, bestKey)) {
      best = m;
      bestKey = key;
    }
  }
  if (best) {
    // The future reading only for a date in the future verb's own clause.
    const reading = best.future && sentence && bestKey[0] === 0 && futureVerb(sentence, verbSpan) ? best.future : best;
    return {
      value: reading.value,
      precision: reading.precision,
      basis: 'text',
      text: best.text,
      span: { start: best.span.start, end: best.span.end },
      rule: reading.rule,
    };
  }
  const pub = parsePublished(published);
  if (!pub) return null;
  return { value: published as string, precision: 'day', basis: 'published', rule: 'published' };
}

/**
 * The event's own verb is in the future: a modal or "to" of intention right before it, up to two
 * words between ("will visit", "will not meet", "is due to arrive", "plans to travel"). Not
 * "would": a future seen from a past report ("announced the US would withdraw ... on Tuesday")
 * mostly dates the report.
 */
const FUTURE_BEFORE_VERB =
  /(?:\b(?:will|shall|wo|going\s+to|(?:is|are|was|were)\s+(?:due\s+|set\s+|scheduled\s+|slated\s+|expected\s+)?to|plans?\s+to|planning\s+to|intends?\s+to)|['\u2019]ll)\s+(?:[\w'\u2019-]+\s+){0,2}$/i;

function futureVerb(ctx: SentenceContext, verb: Span): boolean {
  const rel = Math.min(Math.max(verb.start - ctx.start, 0), ctx.text.length);
  return FUTURE_BEFORE_VERB.test(ctx.text.slice(Math.max(0, rel - 60), rel));
}

function less(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i];
  }
  return false;
}
