/**
 * Invented corpora for the tests of ingest at scale (work units, queue, workers) and the check
 * they share: the store holds, record for record, what `dyad code` prints for the same files.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { EventRecord } from '../../src/output/record.ts';
import type { EventStore } from '../../src/store/types.ts';
import { page, warc, type WarcSpec } from '../ingest/pages.ts';
import { DYAD } from './helpers.ts';

export const NEWS_SENTENCES = [
  'Freedonia and Sylvania signed a trade agreement on Monday.',
  'Ghana criticized Togo over new tariffs on Tuesday.',
  'India accused Pakistan of shelling border villages on Wednesday.',
  'Kenya and Uganda agreed to reopen their border crossing.',
  'Peru recalled its ambassador from Chile on Thursday.',
  'Norway offered Iceland aid after the eruption.',
];

/** Story `i`: three of the sentences, a different mix for neighbouring stories. */
export function inventedStory(i: number): string {
  return [0, 1, 2].map((k) => NEWS_SENTENCES[(i + 2 * k) % NEWS_SENTENCES.length]).join(' ');
}

export interface CrawlOptions {
  gzip?: boolean;
  /** A request record before every third page, as crawlers write them (default: none). */
  requests?: boolean;
}

/** A WARC of `pages` invented news pages from two outlets over nine days. */
export async function inventedCrawl(pages: number, options: CrawlOptions = {}): Promise<Buffer> {
  const records: WarcSpec[] = [];
  for (let i = 0; i < pages; i++) {
    const url = `https://invented.example/news/${i}`;
    if (options.requests && i % 3 === 0) records.push({ url, type: 'request' });
    const published = `2025-03-${String(10 + (i % 9)).padStart(2, '0')}`;
    records.push({ url, html: page({ title: `Report ${i}`, published, site: i % 2 ? 'Invented Daily' : 'Made-Up Times', paragraphs: [inventedStory(i)] }) });
  }
  return warc(records, options.gzip ?? true);
}

const byId = (a: EventRecord, b: EventRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What `dyad code --format jsonl` prints for `paths`, by record id. */
export function codedRecords(...paths: string[]): EventRecord[] {
  const run = spawnSync(process.execPath, [DYAD, 'code', ...paths, '--format', 'jsonl'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`dyad code failed: ${run.stderr}`);
  return run.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as EventRecord).sort(byId);
}

/** Every record the store holds (each event's mentions), by record id. */
export async function storedRecords(store: EventStore): Promise<EventRecord[]> {
  const records: EventRecord[] = [];
  for await (const e of store.events()) records.push(...(await store.mentionsOf(e.id)));
  return records.sort(byId);
}

/**
 * The store holds `articles` articles and, record for record, what `dyad code` prints for
 * `paths`: none lost, none twice. Gives the coded records.
 */
export async function assertStoredAsCoded(store: EventStore, paths: string[], articles: number): Promise<EventRecord[]> {
  const coded = codedRecords(...paths);
  const stats = await store.stats();
  assert.equal(stats.articles, articles);
  assert.equal(stats.mentions, coded.length, 'no record lost, none twice');
  assert.deepEqual(await storedRecords(store), coded);
  return coded;
}
