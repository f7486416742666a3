/**
 * Figures for docs/STORE.md: the time of a dyad series query and of the country pairs over N
 * stored events (default 1,000,000), generated straight into the events table of a fresh store
 * (random dyads among 40 countries, days over ten years, codes over the 20 roots). Not a test:
 * run by hand,
 *
 *   node --import tsx test/store/bench-series.ts [/tmp/series.db | postgres://...] [N] [--records]
 *
 * `--records` (SQLite only) also writes each event's representative mention, its evidence
 * sentence and an article per 100 events, so the routes that read event records (/events,
 * /network) see every event too; without it they see none.
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import pg from 'pg';
import { isPostgresUrl, openStore } from '../../src/store/open.ts';
import type { EventRecord } from '../../src/output/record.ts';
import { mentionJson } from '../../src/store/rows.ts';
import type { EventStore, PairQuery, SeriesQuery } from '../../src/store/types.ts';

const CODER = 'dyad bench lex:000000';

const args = process.argv.slice(2).filter((a) => a !== '--records');
const withRecords = process.argv.includes('--records');
const target = args[0] ?? '/tmp/dyad-series.db';
const n = Number(args[1] ?? 1_000_000);
if (withRecords && isPostgresUrl(target)) throw new Error('--records is for SQLite stores only');
const COUNTRIES = 'PAK CHN IND AFG IRN USA RUS GBR FRA DEU TUR SAU ISR EGY NGA GHA TGO KEN ETH ZAF BRA ARG MEX COL VEN JPN KOR PRK IDN MYS PHL VNM THA AUS UKR POL SYR IRQ YEM SDN'.split(' ');

/** A small deterministic generator, so every run stores the same events. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function day(r: () => number): string {
  const t = Date.UTC(2015, 0, 1) + Math.floor(r() * 3652) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

async function generate(): Promise<void> {
  const r = rng(42);
  const row = (gid: number) => {
    const s = COUNTRIES[Math.floor(r() * COUNTRIES.length)];
    const t = COUNTRIES[Math.floor(r() * COUNTRIES.length)];
    const root = 1 + Math.floor(r() * 20);
    const d = day(r);
    return [gid, s + (r() < 0.5 ? 'GOV' : ''), t, `${String(root).padStart(2, '0')}0`, d, d, root < 10 ? 1 : 4, root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4, Math.round((r() * 20 - 10) * 10) / 10, 1 + Math.floor(r() * 5)];
  };
  if (isPostgresUrl(target)) {
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    await client.query('TRUNCATE events');
    for (let start = 0; start < n; start += 10_000) {
      const rows = Array.from({ length: Math.min(10_000, n - start) }, (_, i) => row(start + i + 1));
      const col = (k: number) => rows.map((x) => x[k]);
      await client.query(
        `INSERT INTO events (gid, source_code, target_code, base_code, date, day, negated, cameo, goldstein, quad_class, num_mentions, num_sources, num_articles, rep_article, rep_mention)
         SELECT g, s, t, b, d, d, false, b, gs, q, m, 1, 1, 'generated', 'generated'
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::float8[], $8::int[]) AS x(g, s, t, b, d, q, gs, m)`,
        [col(0), col(1), col(2), col(3), col(4), col(7), col(8), col(9)],
      );
    }
    await client.query('ANALYZE events');
    await client.end();
    return;
  }
  const db = new Database(target);
  const insert = db.prepare(
    `INSERT INTO events (gid, source_code, target_code, base_code, date, day, negated, cameo, goldstein, quad_class, num_mentions, num_sources, num_articles, rep_article, rep_mention)
     VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, 1, 1, ?, ?)`,
  );
  const records = withRecords ? recordWriter(db) : null;
  db.transaction(() => {
    for (let i = 1; i <= n; i++) {
      const x = row(i) as [number, string, string, string, string, string, number, number, number, number];
      const [article, mention] = records ? records(i, x) : ['generated', 'generated'];
      insert.run(x[0], x[1], x[2], x[3], x[4], x[5], x[3], x[8], x[7], x[9], article, mention);
    }
  })();
  db.exec('ANALYZE');
  db.close();
}

/**
 * Writes the representative mention of generated event `i` (an article per 100 events, one
 * evidence sentence each), and gives its article and mention ids.
 */
