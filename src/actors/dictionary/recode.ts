/**
 * An actor the dictionary coded keeps the code in force at the event's own date, not the
 * article's: "[USAELI 780101-090119] [USAGOV >090120]" codes a 2008 event USAELI even in a 2010
 * report. A month or year date is read at its first day.
 */
import type { CodedEvent, Mention, ResolvedDate } from '../../document/types.ts';
import { SECTORS } from '../lexicon.ts';
import { codeAt } from './codes.ts';

/** The first day of a date at any precision: 2009, 2009-01 -> 2009-01-01. */
function firstDay(date: ResolvedDate): string {
  const [y, m = '01', d = '01'] = date.value.split('-');
  return `${y}-${m}-${d}`;
}

function atDate(m: Mention, date: ResolvedDate, isCountry: (iso3: string) => boolean): Mention {
  if (!m.dictionary) return m;
  const day = firstDay(date);
  const code = codeAt(m.dictionary, day);
  if (code === null || code === m.code) return m;
  const prefix = code.slice(0, 3);
  return {
    ...m,
    code,
    country: isCountry(prefix) ? prefix : m.country,
    sector: SECTORS.has(code.slice(3, 6)) ? code.slice(3, 6) : null,
    evidence: [
      ...m.evidence,
      { stage: 'actors', rule: `dictionary:${m.dictionary.id}`, text: m.text, note: `code in force on the event's date ${day}: ${code} (${m.code} on the article's)` },
    ],
  };
}

/** The event with its dictionary-coded actors re-read at its date (the same object when nothing changes). */
export function recodeAtEventDate(event: CodedEvent, isCountry: (iso3: string) => boolean): CodedEvent {
  if (!event.date || (!event.source.dictionary && !event.target?.dictionary)) return event;
  const source = atDate(event.source, event.date, isCountry);
  const target = event.target && atDate(event.target, event.date, isCountry);
  return source === event.source && target === event.target ? event : { ...event, source, target };
}
