/** `dyad ingest` as a user runs it: real processes, worker threads, a SQLite file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/util/paths.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import type { EventRecord } from '../../src/output/record.ts';
import type { StoredEvent } from '../../src/store/types.ts';
import { tempFiles } from './helpers.ts';
import { page } from './pages.ts';

function dyad(args: string[]) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'dyad.js'), ...args], { encoding: 'utf8', cwd: REPO_ROOT });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

async function contents(db: string): Promise<{ events: StoredEvent[]; records: EventRecord[] }> {
  const store = new SqliteStore(db);
  const events: StoredEvent[] = [];
  for await (const e of store.events()) events.push(e);
  const records = (await Promise.all(events.map((e) => store.mentionsOf(e.id)))).flat().sort((a, b) => (a.id < b.id ? -1 : 1));
  await store.close();
  return { events, records };
}

const A1 = ' date 2025-03-12\nPakistan and China signed a trade agreement in Islamabad on Monday. Ghana criticized Togo over new tariffs.\n';
const A2 = ' date 2025-03-13\nChina and Pakistan signed a trade agreement on Monday, officials said. India accused Pakistan of shelling border villages on Tuesday.\n';

test('ingest stores what dyad code prints, one summary line in a pipe, nothing again on a second run', async () => {
  const dir = tempFiles({ 'a1.txt': A1, 'a2.txt': A2, 'p.html': page({ published: '2025-03-14', site: 'Invented Daily' }) });
  const db = join(dir, 'corpus.db');
  const first = dyad(['ingest', dir, '--db', db, '--workers', '2']);
  assert.equal(first.code, 0, first.err);
  assert.equal(first.out, '');
  assert.equal(first.err.split('\n').filter(Boolean).length, 1, first.err);
  assert.ok(!first.err.includes('\r'), 'no progress bar in a pipe');
  assert.match(first.err, /^dyad ingest: 3 articles read, 3 coded \(3 new, 0 changed\), 0 unchanged, \d+ event records stored in [\d.]+ s \([\d.]+ articles\/s, start-up [\d.]+ s, 2 workers\)/);

  const coded = dyad(['code', dir, '--format', 'jsonl']).out.trim().split('\n').map((l) => JSON.parse(l) as EventRecord);
  const stored = await contents(db);
  assert.deepEqual(stored.records, coded.sort((a, b) => (a.id < b.id ? -1 : 1)));
  const signing = stored.events.find((e) => e.sourceCode === 'PAK' && e.targetCode === 'CHN' && e.baseCode === '057');
  assert.deepEqual([signing?.numArticles, signing?.numSources], [2, 2], 'one signing reported by two files');

  const second = dyad(['ingest', dir, '--db', db, '--workers', '1']);
  assert.match(second.err, /3 articles read, 0 coded \(0 new, 0 changed\), 3 unchanged, 0 event records stored/);
  assert.deepEqual(await contents(db), stored);

  writeFileSync(join(dir, 'a2.txt'), ' date 2025-03-13\nIndia accused Pakistan of shelling border villages on Tuesday.\n');
  const third = dyad(['ingest', dir, '--db', db, '--workers', '1']);
  assert.match(third.err, /3 articles read, 1 coded \(0 new, 1 changed\), 2 unchanged/);
  const after = await contents(db);
  const again = after.events.find((e) => e.id === signing?.id);
  assert.deepEqual([again?.numArticles, again?.numSources], [1, 1], 'a2 no longer reports the signing');
});

test('bad input never stops a batch: diagnostics name file and line, good articles are stored', async () => {
  const dir = tempFiles({
    'good.txt': A1,
    'feed.jsonl': '{"id": "ok", "text": "Ghana criticized Togo over new tariffs.", "published": "2025-03-01"}\n{"id": broken\n',
    'binary.txt': Buffer.from([0x50, 0x00, 0x4b, 0x03]),
    'junk.warc.gz': 'not a warc',
  });
  const db = join(dir, 'd.db');
  const run = dyad(['ingest', dir, '--db', db, '--workers', '1']);
  assert.equal(run.code, 0, run.err);
  assert.match(run.err, /feed\.jsonl:2: error: /);
  assert.match(run.err, /binary\.txt: error: /);
  assert.match(run.err, /junk\.warc\.gz(:\d+)?: error: /);
  assert.match(run.err, /2 articles read, 2 coded .* 3 input errors \(skipped\)/);
  const store = new SqliteStore(db);
  assert.equal((await store.stats()).articles, 2);
  await store.close();
});

test('--workers must be a positive whole number', () => {
  const run = dyad(['ingest', 'examples', '--db', join(tempFiles({}), 'x.db'), '--workers', '0']);
  assert.equal(run.code, 2);
  assert.match(run.err, /--workers must be a whole number/);
});
