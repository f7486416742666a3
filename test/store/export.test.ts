/** `dyad export`: GDELT 2.0 rows, CSV, PLOVER JSONL and Parquet from a store. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DuckDBInstance } from '@duckdb/node-api';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { GDELT_COLUMNS, gdeltRow } from '../../src/store/export/gdelt.ts';
import { COLUMNS } from '../../src/store/export/columns.ts';
import type { StoredEvent } from '../../src/store/types.ts';
import { dyad } from './helpers.ts';
import { article } from './records.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-export-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'events.db');

const QUOTED = 'Pakistan and China, officials said, "signed" the accord.';

async function build(): Promise<StoredEvent[]> {
  const store = new SqliteStore(db);
  await store.putArticles([
    article({ id: 'a1', source: 'Daily Invented', url: 'https://invented.example/a1', published: '2025-03-10', events: [{ source: 'PAKGOV', target: 'CHN', cameo: '057', date: '2025-03-10', text: QUOTED, mentions: 2 }] }),
    article({ id: 'a2', source: 'Evening Made-Up', published: '2025-03-11', events: [{ source: 'PAKGOV', target: 'CHN', cameo: '057', date: '2025-03-10', sentence: 4 }, { source: 'IND', target: 'PAK', cameo: '010', date: '2025-04', sentence: 5 }] }),
    article({ id: 'a3', published: null, events: [{ source: 'GHA', target: null, cameo: '172', date: null }] }),
  ]);
  const events: StoredEvent[] = [];
  for await (const e of store.events()) events.push(e);
  await store.close();
  return events;
}
const built = build();

test('a GDELT 2.0 row has the 61 columns, in GDELT order', async () => {
  const [signing] = (await built).filter((e) => e.baseCode === '057');
  assert.equal(GDELT_COLUMNS.length, 61);
  const row = Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, gdeltRow(signing)[i]]));
  assert.equal(gdeltRow(signing).length, 61);
  assert.deepEqual(
    [row.GlobalEventID, row.Day, row.MonthYear, row.Year, row.FractionDate],
    [String(signing.gid), '20250310', '202503', '2025', '2025.1863'],
  );
  assert.deepEqual([row.Actor1Code, row.Actor1Name, row.Actor1CountryCode, row.Actor1Type1Code], ['PAKGOV', 'PAKISTAN', 'PAK', 'GOV']);
  assert.deepEqual([row.Actor2Code, row.Actor2CountryCode, row.Actor2Type1Code], ['CHN', 'CHN', '']);
  assert.deepEqual([row.IsRootEvent, row.EventCode, row.EventBaseCode, row.EventRootCode, row.QuadClass, row.GoldsteinScale], ['1', '057', '057', '05', '1', '8.0']);
  assert.deepEqual([row.NumMentions, row.NumSources, row.NumArticles, row.AvgTone], ['3', '2', '2', '']);
  assert.deepEqual([row.DATEADDED, row.SOURCEURL], ['20250310000000', 'https://invented.example/a1']);
});

test('an undated event takes no invented day; an event without a target leaves Actor2 empty', async () => {
  const undated = (await built).find((e) => e.sourceCode === 'GHA') as StoredEvent;
  const row = Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, gdeltRow(undated)[i]]));
  assert.deepEqual([row.Day, row.FractionDate, row.Actor2Code, row.DATEADDED, row.SOURCEURL], ['', '', '', '', 'a3']);
});

test('export --format gdelt prints tab-separated rows, no header; --dyad and dates filter', () => {
  const all = dyad(['export', '--db', db, '--format', 'gdelt']);
  assert.equal(all.code, 0, all.err);
  const rows = all.out.trim().split('\n').map((l) => l.split('\t'));
  assert.equal(rows.length, 3);
  assert.ok(rows.every((r) => r.length === 61));
  const pak = dyad(['export', '--db', db, '--format', 'gdelt', '--dyad', 'PAK-CHN']).out.trim().split('\n');
  assert.equal(pak.length, 1);
  const april = dyad(['export', '--db', db, '--format', 'gdelt', '--from', '2025-04-01', '--to', '2025-04-30']).out.trim().split('\n');
  assert.deepEqual(april.map((l) => l.split('\t')[5]), ['IND']);
  assert.match(dyad(['export', '--db', db, '--dyad', '-']).err, /--dyad must be SOURCE-TARGET/);
});

test('export --format csv quotes what needs quoting and reads back', () => {
  const run = dyad(['export', '--db', db, '--format', 'csv']);
  const rows = parse(run.out, { columns: true }) as Array<Record<string, string>>;
  assert.deepEqual(Object.keys(rows[0]), COLUMNS.map((c) => c.name));
  const signing = rows.find((r) => r.base_code === '057');
  assert.equal(signing?.sentence, QUOTED);
  assert.deepEqual([signing?.num_mentions, signing?.num_sources, signing?.num_articles, signing?.outlet], ['3', '2', '2', 'Daily Invented']);
  assert.match(run.err, /^dyad export: 3 events\n$/);
});

test('export --format plover leaves out events PLOVER has no type for, and says so', () => {
  const run = dyad(['export', '--db', db, '--format', 'plover']);
  const records = run.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(records.length, 2, 'the 010 statement has no PLOVER type');
  assert.deepEqual(Object.keys(records[0]).slice(-4), ['event_id', 'num_mentions', 'num_sources', 'num_articles']);
  assert.ok(records.every((r) => typeof r.event_type === 'string'));
  assert.match(run.err, /2 events, 1 without a PLOVER type left out/);
});

test('export --format parquet writes typed columns DuckDB reads back', async () => {
  const file = join(dir, 'events.parquet');
  assert.match(dyad(['export', '--db', db, '--format', 'parquet']).err, /needs --output/);
  const run = dyad(['export', '--db', db, '--format', 'parquet', '--output', file, '--dyad', 'PAK-']);
  assert.equal(run.code, 0, run.err);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const types = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM '${file}'`)).getRows().map((r) => `${r[0]}:${r[1]}`);
  const rows = (await connection.runAndReadAll(`SELECT source_code, CAST(day AS VARCHAR) AS day, num_articles, goldstein FROM '${file}'`)).getRowObjects();
  connection.closeSync();
  instance.closeSync();
  assert.ok(types.includes('day:DATE') && types.includes('num_articles:INTEGER') && types.includes('global_event_id:BIGINT'), types.join(' '));
  assert.deepEqual(rows, [{ source_code: 'PAKGOV', day: '2025-03-10', num_articles: 2, goldstein: 8 }]);
});

test('export from a missing store is an error, not a new empty file', () => {
  const run = dyad(['export', '--db', join(dir, 'nothing.db')]);
  assert.equal(run.code, 1);
  assert.match(run.err, /no store at/);
});
