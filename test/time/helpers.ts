import { findDates } from '../../src/time/index.ts';
import type { Tense } from '../../src/time/index.ts';

/** [value, precision] of every date in a sentence (sentence at offset 0). */
export function dates(text: string, published: string | null, tense?: Tense): string[][] {
  return findDates(text, 0, published, tense).map((m) => [m.value, m.precision]);
}

/** [text, value, precision, rule] of every date in a sentence. */
export function full(text: string, published: string | null, tense?: Tense): string[][] {
  return findDates(text, 0, published, tense).map((m) => [m.text, m.value, m.precision, m.rule]);
}
