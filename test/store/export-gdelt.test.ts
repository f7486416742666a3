/**
 * `dyad export --format gdelt`: the known-group and geography columns, read from rows the
 * command prints for a store of invented articles (export.test.ts covers the other columns).
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readActorLexicon } from '../../src/actors/lexicon.ts';
import { DEFAULT_ACTOR_LEXICON_DIR } from '../../src/actors/knowledge.ts';
import type { EventRecord } from '../../src/output/record.ts';
import { GDELT_COLUMNS } from '../../src/store/export/gdelt.ts';
import { KNOWN_GROUPS, knownGroupCode } from '../../src/store/export/known-groups.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { dyad } from './helpers.ts';
import { article, type EventSpec } from './records.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-gdelt-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'events.db');

type Place = NonNullable<EventRecord['location']>;
const LAHORE: Place = { name: 'Lahore', country: 'PAK', admin1: 'Punjab', lat: 31.558, lon: 74.35071, feature: 'city' };
const PUNJAB: Place = { name: 'Punjab', country: 'PAK', admin1: 'Punjab', lat: 31.4089, lon: 72.8187, feature: 'admin1' };
const HOUSTON: Place = { name: 'Houston', country: 'USA', admin1: 'Texas', lat: 29.76328, lon: -95.36327, feature: 'city' };
const TEXAS: Place = { name: 'Texas', country: 'USA', admin1: 'Texas', lat: 30.9722, lon: -97.6787, feature: 'admin1' };
const KAZAKHSTAN: Place = { name: 'Kazakhstan', country: 'KAZ', admin1: null, lat: 48, lon: 68, feature: 'country' };
/** A division the gazetteer's admin1 table does not hold: no code is made up for it. */
const NOWHERE: Place = { name: 'Invented Town', country: 'PAK', admin1: 'Invented Province', lat: 30, lon: 70, feature: 'city' };

/** One article per event, so each row is found by its date. */
const EVENTS: Array<EventSpec & { date: string }> = [
  { source: 'IGOUNO', target: 'PAK', cameo: '111', date: '2025-03-01', location: LAHORE },
  { source: 'IGOWSTNAT', target: 'RUS', cameo: '111', date: '2025-03-02' },
  { source: 'AFGREBTAL', target: 'AFGCOP', cameo: '190', date: '2025-03-03', location: NOWHERE },
  { source: 'IGOUNOKID', target: 'YEM', cameo: '057', date: '2025-03-04', location: PUNJAB },
  { source: 'MEXGOV', target: 'USAGOV', cameo: '036', date: '2025-03-05', location: HOUSTON },
  { source: 'GHA', target: 'IGOUNODEV', cameo: '036', date: '2025-03-06', location: TEXAS },
  { source: 'IND', target: 'NGOHRIAMN', cameo: '036', date: '2025-03-07', location: KAZAKHSTAN },
  { source: 'IGOAFRAFU', target: 'PSEREBHMS', cameo: '111', date: '2025-03-08' },
  { source: 'PAKGOV', target: null, cameo: '172', date: '2025-03-09' },
];

async function exported(): Promise<Map<string, Record<string, string>>> {
  const store = new SqliteStore(db);
  await store.putArticles(EVENTS.map((e, i) => article({ id: `a${i}`, published: e.date, events: [e] })));
  await store.close();
  const run = dyad(['export', '--db', db, '--format', 'gdelt']);
  assert.equal(run.code, 0, run.err);
  const rows = run.out.trim().split('\n').map((line) => line.split('\t'));
  assert.ok(rows.every((r) => r.length === 61));
  const byDay = new Map<string, Record<string, string>>();
  for (const r of rows) byDay.set(r[1], Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, r[i]])));
  return byDay;
}
const rows = exported();
const row = async (date: string) => (await rows).get(date.replace(/-/g, '')) as Record<string, string>;
const pick = (r: Record<string, string>, columns: string[]) => columns.map((c) => r[c]);

test('KnownGroupCode is the CAMEO known group an IGO, NGO or armed-group code names, for both actors', async () => {
  const expected: Array<[string, string, string]> = [
    ['2025-03-01', 'UNO', ''],
    ['2025-03-02', 'NAT', ''],
    ['2025-03-03', 'TAL', ''],
    ['2025-03-04', 'KID', ''],
    ['2025-03-05', '', ''],
    ['2025-03-06', '', 'UNO'],
    ['2025-03-07', '', 'AMN'],
    ['2025-03-08', '', 'HMS'],
    ['2025-03-09', '', ''],
  ];
  for (const [date, actor1, actor2] of expected) {
    assert.deepEqual(pick(await row(date), ['Actor1KnownGroupCode', 'Actor2KnownGroupCode']), [actor1, actor2], date);
  }
  assert.equal((await row('2025-03-08')).Actor1Code, 'IGOAFRAFU', 'the African Union: AFU is not in CAMEO\'s known-group table, so no code');
});

test('what dyad does not code stays empty: ethnic and religion codes, and actor places', async () => {
  const empty = GDELT_COLUMNS.filter((c) => /^Actor[12](EthnicCode|Religion[12]Code|Type[23]Code|Geo_)/.test(c));
  assert.equal(empty.length, 2 * (1 + 2 + 2 + 8));
  for (const r of (await rows).values()) assert.deepEqual(pick(r, empty), empty.map(() => ''));
});

test('ActionGeo: type by feature (US apart), full name, ISO country, ADM1 code from the gazetteer, coordinates', async () => {
  const columns = GDELT_COLUMNS.filter((c) => c.startsWith('ActionGeo_'));
  assert.deepEqual(pick(await row('2025-03-01'), columns), ['4', 'Lahore, Punjab, Pakistan', 'PAK', 'PAK04', '', '31.558', '74.35071', '']);
  assert.deepEqual(pick(await row('2025-03-04'), columns), ['5', 'Punjab, Pakistan', 'PAK', 'PAK04', '', '31.4089', '72.8187', '']);
  assert.deepEqual(pick(await row('2025-03-05'), columns), ['3', 'Houston, Texas, United States', 'USA', 'USATX', '', '29.76328', '-95.36327', '']);
  assert.deepEqual(pick(await row('2025-03-06'), columns), ['2', 'Texas, United States', 'USA', 'USATX', '', '30.9722', '-97.6787', '']);
  assert.deepEqual(pick(await row('2025-03-07'), columns), ['1', 'Kazakhstan', 'KAZ', 'KAZ', '', '48', '68', '']);
  assert.deepEqual(pick(await row('2025-03-03'), columns), ['4', 'Invented Town, Invented Province, Pakistan', 'PAK', '', '', '30', '70', ''], 'a division the gazetteer lacks has no code');
  assert.deepEqual(pick(await row('2025-03-02'), columns), columns.map(() => ''), 'no place: all empty');
});

test('known groups: every one is named by some code of dyad\'s organisations, and no organisation code names another', () => {
  const codes = readActorLexicon(DEFAULT_ACTOR_LEXICON_DIR).organisations.map((o) => o.code);
  const named = new Set(codes.map(knownGroupCode).filter(Boolean));
  assert.deepEqual([...KNOWN_GROUPS].filter((g) => !named.has(g)), [], 'known groups no dyad code carries');
  assert.deepEqual(['PAKGOV', 'IGOAFRDEV', 'IGONAM', 'NGOOXF', 'UNO', 'IGOUN', ''].map(knownGroupCode), ['', '', '', '', '', '', '']);
  assert.equal(knownGroupCode('IGOUNOREFHCR'), 'HCR', 'the most specific known group');
});
