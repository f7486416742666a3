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

/**
 * Deduplicated events with their representative mention's record, sentence and article: the
 * same SQL on SQLite and PostgreSQL (`e` is the events table, for the WHERE clauses after it).
 */
export const EVENT_SELECT = `
  SELECT e.gid, e.source_code, e.target_code, e.base_code, e.date, e.negated, e.cameo, e.goldstein, e.quad_class,
         e.num_mentions, e.num_sources, e.num_articles, m.record, s.text AS sentence, a.coder, a.url, a.source_name
  FROM events e
  JOIN mentions m ON m.article_id = e.rep_article AND m.id = e.rep_mention
  JOIN articles a ON a.id = m.article_id
  JOIN sentences s ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index`;

/**
 * A mention with what the dedup aggregate reads of it (aggregate.ts MentionRow), the same SQL on
 * SQLite and PostgreSQL (aliases quoted: PostgreSQL folds unquoted names to lower case); a WHERE
 * on `m` follows.
 */
export const MENTION_ROW_SELECT = `
  SELECT m.id, m.article_id AS "articleId", a.published, a.source_name AS "sourceName", m.sentence_index AS "sentenceIndex",
         m.mentions, m.cameo, m.goldstein, m.quad_class AS "quadClass"
  FROM mentions m JOIN articles a ON a.id = m.article_id`;

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
