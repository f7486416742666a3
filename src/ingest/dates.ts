/**
 * Publication dates: YYYY-MM-DD, ISO timestamps (date part as written, no
 * time-zone shift), YYYY/MM/DD and YYYYMMDD, validated as calendar dates.
 */
import type { Diagnostic } from '../document/types.ts';

export type DateResult = { kind: 'none' } | { kind: 'ok'; date: string } | { kind: 'bad'; raw: string };

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]);
}

/** Reads a date value from any input field. Absent/empty values are 'none'. */
export function parseDate(value: unknown): DateResult {
  if (value === undefined || value === null) return { kind: 'none' };
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string') return { kind: 'bad', raw: JSON.stringify(value) ?? String(value) };
  const s = value.trim();
  if (!s) return { kind: 'none' };
  const m = ISO.exec(s) ?? SLASH.exec(s) ?? COMPACT.exec(s);
  if (!m) return { kind: 'bad', raw: s };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isCalendarDate(y, mo, d)) return { kind: 'bad', raw: s };
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 60)) {
    return { kind: 'bad', raw: s };
  }
  return { kind: 'ok', date: `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** Normalised date string, or null for absent or unreadable values. */
export function normaliseDate(value: unknown): string | null {
  const r = parseDate(value);
  return r.kind === 'ok' ? r.date : null;
}

/**
 * A record's published date: its own if readable, else `fallback`; an
 * unreadable value also yields a warning diagnostic.
 */
export function resolvePublished(
  value: unknown,
  fallback: string | null,
  file: string,
  line?: number,
): { published: string | null; warning?: Diagnostic } {
  const r = parseDate(value);
  if (r.kind === 'ok') return { published: r.date };
  if (r.kind === 'none') return { published: fallback };
  const shown = r.raw.length > 40 ? `${r.raw.slice(0, 40)}...` : r.raw;
  const warning: Diagnostic = {
    severity: 'warning',
    file,
    code: 'bad-date',
    message: `unreadable date ${JSON.stringify(shown)}; using ${fallback ?? 'no date'}`,
  };
  if (line !== undefined) warning.line = line;
  return { published: fallback, warning };
}
