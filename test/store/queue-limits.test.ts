/**
 * `dyad worker` on PostgreSQL with `dyad ingest`'s bounds and quarantine: a queued feed with an
 * oversize article, bad records and a long sentence, and a queued text file over the size
 * bound. The worker finishes every unit, writes the quarantine report (file, line, reason),
 * and stores the other articles. Needs DYAD_TEST_POSTGRES (.ci/run). Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuarantineEntry } from '../../src/ingest/quarantine.ts';
import { PostgresStore } from '../../src/store/postgres/store.ts';
import { FEED_LEFT_OUT, FEED_QUARANTINE, FEED_STORED, feed } from '../cli/worker-feed.ts';
import { DYAD, PG_SKIP, PG_URL, pgQuery, scratchSchema } from './helpers.ts';

if (!PG_URL) {
  test('queue: dyad worker bounds and quarantine', { skip: PG_SKIP }, () => {});
} else {
  const base = PG_URL;
  test('queue: dyad worker quarantines the oversize and bad articles of its units, naming file and line, and stores the others', async () => {
    const { schema, url, q, dir } = await scratchSchema(base, 'dyad_qlimits');
    const input = join(dir, 'input');
    const quarantine = join(dir, 'q.jsonl');
    mkdirSync(input);
    writeFileSync(join(input, 'feed.jsonl'), feed());
    writeFileSync(join(input, 'bulletin.txt'), ` date 2025-04-09\n${'Chile and Peru held talks on fishing rights in Lima on Wednesday. '.repeat(40)}\n`);
    writeFileSync(join(input, 'brief.txt'), ' date 2025-04-09\nBolivia thanked Brazil for the new rail link on Wednesday.\n');
    const queued = spawnSync(process.execPath, [DYAD, 'ingest', '--queue', url, input], { encoding: 'utf8' });
    assert.match(queued.stderr, /3 of 3 files queued/);

    const run = spawnSync(process.execPath, [DYAD, 'worker', '--db', url, '--workers', '1', '--max-article-bytes', '1500', '--max-sentence-tokens', '30', '--quarantine', quarantine], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /feed\.jsonl:2: error: article w2-huge has \d+ bytes of text, over --max-article-bytes 1500; skipped \[too-large\]/);
    assert.match(run.stderr, /bulletin\.txt: error: .*--max-article-bytes 1500.* \[too-large\]/);
    assert.match(run.stderr, /dyad worker: 3 units done, 6 articles read, 6 coded, \d+ event records stored, 4 input errors \(skipped\), 5 quarantined in .*q\.jsonl/);

    const entries = readFileSync(quarantine, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as QuarantineEntry);
    const short = entries.map((e) => `${e.code}@${e.file.split('/').pop()}${e.line === null ? '' : `:${e.line}`}`).sort();
    assert.deepEqual(short, [...FEED_QUARANTINE, 'too-large@bulletin.txt'].sort());
    assert.ok(entries.every((e) => e.file.startsWith(input) && e.reason.length > 10), 'each entry names its file, with a reason');

    const states = await pgQuery(base, `SELECT state, COUNT(*) AS n FROM ${q}.ingest_queue GROUP BY state`);
    assert.deepEqual(states.map((r) => [r.state, Number(r.n)]), [['done', 3]]);
    const store = await PostgresStore.open({ url: base, schema });
    try {
      for (const id of [...FEED_STORED, 'brief']) assert.ok(await store.articleState(id), `${id} stored`);
      for (const id of [...FEED_LEFT_OUT, 'bulletin']) assert.equal(await store.articleState(id), null, `${id} not stored`);
      assert.equal((await store.stats()).articles, 6);
    } finally {
      await store.close();
    }
  });
}
