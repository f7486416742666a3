/**
 * Crash safety (issue 8, item 3): `dyad ingest` killed with kill -9 in the middle of a corpus,
 * twice, then run again to the end, leaves the same store as one clean run: every article
 * once, no event lost or doubled, the same counts, and the integrity check passes. On SQLite
 * always; on PostgreSQL when DYAD_TEST_POSTGRES is set (each store in its own schema).
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { PostgresStore } from '../../src/store/postgres/store.ts';
import type { EventStore } from '../../src/store/types.ts';
import { DYAD, killWhen, PG_SKIP, PG_URL, pgQuery, schemaUrl } from '../store/helpers.ts';

const ARTICLES = 360;

/** Invented sentences; the same sentence under the same date in two articles is one event. */
const SENTENCES = [
  'Freedonia and Sylvania signed a trade agreement on Monday.',
  'Ghana criticized Togo over new tariffs on Tuesday.',
  'India accused Pakistan of shelling border villages on Wednesday.',
  'Kenya and Uganda agreed to reopen their border crossing.',
  'Turkey condemned the attack on its embassy in Baghdad on Friday.',
  'Brazil hosted talks with Argentina on energy prices.',
  'Egypt praised Jordan for its help with the refugees.',
  'Peru recalled its ambassador from Chile on Thursday.',
  'Vietnam protested to China over a fishing boat seized near the islands.',
  'Norway offered Iceland aid after the eruption.',
  'Senegal and Mali held talks on border security on Sunday.',
  'Canada imposed sanctions on Belarus over the crackdown.',
];

const dir = mkdtempSync(join(tmpdir(), 'dyad-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** ARTICLES small articles of four sentences; one in seven without a date (its events are its own). */
function corpus(): string {
  const root = join(dir, 'corpus');
  mkdirSync(root);
  for (let i = 0; i < ARTICLES; i++) {
    const text = [0, 1, 2, 3].map((k) => SENTENCES[(i * 5 + k * 7) % SENTENCES.length]).join(' ');
    const date = i % 7 === 3 ? '' : ` date 2025-03-${String(1 + (i % 9)).padStart(2, '0')}\n`;
    writeFileSync(join(root, `report-${String(i).padStart(4, '0')}.txt`), `${date}${text}\n`);
  }
  return root;
}
const CORPUS = corpus();

function ingest(db: string) {
  const run = spawnSync(process.execPath, [DYAD, 'ingest', CORPUS, '--db', db, '--workers', '1'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stderr;
}

/** Everything the store says about its contents, in a stable order. */
async function contents(store: EventStore) {
  const events = [];
  for await (const e of store.events()) events.push({ ...e, mentions: await store.mentionsOf(e.id) });
  const articles = await Promise.all(Array.from({ length: ARTICLES }, (_, i) => store.article(`report-${String(i).padStart(4, '0')}`)));
  return { stats: await store.stats(), events, articles };
}

interface Backend {
  /** A new empty store: its --db value, how to count its articles from outside, how to open it. */
  fresh(): Promise<{ db: string; count(): Promise<number>; open(): Promise<EventStore> }>;
}

let files = 0;
const sqlite: Backend = {
  async fresh() {
    const db = join(dir, `store-${++files}.db`);
    return {
      db,
      async count() {
        const conn = new Database(db, { readonly: true, fileMustExist: true });
        try {
          return (conn.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
        } finally {
          conn.close();
        }
      },
      open: async () => new SqliteStore(db),
    };
  },
};

const schemas: string[] = [];
const postgres: Backend | null = PG_URL
  ? {
      async fresh() {
        const base = PG_URL as string;
        const schema = `dyad_crash_${process.pid}_${Date.now().toString(36)}_${schemas.length}`;
        schemas.push(schema);
        await pgQuery(base, `CREATE SCHEMA ${pg.escapeIdentifier(schema)}`);
        const db = schemaUrl(base, schema);
        return {
          db,
          count: async () => Number((await pgQuery(db, 'SELECT COUNT(*) AS n FROM articles'))[0].n),
          open: () => PostgresStore.open({ url: base, schema }),
        };
      },
    }
  : null;
after(async () => {
  if (PG_URL) for (const s of schemas) await pgQuery(PG_URL, `DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(s)} CASCADE`);
});

for (const [name, backend] of [['sqlite', sqlite], ['postgres', postgres]] as const) {
  if (!backend) {
    test(`${name}: kill -9 during dyad ingest`, { skip: PG_SKIP }, () => {});
    continue;
  }
  test(`${name}: dyad ingest killed with kill -9 twice, then run again: the store of one clean run`, async () => {
    // the reference: one run, never interrupted
    const clean = await backend.fresh();
    assert.match(ingest(clean.db), new RegExp(`${ARTICLES} articles read, ${ARTICLES} coded \\(${ARTICLES} new`));
    const reference = await clean.open();
    const expected = await contents(reference);
    const report = await reference.integrityCheck();
    await reference.close();
    assert.equal(report.ok, true);
    assert.equal(expected.stats.articles, ARTICLES);
    assert.ok(expected.events.some((e) => e.numArticles > 1), 'the corpus has events reported by several articles');

    // killed once some articles are stored, then killed again further on
    const crashed = await backend.fresh();
    const count = () => crashed.count().catch(() => 0);
    const args = ['ingest', CORPUS, '--db', crashed.db, '--workers', '1'];
    const first = await killWhen(args, async () => (await count()) >= 1);
    const afterFirst = await count();
    const second = await killWhen(args, async () => (await count()) >= afterFirst + 32);
    const afterSecond = await count();
    assert.ok(first.killed && first.reached && second.killed && second.reached, `both runs were killed mid-way: ${first.stderr} ${second.stderr}`);
    assert.ok(afterFirst >= 1 && afterSecond > afterFirst && afterSecond < ARTICLES, `stored when killed: ${afterFirst}, then ${afterSecond} of ${ARTICLES}`);

    // run again to the end: what was stored is skipped, the rest coded
    const resumed = ingest(crashed.db);
    assert.match(resumed, new RegExp(`${ARTICLES} articles read, ${ARTICLES - afterSecond} coded \\(${ARTICLES - afterSecond} new, 0 changed\\), ${afterSecond} unchanged`));

    const store = await crashed.open();
    const actual = await contents(store);
    const check = await store.integrityCheck();
    await store.close();
    assert.equal(check.ok, true, JSON.stringify(check.checks.filter((c) => c.problems)));
    assert.deepEqual(actual.stats, expected.stats, 'every article once, every event and record once');
    assert.deepEqual(actual.events, expected.events, 'the same events, counts, representatives and mentions');
    assert.deepEqual(actual.articles, expected.articles);
  });
}
