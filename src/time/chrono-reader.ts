/**
 * chrono-node, trimmed to the parsers news dates need and corrected for news:
 * only components chrono marks certain are used (implied ones are never promoted),
 * missing years and bare weekdays are resolved here against the article date.
 */
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import {
  addDays, fmtDay, fmtMonth, fmtYear, isValidDay, monthDayOnWeekday, nearestMonth, nearestMonthDay,
  resolveWeekday, weekdayOf,
} from './calendar.ts';
import type { Ym } from './calendar.ts';
import { INFINITIVE_BEFORE } from './news-rules.ts';
import type { Candidate, ReadContext } from './types.ts';

const PARSERS = [
  'ENYearMonthDayParser', 'ISOFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENCasualDateParser', 'ENMonthNameParser',
];
const REFINERS = [
  'OverlapRemovalRefiner', 'MergeWeekdayComponentRefiner', 'UnlikelyFormatFilter',
  'ENExtractYearSuffixRefiner', 'ENMergeDateRangeRefiner',
];

/** Immutable configuration, built once. Falls back to the full casual set if a name changes. */
function buildParser(): chrono.Chrono {
  const cfg = chrono.en.configuration.createCasualConfiguration(false);
  const pick = <T extends object>(all: T[], names: string[]): T[] | null => {
    const out: T[] = [];
    for (const n of names) {
      const hit = all.find((x) => x.constructor.name === n);
      if (!hit) return null;
      out.push(hit);
    }
    return out;
  };
  const parsers = pick(cfg.parsers, PARSERS);
  const refiners = pick(cfg.refiners, REFINERS);
  if (!parsers || !refiners) return new chrono.Chrono(cfg);
  return new chrono.Chrono({ parsers, refiners });
}

const PARSER = buildParser();
/** Fixed reference: values are read from certain components only, so it never shows through. */
const REFERENCE = new Date(2000, 0, 1, 12);

/** Cheap test: could chrono find anything we would keep? (months capitalised, full weekdays) */
export const CHRONO_GATE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Ww]eekend|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ll]ast night)|\b\d{4}[-/.]\d/;

const MONTH_ANY =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b/i;
const MONTH_CAPS =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b/;
const WEEKDAY_FULL = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const WEEKEND = /\bweekend\b/i;
const NOT_A_DAY_BEFORE = /\b(?:Good|Black|Ash|Holy|Palm|Easter|Bloody|Super|Cyber|Maundy|Shrove|Fat)\s+$/;
const NOT_A_DAY_AFTER =
  /^\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Independent|Tribune|Star|Sport|Observer|School)\b/;
/** A bare month ("April") only counts after a word that makes it a time: "in April", "early April". */
const BARE_MONTH_CUE =
  /\b(?:in|during|of|early|late|mid|last|next|this|since|until|till|by|before|after|through|from|between)\s*-?\s*$/i;
const MONTH_MODIFIER = /\b(last|next|this)\s+$/i;
const WEEK_POSTFIX = /\b(last|past|next|this)\s*week\s*$/i;
const WEEKDAY_PREFIX = /^(last|past|next|this)\b/i;
/**
 * A month-day without a year, after an infinitive, at most this many days after the article date
 * is that coming day even in a past-tense sentence ("asked them to meet on 10 September" in a 4
 * September article): a writer naming a day eleven months back gives its year.
 */
const NEAR_AHEAD_DAYS = 28;
const CASUAL_OFFSET: Record<string, { offset: number; rule: string }> = {
  today: { offset: 0, rule: 'chrono.today' },
  tonight: { offset: 0, rule: 'chrono.tonight' },
  yesterday: { offset: -1, rule: 'chrono.yesterday' },
  'last night': { offset: -1, rule: 'chrono.last-night' },
  tomorrow: { offset: 1, rule: 'chrono.tomorrow' },
};

function certain(c: ParsedResult['start'], k: 'year' | 'month' | 'day' | 'weekday'): number | null {
  return c.isCertain(k) ? c.get(k) : null;
}

