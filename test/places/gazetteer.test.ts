import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAliases, parseGazetteer, serialise } from '../../src/places/gazetteer.ts';
import { resolvePlace, type Observation } from '../../src/places/resolve.ts';
import { placeKey } from '../../src/places/names.ts';
import type { PlaceEntry } from '../../src/places/types.ts';

const entry = (feature: PlaceEntry['feature'], name: string, country: string, population = 0, code = '', admin1: string | null = null): PlaceEntry => ({
  feature, name, country, admin1, lat: 1, lon: 2, population, code,
});

const GEO = entry('country', 'Georgia', 'GEO');
const GA = entry('admin1', 'Georgia', 'USA', 4_600_000, '', 'Georgia');
const DC = entry('city', 'Washington, D.C.', 'USA', 600_000, 'PPLC', 'District of Columbia');
const WA = entry('admin1', 'Washington', 'USA', 6_000_000, '', 'Washington');
const MOSCOW = entry('city', 'Moscow', 'RUS', 10_000_000, 'PPLC', 'Moscow');
const MOSCOW_ID = entry('city', 'Moscow', 'USA', 25_000, 'PPLA2', 'Idaho');
const ALL = [GEO, GA, DC, WA, MOSCOW, MOSCOW_ID, entry('city', 'Sakartvelo town', 'XXX', 5)];
const text = serialise('test', [...ALL.map((e) => ({ name: e.name, entry: e })), { name: 'Sakartvelo', entry: GEO }]);
const aliases = parseAliases('alias\tname\tcountry\treason\nWashington\tWashington, D.C.\tUSA\tthe capital\n');
const gaz = parseGazetteer(text, aliases)!;

test('names are compared without case, accents, dots and hyphens', () => {
  assert.equal(placeKey('Sant Julià de Lòria'), 'sant julia de loria');
  assert.equal(placeKey('Washington, D.C.'), 'washington, dc');
  assert.equal(placeKey('Port-au-Prince'), 'port au prince');
  assert.equal(placeKey("Sana'a"), 'sanaa');
});

test('the compiled text is found back by binary search, under every name an entry goes by', () => {
  assert.equal(gaz.size, ALL.length + 1);
  assert.deepEqual(gaz.lookup('georgia')?.map((h) => h.entry.feature).sort(), ['admin1', 'country']);
  assert.equal(gaz.lookup('sakartvelo')?.[0].entry.name, 'Georgia');
  assert.equal(gaz.lookup('sakartvel'), undefined);
  assert.equal(gaz.lookup('zzz'), undefined);
  assert.equal(parseGazetteer('#something else\n', []), null);
});

test('an alias comes first and is marked; an alias to nothing names its line', () => {
  const hits = gaz.lookup('washington')!;
  assert.equal(hits[0].entry.name, 'Washington, D.C.');
  assert.equal(hits[0].alias, true);
  assert.throws(() => parseGazetteer(text, parseAliases('alias\tname\tcountry\treason\nX\tNowhere\tUSA\tr\n')), /aliases.tsv:2/);
});

const id = (e: PlaceEntry | undefined) => e && `${e.name}|${e.country}|${e.feature}`;
const resolve = (key: string, obs: Observation[] = [], hints = {}) => id(resolvePlace(key, gaz.lookup(key)!, obs, hints)?.entry);
const seen = (key: string, country: string, admin1: string | null = null): Observation => ({ key, country, admin1 });

test('Georgia by context, never by its own mention', () => {
  assert.equal(resolve('georgia'), id(GEO));
  assert.equal(resolve('georgia', [seen('georgia', 'USA')]), id(GEO));
  assert.equal(resolve('georgia', [seen('atlanta', 'USA', 'Georgia')]), id(GA));
  assert.equal(resolve('georgia', [seen('atlanta', 'USA', 'Georgia'), seen('tbilisi', 'GEO')]), id(GEO));
});

test('Washington is the capital unless a feature word asks for the state; a big capital beats a small namesake', () => {
  assert.equal(resolve('washington'), id(DC));
  assert.equal(resolve('washington', [], { feature: 'admin1' }), id(WA));
  assert.equal(resolve('moscow', [seen('idaho', 'USA', 'Idaho')]), id(MOSCOW));
  assert.equal(resolve('moscow', [], { qualifier: { countries: new Set(['USA']), admin1: new Set() } }), id(MOSCOW_ID));
});

test('a small town needs its country in the article', () => {
  assert.equal(resolve('sakartvelo town'), undefined);
  assert.equal(resolve('sakartvelo town', [seen('x', 'XXX')]), 'Sakartvelo town|XXX|city');
});

test('letters without a combining accent are spelt out', () => {
  assert.equal(placeKey('Ærøskøbing'), 'aeroskobing');
  assert.equal(placeKey('Łódź'), 'lodz');
  assert.equal(placeKey('Gießen'), 'giessen');
});
