/**
 * Keys the store derives from its input: the article's content hash (idempotence), the
 * outlet an article counts for (NumSources), and the dedup key of a real-world event.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../document/types.ts';
import type { EventRecord } from '../output/record.ts';

/** SHA-256 of what the coder reads of an article: text, date, title, url and outlet. */
export function contentHash(article: Article): string {
  const parts = [article.text, article.published, article.title ?? null, article.url ?? null, article.source ?? null];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/** The outlet an article counts for in NumSources: its source field, else its input file. */
export function sourceName(article: Article): string {
  const s = article.source?.trim();
  return s ? s : article.origin.file;
}

/**
 * One real-world event: the directed dyad, the CAMEO base code, the event date and the
 * negated flag. An undated event is its article's own: "PAK -> CHN 036, date unknown" in
 * two articles need not be one meeting, so undated events are never merged across articles.
 */
export function eventKey(record: EventRecord): string {
  const date = record.date ?? `undated:${record.article_id}`;
  return [record.source.code, record.target?.code ?? '-', record.cameo.slice(0, 3), date, record.negated ? 'not' : ''].join('|');
}

export interface EventIds {
  id: string;
  gid: number;
}

/** The event id (16 hex digits) and GDELT GlobalEventID (13 hex digits as an integer, < 2^52). */
export function eventIds(key: string): EventIds {
  const hex = createHash('sha1').update(key).digest('hex');
  return { id: hex.slice(0, 16), gid: Number.parseInt(hex.slice(0, 13), 16) || 1 };
}
