/**
 * Work units of `dyad ingest`: big JSONL files cut into line ranges and WARC files into
 * record ranges read the same items, with the same line and record numbers, as the whole
 * file; `--workers 2` on one WARC (two threads sharing it by ranges) stores what `dyad code`
 * prints. Invented articles only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs, type ReadItem } from '../../src/ingest/index.ts';
import { jsonlRanges, planParts, readPart, type Part } from '../../src/ingest/parts.ts';
import { warcRanges } from '../../src/ingest/warc-ranges.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { tempFiles } from '../ingest/helpers.ts';
import { assertStoredAsCoded, inventedCrawl, inventedStory as story } from '../store/corpus.ts';
import { dyad } from '../store/helpers.ts';

/** A WARC of `n` invented news pages, with a request record before every third page. */
const invented = (n: number, gzip = true) => inventedCrawl(n, { gzip, requests: true });

async function items(source: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of source) out.push(item);
  return out;
}

async function partsOf(path: string, options: Parameters<typeof planParts>[1]): Promise<Part[]> {
  const parts: Part[] = [];
  for await (const item of planParts([path], options)) if (item.kind === 'part') parts.push(item.part);
  return parts;
}

async function byParts(parts: Part[]): Promise<ReadItem[]> {
  return (await Promise.all(parts.map((p) => items(readPart(p))))).flat();
}

test('a JSONL file read by line ranges gives the items and line numbers of the whole file', async () => {
  const lines = [];
  for (let i = 0; i < 60; i++) {
    if (i === 17) lines.push('{"id": broken');
    else if (i === 31) lines.push('');
    else lines.push(JSON.stringify({ id: i % 10 === 4 ? undefined : `n${i}`, text: story(i), published: '2025-03-12' }));
  }
  const dir = tempFiles({ 'feed.jsonl': `${lines.join('\r\n')}\r\n`, 'mac.jsonl': lines.slice(0, 20).join('\r') });
  for (const name of ['feed.jsonl', 'mac.jsonl']) {
    const path = join(dir, name);
    const parts = await partsOf(path, { rangeBytes: 700 });
    // cut after LF only: a file of lone CR line ends stays whole
    assert.ok(name === 'mac.jsonl' ? parts.length === 1 : parts.length > 3, `${name}: ${parts.length} parts`);
    assert.deepEqual(await byParts(parts), await items(readInputs([path])));
  }
  const ranges = await jsonlRanges(join(dir, 'feed.jsonl'), 700);
  assert.ok(ranges.every((r, i) => i === 0 || (r.start === ranges[i - 1].end && r.first > ranges[i - 1].first)));
});

test('a WARC file read by record ranges gives the pages and record numbers of the whole file, gzipped or not', async () => {
  for (const gzip of [true, false]) {
    const dir = tempFiles({ [`crawl.warc${gzip ? '.gz' : ''}`]: await invented(14, gzip) });
    const path = join(dir, `crawl.warc${gzip ? '.gz' : ''}`);
    const ranges = await warcRanges(path, 4);
    assert.equal(ranges.length, 5, '1 warcinfo + 14 pages + 5 requests = 20 records');
    assert.deepEqual(ranges.map((r) => r.first), [1, 5, 9, 13, 17]);
    const parts = await partsOf(path, { rangeRecords: 4 });
    assert.deepEqual(await byParts(parts), await items(readInputs([path])));
  }
});

test('a truncated WARC: the damage is in the last range, reported as when the file is read whole', async () => {
  const dir = tempFiles({ 'cut.warc.gz': await invented(10) });
  const path = join(dir, 'cut.warc.gz');
  truncateSync(path, Math.floor((await invented(10)).length * 0.8));
  const whole = await items(readInputs([path]));
  assert.ok(whole.some((i) => i.kind === 'diagnostic' && i.diagnostic.code === 'bad-warc'));
  assert.deepEqual(await byParts(await partsOf(path, { rangeRecords: 3 })), whole);
});

