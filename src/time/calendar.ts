/**
 * Pure calendar arithmetic on plain year/month/day triples. Everything goes through
 * Date.UTC day numbers, so the machine's time zone and the clock never matter.
 */

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

export interface Ym {
  y: number;
  m: number;
}

/** Which way an expression without a year (or a bare weekday) points from the article date. */
export type Direction = 'past' | 'future';

const DAY_MS = 86_400_000;
const PUBLISHED = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The article date as YYYY-MM-DD, or null when absent or not a real calendar day. */
export function parsePublished(published: string | null | undefined): Ymd | null {
  if (!published) return null;
  const mt = PUBLISHED.exec(published);
  if (!mt) return null;
  const y = Number(mt[1]);
  const m = Number(mt[2]);
  const d = Number(mt[3]);
  return isValidDay(y, m, d) ? { y, m, d } : null;
}

export function addDays(p: Ymd, n: number): Ymd {
  return fromDayNumber(dayNumber(p.y, p.m, p.d) + n);
}

/** 0 = Sunday .. 6 = Saturday. */
export function weekdayOf(p: Ymd): number {
  return new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
}

export function addMonths(y: number, m: number, k: number): Ym {
  const idx = y * 12 + (m - 1) + k;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function fmtDay(p: Ymd): string {
  return `${p.y}-${pad2(p.m)}-${pad2(p.d)}`;
}

export function fmtMonth(p: Ym): string {
  return `${p.y}-${pad2(p.m)}`;
}

export function fmtYear(y: number): string {
  return String(y);
}

/**
 * The nearest occurrence of month/day on or before (past) or on or after (future) the
 * article date. Feb 29 walks to the nearest leap year in that direction.
 */
export function nearestMonthDay(pub: Ymd, m: number, d: number, dir: Direction): Ymd | null {
  const step = dir === 'past' ? -1 : 1;
  let y = pub.y;
  const here = m * 100 + d;
  const today = pub.m * 100 + pub.d;
  if (dir === 'past' && here > today) y -= 1;
  if (dir === 'future' && here < today) y += 1;
  for (let i = 0; i < 8; i++, y += step) {
    if (isValidDay(y, m, d)) return { y, m, d };
  }
  return null;
}

/**
 * A month/day that also names its weekday ("Monday, Sept. 5"): the year, within one of the
 * article's, whose date falls on that weekday, nearest the article date; null if none does.
 */
export function monthDayOnWeekday(pub: Ymd, m: number, d: number, w: number): Ymd | null {
  let best: Ymd | null = null;
  let bestGap = Infinity;
  for (const y of [pub.y - 1, pub.y, pub.y + 1]) {
    if (!isValidDay(y, m, d) || weekdayOf({ y, m, d }) !== w) continue;
    const gap = Math.abs(dayNumber(y, m, d) - dayNumber(pub.y, pub.m, pub.d));
    if (gap < bestGap) {
      best = { y, m, d };
      bestGap = gap;
    }
  }
  return best;
}

/** The nearest month m on or before (past) / on or after (future) the article's month. */
export function nearestMonth(pub: Ymd, m: number, dir: Direction): Ym {
  if (dir === 'past') return { y: m > pub.m ? pub.y - 1 : pub.y, m };
  return { y: m < pub.m ? pub.y + 1 : pub.y, m };
}

/**
 * The weekday w relative to the article date. News reports what happened, so without a
 * modifier a weekday lies in the past (the article's own weekday means "today"); in the
 * future tense it is the next such day strictly after the article date.
 * last: strictly before; next: strictly after; week 'last'|'this'|'next': that Monday-Sunday week.
 */
export function resolveWeekday(
  pub: Ymd,
  w: number,
  dir: Direction,
  modifier: 'last' | 'next' | 'this' | null,
  week: 'last' | 'this' | 'next' | null,
): Ymd {
  const pw = weekdayOf(pub);
  if (week) {
    const monday = addDays(pub, -((pw + 6) % 7));
    const shift = week === 'last' ? -7 : week === 'next' ? 7 : 0;
    return addDays(monday, shift + ((w + 6) % 7));
  }
  if (modifier === 'last') return addDays(pub, -(((pw - w + 7) % 7) || 7));
  if (modifier === 'next') return addDays(pub, ((w - pw + 7) % 7) || 7);
  if (dir === 'future') return addDays(pub, ((w - pw + 7) % 7) || 7);
  return addDays(pub, -((pw - w + 7) % 7));
}
