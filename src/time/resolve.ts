/**
 * resolveEventDate: pick the date of one event from the dates of its sentence.
 *
 * The date is when the coded event happened (docs/DATES.md):
 * - A date in a future or planned clause ("will meet on Friday", "scheduled for Thursday") is the
 *   day something is planned for: it never dates an event.
 * - A date ahead of the article ("next month", "tomorrow", a later year) never dates an event either:
 *   what is coded has happened by the article's date.
 * - A future act ("will visit", "is due to resume", "would host") is coded as an intent or threat,
 *   which happens when it is stated: it takes the date of the statement ("said on Tuesday"), else
 *   the article date. Those dates hang on reporting verbs, which the caller may have kept for the
 *   reporting verb only (events/report-dates.ts): they come from `sentenceDates`, every date of
 *   the sentence as findDates read it (the coder has them already; default: `mentions`).
 * Otherwise the mention nearest the verb wins, where "near" counts clause boundaries first
 * (clauses.ts) and characters second. Clause boundaries and future acts need the sentence
 * text: pass `sentence` to use them; without it only distance counts. No mention: the article
 * date (basis 'published'); none: null.
 */
import type { DatePrecision, ResolvedDate, Span } from '../document/types.ts';
import { parsePublished } from './calendar.ts';
import { clauseDistance, dateInOwnClause, type SentenceContext } from './clauses.ts';
import { futureActMarker } from './planned.ts';
import type { DateMention } from './types.ts';

export type { SentenceContext } from './clauses.ts';

const RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };
/** Words that put a date after the article's whatever its value: "next week", "tomorrow", "later this month". */
const AHEAD_WORDS = /\b(?:next|tomorrow|coming|upcoming|later\s+(?:this|today|tonight))\b/i;

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

/** The date lies after the article's, at its own precision, or its words or its rule ("season.in-ahead") say it does. */
function ahead(m: DateMention, published: string | null): boolean {
  if (AHEAD_WORDS.test(m.text) || m.rule.endsWith('-ahead')) return true;
  return parsePublished(published) !== null && m.value > (published as string).slice(0, m.value.length);
}

/**
 * "denied involvement in March's attack", "condemned last week's raid": a date in the genitive
 * dates its noun. After the verb it is the date of the act talked about, not of the verb's own.
 */
function genitiveAfterVerb(text: string, m: Span, verb: Span): boolean {
  return m.start >= verb.end && /^['\u2019]s\b/.test(text.slice(m.end, m.end + 3));
}

/** The mentions that may date the event: in its sentence, not planned, not ahead; a future act's statement dates. */
function candidatesFor(mentions: readonly DateMention[], verbSpan: Span, published: string | null, sentence?: SentenceContext, sentenceDates?: readonly DateMention[]): { pool: DateMention[]; future: string | null } {
  if (!sentence) return { pool: mentions.filter((m) => !m.planned && !ahead(m, published)), future: null };
  const lo = sentence.start;
  const hi = sentence.start + sentence.text.length;
  const future = futureActMarker(sentence.text, Math.max(0, verbSpan.start - sentence.start));
  const all = future ? (sentenceDates ?? mentions) : mentions;
  const rel = (x: Span): Span => ({ start: x.start - lo, end: x.end - lo });
  const pool = all.filter(
    (m) =>
      m.span.start >= lo &&
      m.span.end <= hi &&
      (future ? m.statement : !m.planned) &&
      !ahead(m, published) &&
      !dateInOwnClause(sentence.text, rel(m.span), rel(verbSpan)) &&
      !genitiveAfterVerb(sentence.text, rel(m.span), rel(verbSpan)),
  );
  return { pool, future };
}

/**
 * `mentions`: the dates that may date this event; `sentenceDates`: every date of the sentence
 * (findDates on it), for a future act's statement date (see above), when `mentions` are fewer.
 */
export function resolveEventDate(
  mentions: readonly DateMention[],
  verbSpan: Span,
  published: string | null,
  sentence?: SentenceContext,
  sentenceDates?: readonly DateMention[],
): ResolvedDate | null {
  const { pool, future } = candidatesFor(mentions, verbSpan, published, sentence, sentenceDates);
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
    return {
      value: best.value,
      precision: best.precision,
      basis: 'text',
      text: best.text,
      span: { start: best.span.start, end: best.span.end },
      rule: best.rule,
    };
  }
  const pub = parsePublished(published);
  if (!pub) return null;
  // A future act stated without a date of its own is dated by the article.
  return { value: published as string, precision: 'day', basis: 'published', rule: future ? `published(${future})` : 'published' };
}

function less(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i];
  }
  return false;
}
