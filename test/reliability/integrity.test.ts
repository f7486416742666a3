/**
 * The store's integrity check (`dyad check`, src/store/integrity.ts), on SQLite and, with
 * DYAD_TEST_POSTGRES, on PostgreSQL: a sound store passes; each kind of damage, made by hand
 * with SQL behind the store's back, fails the check that guards against it and no other.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { PostgresStore } from '../../src/store/postgres/store.ts';
import { INVARIANTS } from '../../src/store/integrity.ts';
import type { EventStore, IntegrityReport } from '../../src/store/types.ts';
import { article } from '../store/records.ts';
import { PG_SKIP, PG_URL, pgQuery, schemaUrl } from '../store/helpers.ts';
import { dyad } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-integrity-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Three invented articles: one event reported by two outlets, one undated, a few alone. */
async function fill(store: EventStore): Promise<void> {
  await store.putArticles([
    article({ id: 'a1', source: 'Wire A', events: [{ source: 'PAK', target: 'CHN', cameo: '036' }, { source: 'GHA', target: 'TGO', cameo: '042', sentence: 1 }] }),
    article({ id: 'a2', published: '2025-03-11', source: 'Wire B', events: [{ source: 'PAK', target: 'CHN', cameo: '036', date: '2025-03-10' }, { source: 'IND', target: 'PAK', cameo: '111', sentence: 2 }] }),
    article({ id: 'a3', published: null, events: [{ source: 'CHN', target: 'PAK', cameo: '043', mentions: 2 }] }),
  ]);
}

/** Names of the checks that failed (errors only). */
const failing = (r: IntegrityReport) => r.checks.filter((c) => c.severity === 'error' && c.problems).map((c) => c.name).sort();
const ENGINE = /^(sqlite|postgres)-/;
const invariantsFailing = (r: IntegrityReport) => failing(r).filter((n) => !ENGINE.test(n));

/** Each kind of damage and the invariants that must catch it (SQL valid on both engines). */
const DAMAGE: Array<{ what: string; sql: string[]; expect: string[]; orphans?: boolean }> = [
  { what: 'an event whose only mention is gone', sql: ["DELETE FROM mentions WHERE cameo = '042'"], expect: ['event-mentions', 'event-representative'] },
  { what: 'a mention whose event is gone', sql: ["DELETE FROM events WHERE base_code = '111'"], expect: ['mention-event'] },
  { what: 'an event count off by one', sql: ["UPDATE events SET num_mentions = num_mentions + 1 WHERE base_code = '036'"], expect: ['event-counts'] },
  { what: 'a source count off by one', sql: ["UPDATE events SET num_sources = 1 WHERE base_code = '036'"], expect: ['event-counts'] },
  {
    what: 'a representative from the later article',
    sql: ["UPDATE events SET rep_article = 'a2', rep_mention = (SELECT id FROM mentions WHERE article_id = 'a2' AND cameo = '036') WHERE base_code = '036'"],
    expect: ['event-representative'],
  },
  { what: 'a representative that is no mention', sql: ["UPDATE events SET rep_mention = 'nothing' WHERE base_code = '042'"], expect: ['event-representative'] },
  { what: 'an event moved to another date', sql: ["UPDATE events SET date = '2025-03-12', day = '2025-03-12' WHERE base_code = '036'"], expect: ['mention-identity'] },
  { what: 'an event turned around', sql: ["UPDATE events SET source_code = 'TGO', target_code = 'GHA' WHERE base_code = '042'"], expect: ['mention-identity'] },
  { what: 'a day that is not the date', sql: ["UPDATE events SET day = '2025-01-01' WHERE base_code = '043'"], expect: ['event-values'] },
  { what: 'a Goldstein score out of range', sql: ["UPDATE events SET goldstein = 12 WHERE base_code = '111'"], expect: ['event-values'] },
  {
    what: 'the same event twice',
    sql: [
      `INSERT INTO events (gid, source_code, target_code, base_code, date, day, negated, cameo, goldstein, quad_class, num_mentions, num_sources, num_articles, rep_article, rep_mention)
       SELECT 42, source_code, target_code, base_code, date, day, negated, cameo, goldstein, quad_class, num_mentions, num_sources, num_articles, rep_article, rep_mention FROM events WHERE base_code = '111'`,
    ],
    expect: ['event-duplicate', 'event-mentions', 'event-representative'],
  },
  {
    what: 'an input record stored twice under two ids',
    sql: ["INSERT INTO articles SELECT 'a1-again', content_hash, coder, published, title, url, source_name, origin_file, origin_line, ingested_at FROM articles WHERE id = 'a1'"],
    expect: ['article-twice'],
  },
  { what: 'lost evidence sentences', sql: ["DELETE FROM sentences WHERE article_id = 'a2'"], expect: ['mention-sentence'] },
  { what: 'a lost actor', sql: ["DELETE FROM actors WHERE code = 'GHA'"], expect: ['mention-actors'] },
  { what: 'a record naming another article', sql: ["UPDATE mentions SET record = replace(record, '\"article_id\":\"a2\"', '\"article_id\":\"a9\"') WHERE article_id = 'a2'"], expect: ['mention-record'] },
  { what: 'a record that is not JSON (the checks that read it cannot run)', sql: ["UPDATE mentions SET record = '{broken' WHERE cameo = '111'"], expect: ['mention-actors', 'mention-identity', 'mention-record'] },
  { what: 'an article deleted without its rows', sql: ["DELETE FROM articles WHERE id = 'a3'"], expect: ['mention-article', 'sentence-article'], orphans: true },
];

