/**
 * The flat event table of `dyad export --format csv|parquet`: one row per deduplicated event,
 * its representative mention's words, actors and evidence, and the GDELT counts. One list of
 * columns, typed, shared by the CSV writer and the Parquet writer.
 */
import { dayOf } from '../rows.ts';
import type { StoredEvent } from '../types.ts';

export type ColumnType = 'VARCHAR' | 'BIGINT' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE';
export type CellValue = string | number | boolean | null;

export interface Column {
  name: string;
  type: ColumnType;
  value: (e: StoredEvent) => CellValue;
  doc: string;
}

export const COLUMNS: readonly Column[] = [
  { name: 'event_id', type: 'VARCHAR', value: (e) => e.id, doc: 'the deduplicated event: 13 hex digits (the GlobalEventID in hex)' },
  { name: 'global_event_id', type: 'BIGINT', value: (e) => e.gid, doc: 'GDELT GlobalEventID' },
  { name: 'date', type: 'VARCHAR', value: (e) => e.date, doc: 'event date as read: YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown' },
  { name: 'date_precision', type: 'VARCHAR', value: (e) => e.record.date_precision, doc: 'day, month or year' },
  { name: 'day', type: 'DATE', value: (e) => dayOf(e.date), doc: 'first day of the event date (2025-03 -> 2025-03-01)' },
  { name: 'source_code', type: 'VARCHAR', value: (e) => e.sourceCode, doc: 'source actor code' },
  { name: 'source_name', type: 'VARCHAR', value: (e) => e.record.source.name, doc: 'source actor name' },
  { name: 'source_country', type: 'VARCHAR', value: (e) => e.record.source.country, doc: 'ISO 3166-1 alpha-3' },
  { name: 'source_sector', type: 'VARCHAR', value: (e) => e.record.source.sector, doc: 'GOV, MIL, REB ...' },
  { name: 'target_code', type: 'VARCHAR', value: (e) => e.targetCode, doc: 'target actor code; empty when none' },
  { name: 'target_name', type: 'VARCHAR', value: (e) => e.record.target?.name ?? null, doc: 'target actor name' },
  { name: 'target_country', type: 'VARCHAR', value: (e) => e.record.target?.country ?? null, doc: 'ISO 3166-1 alpha-3' },
  { name: 'target_sector', type: 'VARCHAR', value: (e) => e.record.target?.sector ?? null, doc: 'GOV, MIL, REB ...' },
  { name: 'cameo', type: 'VARCHAR', value: (e) => e.cameo, doc: 'CAMEO code: the most specific any mention gave' },
  { name: 'base_code', type: 'VARCHAR', value: (e) => e.baseCode, doc: 'CAMEO base code, 3 digits' },
  { name: 'root_code', type: 'VARCHAR', value: (e) => e.cameo.slice(0, 2), doc: 'CAMEO root, 2 digits' },
  { name: 'quad_class', type: 'INTEGER', value: (e) => e.quadClass, doc: '1 verbal cooperation ... 4 material conflict' },
  { name: 'goldstein', type: 'DOUBLE', value: (e) => e.goldstein, doc: 'Goldstein score of the code' },
  { name: 'plover_event', type: 'VARCHAR', value: (e) => e.record.plover.event, doc: 'PLOVER event type of the representative mention' },
  { name: 'plover_mode', type: 'VARCHAR', value: (e) => e.record.plover.mode, doc: 'PLOVER mode' },
  { name: 'plover_context', type: 'VARCHAR', value: (e) => e.record.plover.context.join(';') || null, doc: 'PLOVER contexts, ; separated' },
  { name: 'negated', type: 'BOOLEAN', value: (e) => e.negated, doc: 'only with ingest --keep-negated' },
  { name: 'hedged', type: 'BOOLEAN', value: (e) => e.record.hedged, doc: 'the representative mention hedges it' },
  { name: 'num_mentions', type: 'INTEGER', value: (e) => e.numMentions, doc: 'GDELT NumMentions' },
  { name: 'num_sources', type: 'INTEGER', value: (e) => e.numSources, doc: 'GDELT NumSources' },
  { name: 'num_articles', type: 'INTEGER', value: (e) => e.numArticles, doc: 'GDELT NumArticles' },
  { name: 'article_id', type: 'VARCHAR', value: (e) => e.record.article_id, doc: 'the representative (earliest) article' },
  { name: 'published', type: 'VARCHAR', value: (e) => e.record.published, doc: 'its publication date' },
  { name: 'url', type: 'VARCHAR', value: (e) => e.url, doc: 'its url' },
  { name: 'outlet', type: 'VARCHAR', value: (e) => e.sourceName, doc: 'its outlet, else its input file' },
  { name: 'sentence_index', type: 'INTEGER', value: (e) => e.record.sentence_index, doc: 'the sentence the event was read from' },
  { name: 'sentence', type: 'VARCHAR', value: (e) => e.record.sentence, doc: 'the sentence, as written' },
  { name: 'verb', type: 'VARCHAR', value: (e) => e.record.evidence.verb, doc: 'the words the lexicon entry matched' },
  { name: 'rule', type: 'VARCHAR', value: (e) => e.record.evidence.rule, doc: 'the lexicon entry id' },
  { name: 'coder', type: 'VARCHAR', value: (e) => e.record.coder, doc: 'dyad version and lexicon fingerprint' },
];

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(v: CellValue): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return COLUMNS.map((c) => c.name).join(',');
}

export function csvRow(e: StoredEvent): string {
  return COLUMNS.map((c) => csvField(c.value(e))).join(',');
}
