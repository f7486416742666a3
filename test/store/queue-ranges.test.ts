/**
 * Scale-out by WARC record ranges: `dyad ingest --queue` puts ranges of one big WARC in the
 * queue, two `dyad worker` processes share them, one of them is killed with kill -9 after
 * its first unit; a third takes over. The store then holds what `dyad code` prints for the
 * file, every record once. Needs DYAD_TEST_POSTGRES (.ci/run). Invented pages only.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PostgresStore } from '../../src/store/postgres/store.ts';
import { assertStoredAsCoded, inventedCrawl } from './corpus.ts';
import { DYAD, killWhen, PG_SKIP, PG_URL, pgQuery, schemaUrl } from './helpers.ts';

if (!PG_URL) {
  test('queue: WARC record ranges shared by workers', { skip: PG_SKIP }, () => {});
} else {
  const base = PG_URL;
  const schema = `dyad_ranges_${process.pid}_${Date.now().toString(36)}`;
  const url = schemaUrl(base, schema);
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ranges-'));
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await pgQuery(base, `DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
  });

  test('queue: ranges of one WARC shared by two workers, one killed with kill -9: every record once', async () => {
    await pgQuery(base, `CREATE SCHEMA ${pg.escapeIdentifier(schema)}`);
    const file = join(dir, 'crawl.warc.gz');
    writeFileSync(file, await inventedCrawl(30));

    const queued = spawnSync(process.execPath, [DYAD, 'ingest', '--queue', url, file, '--unit-records', '4'], { encoding: 'utf8' });
    assert.equal(queued.status, 0, queued.stderr);
    assert.match(queued.stderr, /8 of 8 units \(1 files, big ones in ranges\) queued/, '31 records in ranges of 4');
    const q = `${pg.escapeIdentifier(schema)}.ingest_queue`;
    const units = await pgQuery(base, `SELECT range_start, range_end, range_first FROM ${q} ORDER BY range_start`);
    assert.deepEqual(units.map((u) => u.range_first), [1, 5, 9, 13, 17, 21, 25, 29]);
    const again = spawnSync(process.execPath, [DYAD, 'ingest', '--queue', url, file, '--unit-records', '4'], { encoding: 'utf8' });
    assert.match(again.stderr, /0 of 8 units .* queued/, 'queued once');

    // Two workers share the ranges; one is killed once it has finished a unit.
    const other = spawn(process.execPath, [DYAD, 'worker', '--db', url, '--workers', '1', '--lease', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let otherErr = '';
    other.stderr.setEncoding('utf8').on('data', (s: string) => (otherErr += s));
    const otherDone = new Promise<number | null>((resolve) => other.on('exit', resolve));
    const victim = await killWhen(['worker', '--db', url, '--workers', '1', '--lease', '2'], async () => {
      const rows = await pgQuery(base, `SELECT COUNT(*) AS n FROM ${q} WHERE state = 'done'`).catch(() => [{ n: '0' }]);
      return Number(rows[0].n) >= 2;
    });
    assert.ok(victim.reached, victim.stderr);
    assert.equal(await otherDone, 0, otherErr);
    const rescue = spawnSync(process.execPath, [DYAD, 'worker', '--db', url, '--workers', '2', '--lease', '2'], { encoding: 'utf8' });
    assert.equal(rescue.status, 0, rescue.stderr);
    const states = await pgQuery(base, `SELECT state, COUNT(*) AS n FROM ${q} GROUP BY state`);
    assert.deepEqual(states.map((r) => [r.state, Number(r.n)]), [['done', 8]]);

    const store = await PostgresStore.open({ url: base, schema });
    try {
      await assertStoredAsCoded(store, [file], 30);
    } finally {
      await store.close();
    }
  });
}

if (PG_URL) {
  const base = PG_URL;
  const schema = `dyad_oldq_${process.pid}_${Date.now().toString(36)}`;
  after(() => pgQuery(base, `DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`).then(() => undefined));

  test('queue: a queue made before ranges is brought up to date, its units kept', async () => {
    const { WorkQueue } = await import('../../src/store/postgres/queue.ts');
    const s = pg.escapeIdentifier(schema);
    await pgQuery(base, `CREATE SCHEMA ${s}`);
    await pgQuery(base, `CREATE TABLE ${s}.ingest_queue (id BIGSERIAL PRIMARY KEY, path TEXT NOT NULL UNIQUE, state TEXT NOT NULL DEFAULT 'pending',
      attempts INTEGER NOT NULL DEFAULT 0, lease_until TIMESTAMPTZ, worker TEXT, error TEXT, done_at TIMESTAMPTZ)`);
    await pgQuery(base, `INSERT INTO ${s}.ingest_queue (path) VALUES ('/corpus/old.txt'), ('/corpus/big.warc.gz')`);
    const queue = await WorkQueue.open(base, schema);
    try {
      const added = await queue.enqueue([{ path: '/corpus/big.warc.gz', range: { format: 'warc', start: 0, end: 100, first: 1 } }, { path: '/corpus/big.warc.gz', range: { format: 'warc', start: 100, end: 200, first: 5 } }]);
      assert.equal(added, 1, 'the range at 0 is the unit already queued; the other is new');
      const first = await queue.claim('w', 60);
      assert.deepEqual([first?.path, first?.range], ['/corpus/old.txt', undefined]);
      await queue.claim('w', 60);
      const third = await queue.claim('w', 60);
      assert.deepEqual(third?.range, { format: 'warc', start: 100, end: 200, first: 5 });
    } finally {
      await queue.close();
    }
  });
}
