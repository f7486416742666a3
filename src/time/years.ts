/**
 * Bare years, which chrono does not read. Conservative: a number 1900-2100 counts as a
 * year only in a year-like context:
 *   "in 2011", "during 2011", "in the 2012 election"     -> year.in
 *   "the summer of 2011"                                   -> year.of
 *   "Xi's 2015 visit", "its 2014 report"                   -> year.possessive
 *   "2011, when ..."                                       -> year.when
 *   "from 2011 to 2013", "between 2011 and 2013"           -> year.range (the start)
 * "since 1951" is a duration, "$2015", "2,015", "1500 troops", "2000 km" are amounts.
 * ("early 2011", "mid-2011", "the end of 2011" are read in news-rules.ts.)
 */
import { fmtYear } from './calendar.ts';
import { looksLikeCount } from './news-rules.ts';
import type { Candidate, ReadContext } from './types.ts';

const YEAR_NUMBER = /(?<![\w$£€¥#:/.,\-–])((?:19|20)\d\d)(?![\w%]|[.,:/]\d)/g;
const RANGE_BEFORE = /\b(?:from|between)\s+$/i;
const RANGE_AFTER = /^\s*(?:to|until|till|through|and|-|–)\s*(?:19|20)\d\d\b/i;
const IN_BEFORE = /\b(?:in|during)\s+(?:the\s+(?:year\s+)?)?$/i;
const OF_BEFORE = /\bof\s+$/i;
const POSSESSIVE_BEFORE = /(?:\w['’]s?|\b(?:his|her|its|their|our|my|your))\s+$/i;
const NOUN_AFTER = /^\s+[a-z]/;
const WHEN_AFTER = /^\s*,?\s*when\b/i;
/** "in 2011-12", "in 2011–2013": the words run to the end of the span, the value is the start. */
const SPAN_SUFFIX = /^\s*[-–]\s*(?:(?:19|20)\d\d|\d\d)\b/;

export function yearCandidates(ctx: ReadContext): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  YEAR_NUMBER.lastIndex = 0;
  let mt: RegExpExecArray | null;
  while ((mt = YEAR_NUMBER.exec(text))) {
    const y = Number(mt[1]);
    if (y < 1900 || y > 2100) continue;
    const start = mt.index;
    let end = start + 4;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 40);
    let rule: string | null = null;
    if (RANGE_BEFORE.test(before) && RANGE_AFTER.test(after)) {
      rule = 'year.range';
      const ext = RANGE_AFTER.exec(after)!;
      out.push({ start, end: end + ext[0].length, value: fmtYear(y), precision: 'year', rule });
      continue;
    }
    if (IN_BEFORE.test(before)) rule = 'year.in';
    else if (OF_BEFORE.test(before)) rule = 'year.of';
    else if (POSSESSIVE_BEFORE.test(before) && NOUN_AFTER.test(after)) rule = 'year.possessive';
    else if (WHEN_AFTER.test(after)) rule = 'year.when';
    if (!rule || looksLikeCount(y, after)) continue;
    const suffix = SPAN_SUFFIX.exec(after);
    if (suffix) end += suffix[0].length;
    out.push({ start, end, value: fmtYear(y), precision: 'year', rule });
  }
  return out;
}
