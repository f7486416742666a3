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
  /** 13 hex digits: the GDELT GlobalEventID written in hex. */
  id: string;
  /** GDELT GlobalEventID: the first 13 hex digits of the key's SHA-1 as an integer (< 2^52, exact in a double). */
  gid: number;
}

export function eventIds(key: string): EventIds {
  const gid = Number.parseInt(createHash('sha1').update(key).digest('hex').slice(0, 13), 16) || 1;
  return { id: eventIdOf(gid), gid };
}

/** The event id of a GlobalEventID, and back. */
export function eventIdOf(gid: number): string {
  return gid.toString(16).padStart(13, '0');
}

export function gidOf(id: string): number {
  return /^[0-9a-f]{13}$/.test(id) ? Number.parseInt(id, 16) : -1;
}

/** What identifies a real-world event, as stored in its row. */
export interface EventIdentity extends EventIds {
  sourceCode: string;
  targetCode: string | null;
  baseCode: string;
  date: string | null;
  negated: boolean;
}

export function eventIdentity(record: EventRecord): EventIdentity {
  return {
    ...eventIds(eventKey(record)),
    sourceCode: record.source.code,
    targetCode: record.target?.code ?? null,
    baseCode: record.cameo.slice(0, 3),
    date: record.date,
    negated: record.negated,
  };
}
