/**
 * Scale-out on PostgreSQL: `dyad ingest --queue` and `dyad worker`. A worker killed with
 * kill -9 mid-run loses nothing and duplicates nothing. Needs DYAD_TEST_POSTGRES (.ci/run).
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PostgresStore } from '../../src/store/postgres/store.ts';
import { assertStoredAsCoded } from './corpus.ts';
import { DYAD, killWhen, PG_SKIP, PG_URL, pgQuery, schemaUrl } from './helpers.ts';

const base = PG_URL;

const SENTENCES = [
  'Pakistan and China signed a trade agreement in Islamabad on Monday.',
  'Ghana criticized Togo over new tariffs on Tuesday.',
  'India accused Pakistan of shelling border villages on Wednesday.',
  'Kenya and Uganda agreed to reopen their border crossing on Thursday.',
  'Turkey condemned the attack on its embassy in Baghdad on Friday.',
  'Brazil and Argentina signed a new energy deal on Saturday.',
];

if (!base) {
  test('queue: kill -9 and at-least-once', { skip: PG_SKIP }, () => {});
} else {
  const schema = `dyad_queue_${process.pid}_${Date.now().toString(36)}`;
  const url = schemaUrl(base, schema);
  const dir = mkdtempSync(join(tmpdir(), 'dyad-queue-'));
  const sql = (text: string) => pgQuery(base, text);
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await sql(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
  });

  test('queue: a worker killed with kill -9 loses nothing and duplicates nothing', async () => {
    await sql(`CREATE SCHEMA ${pg.escapeIdentifier(schema)}`);
    for (let i = 0; i < 8; i++) {
      const text = [0, 1, 2, 3, 4, 5].map((k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ');
      writeFileSync(join(dir, `report-${i}.txt`), ` date 2025-03-${String(10 + i).padStart(2, '0')}\n${text}\n`);
    }
    const queued = spawnSync(process.execPath, [DYAD, 'ingest', '--queue', url, dir], { encoding: 'utf8' });
    assert.match(queued.stderr, /8 of 8 files queued/);

    // The first worker is killed as soon as it has finished a file.
    const q = pg.escapeIdentifier(schema);
    await killWhen(['worker', '--db', url, '--workers', '1', '--lease', '2'], async () => {
      const [{ n }] = await sql(`SELECT COUNT(*) AS n FROM ${q}.ingest_queue WHERE state = 'done'`).catch(() => [{ n: '0' }]);
      return Number(n) >= 1;
    }, 60_000);
    const left = await sql(`SELECT state, COUNT(*) AS n FROM ${q}.ingest_queue GROUP BY state ORDER BY state`);
    assert.ok(left.some((r) => r.state !== 'done'), `work was left when the worker died: ${JSON.stringify(left)}`);

    // A second worker takes over the dead one's expired lease and the rest.
    const rescue = spawnSync(process.execPath, [DYAD, 'worker', '--db', url, '--workers', '1', '--lease', '2'], { encoding: 'utf8' });
    assert.equal(rescue.status, 0, rescue.stderr);
    const states = await sql(`SELECT state, COUNT(*) AS n FROM ${q}.ingest_queue GROUP BY state`);
    assert.deepEqual(states.map((r) => [r.state, Number(r.n)]), [['done', 8]]);

    const store = await PostgresStore.open({ url: base, schema });
    try {
      await assertStoredAsCoded(store, [dir], 8);
    } finally {
      await store.close();
    }
  });
}
