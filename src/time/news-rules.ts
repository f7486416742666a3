/**
 * Date expressions chrono misses or reads too precisely, read with plain regexes:
 * "mid-February", "early 2011", "the end of last year", "last month", "earlier this
 * week", "two days ago", "a day earlier", "this morning".
 *
 * Honest precision: a week is not a day, and a day would claim knowledge the text lacks.
 * "last week" is the Monday-Sunday week before the article's, "next week" the one after,
 * "this week" its own (only up to the article date for "earlier this week" and in the
 * past tense; from it for "later this week" and in the future tense). The week is reported
 * at the MONTH holding all its days; if it straddles two months, at the YEAR; if it
 * straddles two years, at the month of the article date -7 / +7 / +0 days (the brief's
 * convention, and the least wrong single month).
 */
import { addDays, addMonths, fmtDay, fmtMonth, fmtYear, nearestMonth, weekdayOf } from './calendar.ts';
import type { Ym, Ymd } from './calendar.ts';
import type { Candidate, ReadContext } from './types.ts';

export const MONTH_NUMBER: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4,
  jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
/** A month name; an abbreviation may take its dot ("mid-Sept."), a full name never does. */
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b(?:(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\\.)?';
const YEAR = '((?:19|20)\\d\\d)\\b(?![.,]\\d)';

/** qualifier + (month [year] | year | last/this/next month/year) */
const QUALIFIED = new RegExp(
  `\\b(?:(mid)\\s*-\\s*|(mid|early|late)\\s+|(?:the\\s+)?(end|beginning|start|middle)\\s+of\\s+)` +
    `(?:(last|this|next)\\s+(month|year)\\b|${MONTH}(?:,?\\s+${YEAR})?|${YEAR})`,
  'gi',
);
const RELATIVE = /\b(?:(earlier|later)\s+)?(last|this|next)\s+(week|month|year)\b/gi;
/** "the last year", "since last month", "within the next year" are spans of time, not dates. */
const RELATIVE_NOT_AFTER = /\b(?:the|since|until|till|within|past|over)\s+$/i;
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const AGO = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(day|week|month|year)s?\s+(ago|earlier|back)\b/gi;
/** "up 5% from a year earlier": a comparison, not a date. */
const AGO_NOT_AFTER = /\b(?:from|than|over|versus|vs\.?|with)\s+$/i;
const PART_OF_DAY = /\bthis\s+(morning|afternoon|evening)\b/gi;
/** A 4-digit number followed by a unit is an amount ("2000 km"); a round one before a plural noun too. */
const UNIT_AFTER =
  /^\s+(?:km|kilomet(?:re|er)s|miles|met(?:re|er)s|feet|tons|tonnes|dollars|euros|pounds|yuan|rupees|barrels|hectares|acres|votes|seats|hours|minutes)\b/i;

/** Words that may follow a year directly ("in 2000 the army ...") but never a count. */
const NOT_COUNTED =
  /^\s+(?:the|a|an|and|or|but|he|she|it|they|we|i|you|his|her|its|their|this|that|there|when|while|after|before|as|with|to|of|in|on|at|by|for|from|alone|only|itself|again|also|until|since|between|among|against|amid|during|under|over|through|into|onto|near|despite|following|which|who|where)\b/;

/**
 * A number 1900-2100 is an amount rather than a year before a unit ("2000 km"), or when it
 * is round and a lowercase word other than a function word follows ("in 2000 people").
 */
export function looksLikeCount(n: number, after: string): boolean {
  if (UNIT_AFTER.test(after)) return true;
  return n % 100 === 0 && /^\s+[a-z]/.test(after) && !NOT_COUNTED.test(after);
}

/**
 * "last autumn", "in the spring", "this summer": the year of that season (northern; winter, which
 * straddles two years, is left out). "last" is the latest one over before the article date;
 * "in"/"during" the latest begun by it (in the future tense or after an infinitive, the next not yet
 * over: "invited him to visit in the autumn"); "next" the one
 * after. "the fall of Mosul" is no season.
 */
/** The act of an infinitive in the date's clause: "to meet on 10 September", "to visit Bishkek in the autumn". */
export const INFINITIVE_BEFORE = /\bto\s+[a-z]+\b[^,;:()\u2014]*$/;
const SEASON = /\b(?:(last|this|next)\s+|(?:in|during|over)\s+(?:the\s+)?)(spring|summer|autumn|fall)\b(?!\s+(?:of|in)\b)/gi;
const SEASON_MONTHS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11] };

function seasonCandidates(text: string, pub: Ymd, dir: ReadContext['dir']): Candidate[] {
  const out: Candidate[] = [];
  SEASON.lastIndex = 0;
  let mt: RegExpExecArray | null;
  while ((mt = SEASON.exec(text))) {
    if (mt[1] === undefined && /^[A-Z]/.test(mt[2])) continue;
    const which = mt[1]?.toLowerCase() ?? 'in';
    const [first, last] = SEASON_MONTHS[mt[2].toLowerCase()];
    let y = pub.y;
    if (which === 'last') y = pub.m > last ? pub.y : pub.y - 1;
    else if (which === 'next') y = pub.m < first ? pub.y : pub.y + 1;
    else if (which === 'in') {
      // "invited him to visit in the autumn": the season of the act invited to lies ahead.
      const ahead = dir === 'future' || INFINITIVE_BEFORE.test(text.slice(Math.max(0, mt.index - 80), mt.index));
      y = ahead ? (pub.m <= last ? pub.y : pub.y + 1) : pub.m >= first ? pub.y : pub.y - 1;
    }
    // A season still to come in the article's year is ahead though its year is not.
    const later = which !== 'last' && (y > pub.y || (y === pub.y && pub.m < first));
    out.push({ start: mt.index, end: mt.index + mt[0].length, value: fmtYear(y), precision: 'year', rule: `season.${which}${later && which !== 'next' ? '-ahead' : ''}` });
  }
  return out;
}

