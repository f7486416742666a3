/**
 * findDates: every event-date expression in one sentence, resolved against the article
 * date. Pure: no clock, no I/O; the same sentence and article date give the same answer.
 *
 * Cost: one cheap regex rejects most sentences; the hand rules are a few regex scans;
 * chrono (the expensive part, ~10 us) runs only when a month name, a weekday or a
 * casual day word is present.
 */
import { parsePublished } from './calendar.ts';
import { CHRONO_GATE, chronoCandidates } from './chrono-reader.ts';
import { applyEventOffsets } from './event-offsets.ts';
import { dateRoles } from './planned.ts';
import { ruleCandidates } from './news-rules.ts';
import { yearCandidates } from './years.ts';
import type { Candidate, DateMention, ReadContext, Tense } from './types.ts';

/** Anything that could start a date: a year 19xx/20xx, month or weekday names, day words. */
const PREFILTER =
  /\b(?:(?:19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|spring|summer|autumn|fall|yesterday|today|tonight|tomorrow|ago|back|last|next|earlier|week|month|year|morning|evening|afternoon|night|\d{4}[-/.]\d)/i;

/**
 * Words that make the following date a bound or a reference point, not the event's date:
 * "since March" (duration), "until Friday", "before the July 15 vote", "by 2030".
 */
const NOT_THE_EVENT_BEFORE =
  /\b(?:since|until|till|through|throughout|before|after|by|within|ahead\s+of)\s+(?:the\s+)?$/i;
/** "the anniversary of the July 15 coup", "commemorating the 1994 genocide". */
const ANNIVERSARY_BEFORE =
  /\banniversar(?:y|ies)\s+of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$|\banniversary\s*,?\s*$|\bcommemorat\w*\s+(?:the\s+)?$/i;
const ANNIVERSARY_AFTER = /^\s*(?:['’]s\s+)?anniversar/i;

/**
 * The date that closes a bracketed reference to another piece: "(Opinion, 4 January)", "(Trump's
 * retreat is a gift to Isis, 22 December)". It dates the piece cited, not an event.
 */
const CITATION_BEFORE = /\([^()]*,\s*$/;
const CITATION_AFTER = /^\s*\)/;

function excluded(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 50), c.start);
  if (NOT_THE_EVENT_BEFORE.test(before) || ANNIVERSARY_BEFORE.test(before)) return true;
  const after = text.slice(c.end, c.end + 20);
  if (CITATION_AFTER.test(after) && CITATION_BEFORE.test(text.slice(Math.max(0, c.start - 200), c.start))) return true;
  return ANNIVERSARY_AFTER.test(after);
}

/** Longest first; a candidate overlapping one already kept is dropped; then text order. */
function removeOverlaps(cands: Candidate[]): Candidate[] {
  const byLength = cands
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const kept: Candidate[] = [];
  for (const { c } of byLength) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function candidates(ctx: ReadContext): Candidate[] {
  // Hand rules first: on equal length they win over chrono's reading.
  const cands = ruleCandidates(ctx).concat(yearCandidates(ctx));
  if (CHRONO_GATE.test(ctx.text)) cands.push(...chronoCandidates(ctx));
  return cands;
}

export function findDates(
  sentenceText: string,
  sentenceStart: number,
  published: string | null,
  tense?: Tense,
): DateMention[] {
  if (!PREFILTER.test(sentenceText)) return [];
  const ctx: ReadContext = {
    text: sentenceText,
    pub: parsePublished(published),
    dir: tense === 'future' ? 'future' : 'past',
  };
  const cands = candidates(ctx);
  if (cands.length === 0) return [];
  // Overlaps first, so "since mid-February" cannot leave chrono's bare "February" behind.
  // Offsets before exclusion: "two days before the May 9 vote" is a date, though "before the May 9 vote" is not.
  const kept = applyEventOffsets(sentenceText, removeOverlaps(cands)).filter((c) => c.rule.startsWith('offset.') || !excluded(sentenceText, c));
  // A date in a future or planned clause is read forward, unless the caller fixed the tense.
  const roles = dateRoles(sentenceText, kept);
  const forward = tense === undefined && roles.some((r) => r.planned) ? futureReadings(ctx) : null;
  return kept.map((c, i) => {
    const f = roles[i].planned ? forward?.get(`${c.start}:${c.end}`) : undefined;
    const reading = f ?? c;
    const m: DateMention = {
      span: { start: sentenceStart + c.start, end: sentenceStart + c.end },
      text: sentenceText.slice(c.start, c.end),
      value: reading.value,
      precision: reading.precision,
      rule: reading.rule,
    };
    if (c.anchorFor) m.anchorFor = { start: sentenceStart + c.anchorFor.start, end: sentenceStart + c.anchorFor.end };
    if (roles[i].planned) m.planned = roles[i].planned;
    if (roles[i].statement) m.statement = roles[i].statement;
    return m;
  });
}

/** The same sentence read in the future tense, by span. */
function futureReadings(ctx: ReadContext): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  for (const c of applyEventOffsets(ctx.text, removeOverlaps(candidates({ ...ctx, dir: 'future' })))) {
    const key = `${c.start}:${c.end}`;
    if (!out.has(key)) out.set(key, c);
  }
  return out;
}