function recordWriter(db: Database.Database): (i: number, x: [number, string, string, string, string, string, number, number, number, number]) => [string, string] {
  const article = db.prepare(`INSERT INTO articles (id, content_hash, coder, published, title, url, source_name, origin_file, origin_line, ingested_at) VALUES (?, ?, ?, ?, NULL, NULL, 'Generated Wire', 'generated', ?, '2026-01-01')`);
  const actor = db.prepare('INSERT OR IGNORE INTO actors (code, name, country, sector) VALUES (?, ?, ?, ?)');
  const sentence = db.prepare('INSERT INTO sentences (article_id, sentence_index, text) VALUES (?, ?, ?)');
  const mention = db.prepare('INSERT INTO mentions (article_id, id, event_gid, sentence_index, mentions, cameo, goldstein, quad_class, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const side = (code: string) => ({ text: code.slice(0, 3), code, name: code.slice(0, 3), country: code.slice(0, 3), sector: code.length > 3 ? code.slice(3) : null });
  return (i, [gid, source, targetCode, cameo, date, , , quad, goldstein, mentions]) => {
    const articleId = `generated-${Math.floor((i - 1) / 100)}`;
    const index = (i - 1) % 100;
    const id = gid.toString(16).padStart(16, '0');
    if (index === 0) article.run(articleId, `generated-${i}`, CODER, date, i);
    const text = `${source} and ${targetCode} (${cameo}), generated event ${i}.`;
    sentence.run(articleId, index, text);
    const record: EventRecord = {
      id, article_id: articleId, published: date, sentence_index: index, sentence: text, mentions, sentence_indexes: [index],
      source: side(source), target: side(targetCode), cameo, root: cameo.slice(0, 2), quad_class: quad as EventRecord['quad_class'], goldstein,
      plover: { event: null, mode: null, context: [] }, date, date_precision: 'day', date_basis: 'text', location: null,
      negated: false, hedged: false, evidence: { verb: 'generated', rule: 'generated', reporter: null }, coder: CODER,
    };
    mention.run(articleId, id, gid, index, mentions, cameo, goldstein, quad, mentionJson(record));
    for (const a of [record.source, record.target]) if (a) actor.run(a.code, a.name, a.country, a.sector);
    return [articleId, id];
  };
}

/** Median and fastest of 5 runs of `run`, which says what it got ("119 periods"). */
async function time(label: string, run: (store: EventStore) => Promise<string>): Promise<void> {
  const store = await openStore(target);
  const runs: number[] = [];
  let got = '';
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    got = await run(store);
    runs.push(performance.now() - t);
  }
  await store.close();
  runs.sort((a, b) => a - b);
  console.log(`${label}: median ${runs[2].toFixed(1)} ms (min ${runs[0].toFixed(1)}, ${got})`);
}

const series = (query: SeriesQuery) => async (store: EventStore) => `${(await store.series(query)).length} periods`;
const pairs = (query: PairQuery) => async (store: EventStore) => `${(await store.countryPairs(query)).length} pairs`;

if (!isPostgresUrl(target)) rmSync(target, { force: true });
await (await openStore(target)).close(); // creates the schema
const t0 = performance.now();
await generate();
console.log(`${n} events generated in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${target.replace(/:[^:@/]*@/, ':***@')}`);
await time('series PAK-CHN by month', series({ source: 'PAK', target: 'CHN', by: 'month' }));
await time('series PAK-CHN by day, 2020', series({ source: 'PAK', target: 'CHN', from: '2020-01-01', to: '2020-12-31', by: 'day' }));
await time('series all events by year', series({ by: 'year' }));
await time('country pairs, all events', pairs({}));
await time('country pairs, 2020', pairs({ from: '2020-01-01', to: '2020-12-31' }));