test('a WARC that is one gzip stream cannot be cut: one range', async () => {
  const { gzipSync } = await import('node:zlib');
  const dir = tempFiles({ 'one.warc.gz': gzipSync(await invented(6, false)) });
  const path = join(dir, 'one.warc.gz');
  assert.equal((await warcRanges(path, 2)).length, 1);
  assert.deepEqual(await byParts(await partsOf(path, { rangeRecords: 2 })), await items(readInputs([path])));
});

test('dyad ingest --workers 2 shares one WARC by record ranges: the store holds what dyad code prints, once', async () => {
  const dir = tempFiles({ 'crawl.warc.gz': await invented(16) });
  const path = join(dir, 'crawl.warc.gz');
  const db = join(dir, 'w.db');
  const run = dyad(['ingest', path, '--db', db, '--workers', '2', '--unit-records', '3']);
  assert.equal(run.code, 0, run.err);
  assert.match(run.err, /16 articles read, 16 coded \(16 new, 0 changed\), 0 unchanged/);
  const store = new SqliteStore(db);
  try {
    const coded = await assertStoredAsCoded(store, [path], 16);
    assert.ok(coded.length > 16);
  } finally {
    await store.close();
  }
  const again = dyad(['ingest', path, '--db', db, '--workers', '2', '--unit-records', '5']);
  assert.match(again.err, /16 articles read, 0 coded \(0 new, 0 changed\), 16 unchanged, 0 event records stored/);
});

test('dyad ingest: a repeated id across units is one warning and ends as its last copy', async () => {
  const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i === 33 ? 'n2' : `n${i}`, text: story(i), published: '2025-03-12' }));
  const dir = tempFiles({ 'feed.jsonl': `${lines.join('\n')}\n` });
  writeFileSync(join(dir, 'more.jsonl'), `${JSON.stringify({ id: 'n5', text: story(5), published: '2025-03-12' })}\n`);
  const db = join(dir, 'd.db');
  const run = dyad(['ingest', dir, '--db', db, '--workers', '2']);
  assert.equal(run.code, 0, run.err);
  assert.equal(run.err.match(/duplicate article id/g)?.length, 2, run.err);
  assert.match(run.err, /feed\.jsonl:34: warning: duplicate article id "n2" \(first in .*feed\.jsonl:3\)/);
  assert.match(run.err, /more\.jsonl:1: warning: duplicate article id "n5" \(first in .*feed\.jsonl:6\)/);
  const store = new SqliteStore(db);
  const n2 = await store.article('n2');
  await store.close();
  assert.ok(n2?.sentences.some((s) => story(33).includes(s.text)), 'n2 is the copy of line 34');
});

test('a big CSV file (not cut: a record may span lines) is read on the main thread and coded by both workers', async () => {
  const { ingest } = await import('../../src/cli/ingest-run.ts');
  const rows = Array.from({ length: 12 }, (_, i) => `c${i},2025-03-1${i % 9},"${story(i)}${i === 4 ? '\nA second line of the same record.' : ''}"`);
  const dir = tempFiles({ 'feed.csv': `id,date,text\n${rows.join('\n')}\n`, 'note.txt': ` date 2025-03-12\n${story(3)}\n` });
  const store = new SqliteStore(join(dir, 'c.db'));
  const diagnostics: string[] = [];
  try {
    const result = await ingest({ paths: [dir], store, workers: 2, rangeBytes: 200, onDiagnostic: (d) => diagnostics.push(d.message) });
    assert.deepEqual(diagnostics, []);
    assert.deepEqual([result.read, result.inserted], [13, 13]);
    assert.match((await store.article('c4'))?.sentences.map((s) => s.text).join(' ') ?? '', /Ghana|Freedonia|India|Kenya|Peru|Norway/);
  } finally {
    await store.close();
  }
});
