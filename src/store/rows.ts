/** Conversions between event records and stored rows, shared by the drivers. */
import type { EventRecord } from '../output/record.ts';

/** The record as stored in a mention row: without its sentence (in `sentences`) and coder (in `articles`). */
export function mentionJson(record: EventRecord): string {
  const { sentence: _sentence, coder: _coder, ...rest } = record;
  return JSON.stringify(rest);
}

/** The record back from a mention row, with its sentence and coder, keys in record order. */
export function recordOf(json: string, sentence: string, coder: string): EventRecord {
  const r = JSON.parse(json) as Omit<EventRecord, 'sentence' | 'coder'>;
  return {
    id: r.id,
    article_id: r.article_id,
    published: r.published,
    sentence_index: r.sentence_index,
    sentence,
    mentions: r.mentions,
    sentence_indexes: r.sentence_indexes,
    source: r.source,
    target: r.target,
    cameo: r.cameo,
    root: r.root,
    quad_class: r.quad_class,
    goldstein: r.goldstein,
    plover: r.plover,
    date: r.date,
    date_precision: r.date_precision,
    date_basis: r.date_basis,
    location: r.location,
    negated: r.negated,
    hedged: r.hedged,
    evidence: r.evidence,
    coder,
  };
}

/** The first day a date stands for: 2025-03 -> 2025-03-01, 2025 -> 2025-01-01; null stays null. */
export function dayOf(date: string | null): string | null {
  if (date === null) return null;
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** [low, high) bounds of the codes starting with `prefix` (actor codes are A-Z and 0-9). */
export function prefixRange(prefix: string): [string, string] {
  return [prefix, `${prefix}\u007f`];
}

/** The period a day falls in. */
export function periodOf(day: string, by: 'day' | 'month' | 'year'): string {
  return by === 'day' ? day : by === 'month' ? day.slice(0, 7) : day.slice(0, 4);
}
