/**
 * Date-restricted actor codes: one code with an optional inclusive period, dates YYYY-MM-DD.
 * `codeAt` picks the code in force at a date.
 */
import { DyadError } from '../../util/errors.ts';

export interface ActorCode {
  code: string;
  /** First day the code applies (inclusive), YYYY-MM-DD. */
  from?: string;
  /** Last day the code applies (inclusive), YYYY-MM-DD. */
  until?: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CODE = /^[A-Z0-9]+$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

export function isActorCode(value: string): boolean {
  return CODE.test(value);
}

/** Same code and same period. */
export function sameCode(a: ActorCode, b: ActorCode): boolean {
  return a.code === b.code && a.from === b.from && a.until === b.until;
}

/** `USAGOV`, `USAGOV from 2009-01-20`, `USAELI 1978-01-01..2000-01-01`, `USAELI until 2009-01-19`. */
export function describeCode(c: ActorCode): string {
  if (c.from && c.until) return `${c.code} ${c.from}..${c.until}`;
  if (c.from) return `${c.code} from ${c.from}`;
  if (c.until) return `${c.code} until ${c.until}`;
  return c.code;
}

/** Add `code` unless the same code with the same period is there; true when added. */
export function addCode(codes: ActorCode[], code: ActorCode): boolean {
  if (codes.some((c) => sameCode(c, code))) return false;
  codes.push(code);
  return true;
}

function days(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/**
 * The code in force at `date` (YYYY-MM-DD):
 * - among the codes whose period contains the date, the most specific wins: a closed range
 *   (the shortest), else a half-open one (the one whose bound lies nearest the date), else a
 *   code without restriction; ties go to the code listed first;
 * - no code covers the date: null.
 * With `date` null (the event date is unknown): the code without restriction, else the
 * latest code (the one whose period ends last, then starts last).
 */
export function codeAt(entry: { codes: readonly ActorCode[] }, date: string | null): string | null {
  const codes = entry.codes;
  if (codes.length === 0) return null;
  if (date === null) {
    const open = codes.find((c) => !c.from && !c.until);
    if (open) return open.code;
    const latest = [...codes].sort(
      (a, b) => (b.until ?? '9999-12-31').localeCompare(a.until ?? '9999-12-31') || (b.from ?? '').localeCompare(a.from ?? ''),
    );
    return latest[0].code;
  }
  if (!isIsoDate(date)) throw new DyadError('INPUT_INVALID', `a date must be YYYY-MM-DD, got "${date}"`);
  let best: ActorCode | null = null;
  let bestRank = Infinity;
  for (const c of codes) {
    if ((c.from && date < c.from) || (c.until && date > c.until)) continue;
    let rank: number;
    if (c.from && c.until) rank = days(c.until) - days(c.from); // closed: 0 .. ~1e6 days
    else if (c.from) rank = 1e7 + days(date) - days(c.from); // half-open: after every closed range
    else if (c.until) rank = 1e7 + days(c.until) - days(date);
    else rank = 1e9; // no restriction: last resort
    if (rank < bestRank) {
      best = c;
      bestRank = rank;
    }
  }
  return best ? best.code : null;
}
