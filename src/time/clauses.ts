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

/**
 * Words that open a clause whose dates are its own: relative pronouns, and subordinators of
 * concession, cause and starting point. A date in such a clause does not date a verb outside it
 * ("Begum, who left in 2015, ... Isis, which has claimed ..."; "has stonewalled requests,
 * although earlier this year it tried to ..."). Temporal ones (when, after, as) are left out: their
 * time is the main act's too, or an offset reads it (event-offsets.ts).
 */
const OWN_TIME_OPENER = /\b(?:who|whom|whose|which|although|though|whereas|because|since)\b/gi;
/**
 * A reduced relative clause: a noun, then the participle of a verb that takes an object, then the
 * date, at most a short phrase between ("legal commitments made in 2013", "a deal brokered by
 * Moscow this year", "the one launched in Afrin earlier this year"). As a main verb the participle
 * would have its object first ("Iran made commitments in 2013").
 */
const REDUCED_RELATIVE =
  /(?<!\b(?:is|are|was|were|be|been|being|has|have|had|get|gets|got|he|she|it|they|we|i|you|who|which|that|also|then|later|first|jointly|recently|reportedly|allegedly|and|or|but)\s+)(?<=\b[a-z][a-z'’-]*\s+)(?:made|brokered|signed|launched|imposed|reached|adopted|issued|struck|established|introduced|approved|enacted|held|staged|built|seized|captured|carried\s+out|set\s+up)\s+(?:(?:by|in|at|near|with|between|from)\s+(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){1,3}(?:and\s+(?:[A-Z][\w'’-]*\s+){1,2})?)?(?:(?:in|on|at|during)\s+)?$/;
/** A date opening the next conjunct: "has threatened the Kurds, and in 2018 invaded Afrin"; "arrested him, then on Monday charged him". */
const CONJUNCT_OPENING = /[,;]\s*(?:and|but|then|and\s+then)\s+(?:(?:in|on|at|during|by)\s+)?$/i;
const CLOSES = /[;:()\u2014,]|\s[-\u2013]\s/g;

/** Where the clause that holds [at, ...) ends: the next comma, semicolon, colon, dash or bracket. */
function clauseEnd(text: string, at: number): number {
  CLOSES.lastIndex = at;
  const mt = CLOSES.exec(text);
  return mt ? mt.index : text.length;
}

/**
 * The rule id when the date (relative to the sentence text) lies in a clause of its own that does
 * not hold the verb: a relative or concessive clause, a reduced relative clause, or the next
 * conjunct that the date opens.
 */
export function dateInOwnClause(text: string, date: Span, verb: Span): string | null {
  let start = -1;
  let rule = '';
  const window = text.slice(Math.max(0, date.start - 60), date.start);
  const reduced = REDUCED_RELATIVE.exec(window);
  const conjunct = CONJUNCT_OPENING.exec(window);
  if (reduced) {
    start = Math.max(0, date.start - 60) + reduced.index;
    rule = 'clause.reduced-relative';
  } else if (conjunct) {
    start = Math.max(0, date.start - 60) + conjunct.index;
    rule = 'clause.conjunct';
  } else {
    // The opener nearest before the date with no comma or other boundary between.
    const from = Math.max(lastClose(text, date.start), 0);
    OWN_TIME_OPENER.lastIndex = from;
    let mt: RegExpExecArray | null;
    while ((mt = OWN_TIME_OPENER.exec(text)) && mt.index < date.start) {
      start = mt.index;
      rule = `clause.${mt[0].toLowerCase()}`;
    }
  }
  if (start < 0) return null;
  const end = clauseEnd(text, date.end);
  return verb.start >= start && verb.end <= end ? null : rule;
}

function lastClose(text: string, before: number): number {
  let last = -1;
  CLOSES.lastIndex = 0;
  let mt: RegExpExecArray | null;
  while ((mt = CLOSES.exec(text)) && mt.index < before) last = mt.index + mt[0].length;
  return last;
}