test('every invariant is exercised by some damage below', () => {
  const caught = new Set(DAMAGE.flatMap((d) => d.expect));
  assert.deepEqual(INVARIANTS.filter((i) => i.severity === 'error' && !caught.has(i.name)).map((i) => i.name), []);
});

interface Backend {
  /** A fresh, filled store, and a way to run SQL on it behind its back. */
  open(): Promise<{ store: EventStore; damage(sql: string[], orphans: boolean): Promise<void> }>;
}

let files = 0;
const sqlite: Backend = {
  async open() {
    const file = join(dir, `store-${++files}.db`);
    const store = new SqliteStore(file);
    await fill(store);
    return {
      store,
      async damage(sql) {
        const db = new Database(file);
        db.pragma('foreign_keys = OFF');
        for (const s of sql) db.exec(s);
        db.close();
      },
    };
  },
};

const schemas: string[] = [];
const postgres: Backend | null = PG_URL
  ? {
      async open() {
        const base = PG_URL as string;
        const schema = `dyad_integrity_${process.pid}_${Date.now().toString(36)}_${schemas.length}`;
        schemas.push(schema);
        const store = await PostgresStore.open({ url: base, schema });
        await fill(store);
        return {
          store,
          async damage(sql, orphans) {
            const url = schemaUrl(base, schema);
            if (orphans) for (const t of ['mentions', 'sentences']) await pgQuery(url, `ALTER TABLE ${t} DROP CONSTRAINT ${t}_article_id_fkey`);
            for (const s of sql) await pgQuery(url, s);
          },
        };
      },
    }
  : null;
after(async () => {
  if (PG_URL) for (const s of schemas) await pgQuery(PG_URL, `DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(s)} CASCADE`);
});

