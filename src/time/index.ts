/**
 * The time stage: date expressions in a sentence, and an event's date, resolved against
 * the article's publication date and corrected for news (weekdays and year-less dates
 * lie in the past unless the tense is future; nothing relative without an article date;
 * never a day where only a month or year is known). Pure: no clock, no I/O.
 */
export type { DateMention, Tense } from './types.ts';
export { findDates } from './find-dates.ts';
export { resolveEventDate } from './resolve.ts';
export type { SentenceContext } from './resolve.ts';
