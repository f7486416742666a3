/**
 * `dyad worker` codes a queued unit with `dyad ingest`'s bounds and quarantine: an article over
 * --max-article-bytes or a bad record is quarantined with a reason naming its file and line, a
 * sentence over --max-sentence-tokens is reported, and the unit's other articles are stored.
 * The unit is coded as the worker codes it (codeUnit), into a SQLite store: no PostgreSQL
 * needed (test/store/queue-limits.test.ts runs the whole command on PostgreSQL). Invented text.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../../src/document/types.ts';
import { jsonlRanges } from '../../src/ingest/parts.ts';
import { Quarantine, type QuarantineEntry } from '../../src/ingest/quarantine.ts';
import { CoderPool } from '../../src/cli/ingest-pool.ts';
import { codeUnit, workerSettings } from '../../src/cli/worker.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import type { WorkUnit } from '../../src/store/postgres/queue.ts';
import { tempFiles } from '../ingest/helpers.ts';
import { FEED_LEFT_OUT, FEED_QUARANTINE, FEED_STORED, feed } from './worker-feed.ts';

const settings = workerSettings({ db: 'postgres://nobody@127.0.0.1:1/none', lease: '300', attempts: '3', workers: '1', maxArticleBytes: '1500', maxSentenceTokens: '30' });
const pool = await CoderPool.start(1, settings.coder);
after(() => pool.close());

async function run(unitOf: (path: string) => Promise<WorkUnit>): Promise<{ printed: Diagnostic[]; quarantined: QuarantineEntry[]; store: SqliteStore; read: number; stored: number }> {
  const dir = tempFiles({ 'feed.jsonl': feed() });
  const qPath = join(tempFiles({}), 'q.jsonl');
  const store = new SqliteStore(join(tempFiles({}), 'store.db'));
  const quarantine = new Quarantine(qPath);
  const printed: Diagnostic[] = [];
  const r = await codeUnit(await unitOf(join(dir, 'feed.jsonl')), settings, store, pool, quarantine.reporter((d) => printed.push(d)));
  quarantine.close();
  const quarantined = readFileSync(qPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as QuarantineEntry);
  return { printed, quarantined, store, read: r.read, stored: r.inserted + r.replaced };
}

const short = (q: Array<{ code: string; file: string; line?: number | null }>) => q.map((e) => `${e.code}@${e.file.split('/').pop()}:${e.line}`);

async function check(unitOf: (path: string) => Promise<WorkUnit>): Promise<void> {
  const { printed, quarantined, store, read, stored } = await run(unitOf);
  assert.deepEqual(short(quarantined), FEED_QUARANTINE);
  const [huge, broken, long] = quarantined;
  assert.match(huge.reason, /^article w2-huge has \d+ bytes of text, over --max-article-bytes 1500; skipped$/);
  assert.equal(huge.severity, 'error');
  assert.match(broken.reason, /not JSON/);
  assert.match(long.reason, /^article w5-long: sentence 1 \(\d+ tokens, characters \d+-\d+\) is over --max-sentence-tokens 30; not coded$/);
  assert.equal(quarantined[3].severity, 'error');
  assert.ok(quarantined.every((e) => e.file.endsWith('feed.jsonl')), 'every entry names the file');
  assert.equal(printed.length, quarantined.length, 'printed too, each once');
  assert.equal(read, 5, 'the articles read: not the oversize one, not the bad records');
  assert.equal(stored, 5);
  for (const id of FEED_STORED) assert.ok(await store.articleState(id), `${id} stored`);
  for (const id of FEED_LEFT_OUT) assert.equal(await store.articleState(id), null, `${id} not stored`);
  const stats = await store.stats();
  assert.ok(stats.mentions >= 5, `the stored articles' events: ${stats.mentions}`);
  await store.close();
}

test('worker unit, a whole file: the oversize and bad records are quarantined naming file and line, the others stored', async () => {
  await check(async (path) => ({ id: 1, path, attempts: 1 }));
});

test('worker unit, a line range of the file (a big JSONL is queued in ranges): the same quarantine, the same articles stored', async () => {
  await check(async (path) => {
    const [whole] = await jsonlRanges(path, 1 << 20);
    assert.equal(whole.format, 'jsonl');
    return { id: 2, path, attempts: 1, range: whole };
  });
});