for (const [name, backend] of [['sqlite', sqlite], ['postgres', postgres]] as const) {
  if (!backend) {
    test(`${name}: integrity check`, { skip: PG_SKIP }, () => {});
    continue;
  }

  test(`${name}: a sound store passes every check`, async () => {
    const { store } = await backend.open();
    const report = await store.integrityCheck();
    await store.close();
    assert.equal(report.ok, true, JSON.stringify(report.checks.filter((c) => c.problems)));
    assert.deepEqual(failing(report), []);
    assert.equal(report.engine, name === 'sqlite' ? 'sqlite' : 'postgresql');
    assert.deepEqual(report.stats, { articles: 3, mentions: 5, events: 4, actors: 5, sentences: 5 });
    const engine = report.checks.filter((c) => ENGINE.test(c.name)).map((c) => c.name);
    assert.deepEqual(engine, name === 'sqlite' ? ['sqlite-integrity', 'sqlite-foreign-keys'] : ['postgres-indexes', 'postgres-constraints', 'postgres-amcheck']);
  });

  for (const d of DAMAGE) {
    test(`${name}: ${d.what} fails ${d.expect.join(', ')}`, async () => {
      const { store, damage } = await backend.open();
      await damage(d.sql, d.orphans ?? false);
      const report = await store.integrityCheck();
      await store.close();
      assert.equal(report.ok, false);
      assert.deepEqual(invariantsFailing(report), [...d.expect].sort());
      for (const c of report.checks.filter((x) => x.problems)) assert.ok(c.examples.length >= 1 && c.examples.length <= 5, c.name);
      if (d.orphans && name === 'sqlite') assert.ok(failing(report).includes('sqlite-foreign-keys'));
    });
  }

  test(`${name}: the same content under two ids from different inputs is a warning, not a failure`, async () => {
    const { store } = await backend.open();
    const twin = article({ id: 'a1-copy', source: 'Wire A', file: 'corpus/a1.txt', events: [] });
    twin.article.text = 'Invented report a1.';
    twin.article.origin = { file: 'elsewhere/a1.jsonl', line: 4 };
    await store.putArticle(twin);
    const report = await store.integrityCheck();
    await store.close();
    assert.equal(report.ok, true);
    const same = report.checks.find((c) => c.name === 'article-same-content');
    assert.equal(same?.problems, 1);
    assert.match(same?.examples[0] ?? '', /articles=2 first_id="a1" last_id="a1-copy"/);
  });
}

/** Changes one digit of a day inside the events_day index page: the table and the index disagree. */
function corruptIndex(file: string): void {
  const db = new Database(file, { readonly: true });
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'events_day'").get() as { rootpage: number };
  const size = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(file);
  const page = bytes.subarray((rootpage - 1) * size, rootpage * size);
  const at = page.toString('latin1').search(/\d{4}-\d{2}-\d{2}/);
  assert.ok(at >= 0, 'a day in the index page');
  page[at + 3] = page[at + 3] === 0x39 ? 0x30 : page[at + 3] + 1;
  writeFileSync(file, bytes);
}

test('dyad check: exit 0 and a report on a sound store; exit 1 naming what is damaged; no store is created', async () => {
  const file = join(dir, 'cli.db');
  const store = new SqliteStore(file);
  await fill(store);
  await store.close(); // the WAL is checkpointed into the file

  const sound = dyad(['check', '--db', file, '--json']);
  assert.equal(sound.code, 0, sound.out + sound.err);
  const report = JSON.parse(sound.out) as IntegrityReport;
  assert.equal(report.ok, true);
  assert.equal(report.checks.length, 16);
  assert.deepEqual(report.stats, { articles: 3, mentions: 5, events: 4, actors: 5, sentences: 5 });

  corruptIndex(file);
  const db = new Database(file);
  db.exec("UPDATE events SET num_articles = 7 WHERE base_code = '036'");
  db.close();
  const damaged = dyad(['check', '--db', file]);
  assert.equal(damaged.code, 1, damaged.out + damaged.err);
  assert.match(damaged.out, /^FAIL {2}sqlite-integrity .*: \d+ found\n +integrity_check="row \d+ missing from index events_day"/m);
  assert.match(damaged.out, /^FAIL {2}event-counts .*: 1 found\n +gid=\d+ num_mentions=2 mentions=2 num_sources=2 sources=2 num_articles=7 articles=2$/m);
  assert.match(damaged.out, /^dyad check: .*cli\.db \(sqlite\): 3 articles, 5 mentions, 4 events, 5 sentences, 5 actors$/m);
  assert.match(damaged.out, /^ok {4}sqlite-foreign-keys {2,}PRAGMA foreign_key_check/m);
  assert.match(damaged.out, /^FAIL {2}event-values /m);
  assert.equal(damaged.out.match(/^FAIL/gm)?.length, 3, 'sqlite-integrity, event-counts, event-values and nothing else');
  assert.match(damaged.out, /\ndyad check: 16 checks, 3 failed: the store is damaged\n$/);

  const missing = join(dir, 'none.db');
  const none = dyad(['check', '--db', missing]);
  assert.equal(none.code, 1);
  assert.match(none.err, /no store at .*none\.db/);
  assert.equal(existsSync(missing), false);
});