function normQualifier(q: string): string {
  const l = q.toLowerCase();
  if (l === 'middle') return 'mid';
  if (l === 'beginning' || l === 'start') return 'early';
  return l;
}

type Reading = { value: string; precision: 'month' | 'year' };

function relative(ctx: ReadContext, which: string, unit: string, part?: string): Reading | null {
  const pub = ctx.pub;
  if (!pub) return null;
  const k = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  if (unit === 'year') return { value: fmtYear(pub.y + k), precision: 'year' };
  if (unit === 'month') return { value: fmtMonth(addMonths(pub.y, pub.m, k)), precision: 'month' };
  const monday = addDays(pub, -((weekdayOf(pub) + 6) % 7));
  let from = addDays(monday, 7 * k);
  let to = addDays(from, 6);
  if (k === 0) {
    const later = part ? part.toLowerCase() === 'later' : ctx.dir === 'future';
    if (later) from = pub;
    else to = pub;
  }
  if (from.y === to.y && from.m === to.m) return { value: fmtMonth(from), precision: 'month' };
  if (from.y === to.y) return { value: fmtYear(from.y), precision: 'year' };
  return { value: fmtMonth(addDays(pub, 7 * k)), precision: 'month' };
}

export function ruleCandidates(ctx: ReadContext): Candidate[] {
  const { text, pub, dir } = ctx;
  const out: Candidate[] = [];
  let mt: RegExpExecArray | null;

  QUALIFIED.lastIndex = 0;
  while ((mt = QUALIFIED.exec(text))) {
    const q = normQualifier(mt[1] ?? mt[2] ?? mt[3]);
    const start = mt.index;
    const end = start + mt[0].length;
    if (mt[4]) {
      const r = relative(ctx, mt[4].toLowerCase(), mt[5].toLowerCase());
      if (r) out.push({ start, end, ...r, rule: `relative.${mt[4].toLowerCase()}-${mt[5].toLowerCase()}` });
    } else if (mt[6]) {
      if (!/^[A-Z]/.test(mt[6])) continue; // "late may", "mid-march"
      const m = MONTH_NUMBER[mt[6].toLowerCase()];
      let ym: Ym | null = null;
      if (mt[7]) ym = { y: Number(mt[7]), m };
      else if (pub) ym = nearestMonth(pub, m, dir);
      if (ym) out.push({ start, end, value: fmtMonth(ym), precision: 'month', rule: `month.${q}` });
    } else if (mt[8]) {
      const y = Number(mt[8]);
      if (!looksLikeCount(y, text.slice(end, end + 40))) {
        out.push({ start, end, value: fmtYear(y), precision: 'year', rule: `year.${q}` });
      }
    }
  }

  RELATIVE.lastIndex = 0;
  while ((mt = RELATIVE.exec(text))) {
    if (RELATIVE_NOT_AFTER.test(text.slice(Math.max(0, mt.index - 20), mt.index))) continue;
    const which = mt[2].toLowerCase();
    const unit = mt[3].toLowerCase();
    const r = relative(ctx, which, unit, mt[1]);
    if (r) out.push({ start: mt.index, end: mt.index + mt[0].length, ...r, rule: `relative.${which}-${unit}` });
  }

  if (pub) {
    out.push(...seasonCandidates(text, pub, dir));
    AGO.lastIndex = 0;
    while ((mt = AGO.exec(text))) {
      if (AGO_NOT_AFTER.test(text.slice(Math.max(0, mt.index - 20), mt.index))) continue;
      const word = mt[1].toLowerCase();
      const n = NUMBER_WORDS[word] ?? Number(word);
      const unit = mt[2].toLowerCase();
      const start = mt.index;
      const end = start + mt[0].length;
      const rule = `relative.${unit}s-${mt[3].toLowerCase()}`;
      if (n < 1) continue;
      if (unit === 'day' || (unit === 'week' && n === 1)) {
        out.push({ start, end, value: fmtDay(addDays(pub, -(unit === 'day' ? n : 7))), precision: 'day', rule });
      } else if (unit === 'week') {
        out.push({ start, end, value: fmtMonth(addDays(pub, -7 * n)), precision: 'month', rule });
      } else if (unit === 'month') {
        out.push({ start, end, value: fmtMonth(addMonths(pub.y, pub.m, -n)), precision: 'month', rule });
      } else {
        out.push({ start, end, value: fmtYear(pub.y - n), precision: 'year', rule });
      }
    }

    PART_OF_DAY.lastIndex = 0;
    while ((mt = PART_OF_DAY.exec(text))) {
      const rule = `relative.this-${mt[1].toLowerCase()}`;
      out.push({ start: mt.index, end: mt.index + mt[0].length, value: fmtDay(pub), precision: 'day', rule });
    }
  }
  return out;
}
