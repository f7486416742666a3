/**
 * A date told as an offset from another dated event of the same sentence: "a week after the
 * U.S. signed the accord on March 3" is March 10; "two days before the May 9 vote" is May 7.
 * The offset phrase takes the first date read after it (within 120 characters) as its anchor;
 * without one it cannot be resolved and nothing is added. The anchor stays a date of its own.
 * Precision stays honest: days and weeks move a day; months move a day or month to a month;
 * years move anything to a year. A week from a month is not known, so it is not read.
 */
import { addDays, addMonths, fmtDay, fmtMonth, fmtYear } from './calendar.ts';
import type { Candidate } from './types.ts';

const NUMBER: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const OFFSET = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+(after|before)\b/gi;
const REACH = 120;

function shift(anchor: Candidate, n: number, unit: string): Pick<Candidate, 'value' | 'precision'> | null {
  const [y, m, d] = anchor.value.split('-').map(Number);
  if (unit === 'year') return { value: fmtYear(y + n), precision: 'year' };
  if (unit === 'month') {
    if (anchor.precision === 'year') return null;
    return { value: fmtMonth(addMonths(y, m, n)), precision: 'month' };
  }
  if (anchor.precision !== 'day') return null;
  return { value: fmtDay(addDays({ y, m, d }, unit === 'week' ? 7 * n : n)), precision: 'day' };
}

/**
 * The candidates plus one for each offset phrase whose anchor date follows it. The offset spans
 * its own words only ("a week after"): the anchor stays, as the date of the anchor event's verb.
 */
export function applyEventOffsets(text: string, cands: readonly Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  const marked = new Map<number, { start: number; end: number }>();
  OFFSET.lastIndex = 0;
  let mt: RegExpExecArray | null;
  while ((mt = OFFSET.exec(text))) {
    const end = mt.index + mt[0].length;
    if (cands.some((c) => c.start < end && c.end > mt!.index)) continue;
    const at = cands.findIndex((c) => c.start >= end && c.start - end <= REACH);
    if (at < 0) continue;
    const anchor = cands[at];
    const word = mt[1].toLowerCase();
    const n = (NUMBER[word] ?? Number(word)) * (mt[3].toLowerCase() === 'before' ? -1 : 1);
    const moved = shift(anchor, n, mt[2].toLowerCase());
    if (!moved) continue;
    added.push({ start: mt.index, end, ...moved, rule: `offset.${mt[3].toLowerCase()}(${anchor.rule})` });
    marked.set(at, { start: mt.index, end });
  }
  if (!added.length) return [...cands];
  const anchors = cands.map((c, i) => (marked.has(i) ? { ...c, anchorFor: marked.get(i) } : c));
  return [...anchors, ...added].sort((a, b) => a.start - b.start);
}