/** Dates chrono finds in the sentence, with offsets relative to the sentence. */
export function chronoCandidates(ctx: ReadContext): Candidate[] {
  const { text, pub, dir } = ctx;
  const out: Candidate[] = [];
  for (const r of PARSER.parse(text, REFERENCE)) {
    // The words without the leading "on"/"in" and punctuation chrono sometimes takes.
    let start = r.index;
    let words = r.text;
    const lead = /^[\s,(（]*(?:(?:on|in)\s+)?/i.exec(words)![0].length;
    start += lead;
    words = words.slice(lead).replace(/[\s,)）]+$/, '');
    if (!words) continue;
    const end = start + words.length;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 20);
    const tags = r.tags();
    const push = (value: string, precision: Candidate['precision'], rule: string, s = start) =>
      out.push({ start: s, end, value, precision, rule });

    if (tags.has('parser/ENCasualDateParser')) {
      const casual = CASUAL_OFFSET[words.toLowerCase().replace(/\s+/g, ' ')];
      if (casual && pub) push(fmtDay(addDays(pub, casual.offset)), 'day', casual.rule);
      continue;
    }
    // Durations and other relative results of a fuller configuration are not event dates.
    if (tags.has('result/relativeDate')) continue;

    const c = r.start;
    const y = certain(c, 'year');
    const m = certain(c, 'month');
    const d = certain(c, 'day');
    const w = certain(c, 'weekday');
    if (m !== null && MONTH_ANY.test(words) && !MONTH_CAPS.test(words)) continue; // "march", "may"

    if (m !== null && d !== null) {
      if (y !== null) {
        if (isValidDay(y, m, d)) push(fmtDay({ y, m, d }), 'day', 'chrono.date');
      } else if (pub) {
        // "Monday, Sept. 5": the weekday picks the year, whichever way it points.
        const named = w !== null ? monthDayOnWeekday(pub, m, d, w) : null;
        // "asked them to meet on 10 September" in a 4 September article: not eleven months back.
        const soon = named || dir === 'future' || !INFINITIVE_BEFORE.test(text.slice(Math.max(0, start - 80), start)) ? null : nearestMonthDay(pub, m, d, 'future');
        if (soon && fmtDay(addDays(pub, NEAR_AHEAD_DAYS)) >= fmtDay(soon) && fmtDay(soon) > fmtDay(pub)) {
          push(fmtDay(soon), 'day', 'chrono.month-day-near-ahead');
          continue;
        }
        const day = named ?? nearestMonthDay(pub, m, d, dir);
        if (day) push(fmtDay(day), 'day', named ? 'chrono.weekday-month-day' : `chrono.month-day-${dir}`);
      }
    } else if (m !== null) {
      if (y !== null) {
        push(fmtMonth({ y, m }), 'month', 'chrono.month-year');
        continue;
      }
      // "April" alone: needs a cue word and must not be a first name ("April Ryan").
      if (!BARE_MONTH_CUE.test(before) || /^\s+[A-Z][a-z]/.test(after) || !pub) continue;
      const mod = MONTH_MODIFIER.exec(before);
      let ym: Ym;
      let rule = `chrono.month-${dir}`;
      let s = start;
      if (mod) {
        const word = mod[1].toLowerCase();
        rule = `chrono.month-${word}`;
        s = start - mod[0].length;
        if (word === 'last') ym = { y: m >= pub.m ? pub.y - 1 : pub.y, m };
        else if (word === 'next') ym = { y: m <= pub.m ? pub.y + 1 : pub.y, m };
        else ym = { y: pub.y, m };
      } else {
        ym = nearestMonth(pub, m, dir);
      }
      push(fmtMonth(ym), 'month', rule, s);
    } else if (w !== null && pub) {
      if (WEEKEND.test(words)) {
        weekend(ctx, words, start, end, out);
        continue;
      }
      if (!WEEKDAY_FULL.test(words) || NOT_A_DAY_BEFORE.test(before) || NOT_A_DAY_AFTER.test(after)) continue;
      const pre = WEEKDAY_PREFIX.exec(words)?.[1].toLowerCase();
      const post = WEEK_POSTFIX.exec(words)?.[1].toLowerCase();
      const week = post ? (post === 'past' ? 'last' : (post as 'last' | 'this' | 'next')) : null;
      const modifier = pre === 'last' || pre === 'past' ? 'last' : pre === 'next' ? 'next' : pre === 'this' ? 'this' : null;
      const day = resolveWeekday(pub, w, dir, modifier, week);
      const rule = week ? 'chrono.weekday-week' : modifier === 'last' || modifier === 'next' ? `chrono.weekday-${modifier}` : `chrono.weekday-${dir}`;
      push(fmtDay(day), 'day', rule);
    }
  }
  return out;
}

/**
 * "at the weekend", "last weekend": a weekend is two days, so it is reported at the month
 * holding both (year if they straddle months, nothing if they straddle years).
 */
function weekend(ctx: ReadContext, words: string, start: number, end: number, out: Candidate[]): void {
  const pub = ctx.pub!;
  const pw = weekdayOf(pub);
  const lower = words.toLowerCase();
  let sat;
  if (/\bnext\b/.test(lower) || (ctx.dir === 'future' && !/\blast\b/.test(lower))) {
    sat = addDays(pub, ((6 - pw + 7) % 7) || 7);
  } else {
    // The weekend just gone; "last weekend" said on a weekend means the one before.
    const back = pw === 6 ? 0 : pw + 1; // Sunday -> 1 day back to Saturday
    sat = addDays(pub, -back);
    if (/\b(?:last|past)\b/.test(lower) && (pw === 6 || pw === 0)) sat = addDays(sat, -7);
  }
  const sun = addDays(sat, 1);
  if (sat.m === sun.m) out.push({ start, end, value: fmtMonth(sat), precision: 'month', rule: 'chrono.weekend' });
  else if (sat.y === sun.y) out.push({ start, end, value: fmtYear(sat.y), precision: 'year', rule: 'chrono.weekend' });
}
