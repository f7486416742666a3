/**
 * Resolve a place name to one gazetteer entry, with the article's context. Scores, highest wins:
 *   country name            30   (a country name never loses to a town, a building or a university)
 *   city                    3 x log10(population) + 8 for a capital (PPLC), + 3 for an admin seat (PPLA)
 *   admin1                  3 x log10(population of its places) + 2
 *   alias (aliases.tsv)     +40  ("Washington" is the US capital)
 *   country in the article  +10  (named elsewhere in the article: not by this very name); +5 for a town under 50,000
 *   admin1 in the article   +3
 * A qualifier ("Lahore, Pakistan", "the Pakistani city of Lahore", "Atlanta, Georgia") keeps only
 * the entries it fits; a feature word ("Punjab province", "Washington state") only that feature.
 * A town under 50,000 people is taken only when its country is in the article or qualified. A city
 * of 50,000 or more beats the admin1 unit of the same name in its country ("Lagos", "Donetsk").
 */
import type { FeatureType, NameHit, PlaceEntry } from './types.ts';

export interface Observation {
  /** The normalised words it was read from: a name is not its own context. */
  key: string;
  country: string;
  admin1: string | null;
}

export interface ResolveHints {
  /** Countries and admin1 names a qualifier allows. */
  qualifier?: { countries: ReadonlySet<string>; admin1: ReadonlySet<string> } | null;
  feature?: Exclude<FeatureType, 'country'> | null;
}

export interface Resolution {
  entry: PlaceEntry;
  rule: string;
}

const SMALL_TOWN = 50_000;

export function contextCountries(obs: readonly Observation[], key: string): { countries: Set<string>; admin1: Set<string> } {
  const countries = new Set<string>();
  const admin1 = new Set<string>();
  for (const o of obs) {
    if (o.key === key) continue;
    countries.add(o.country);
    if (o.admin1) admin1.add(`${o.country}|${o.admin1}`);
  }
  return { countries, admin1 };
}

function baseScore(h: NameHit): number {
  const e = h.entry;
  let s: number;
  if (e.feature === 'country') s = 30;
  else if (e.feature === 'admin1') s = 3 * Math.log10(e.population + 1) + 2;
  else s = 3 * Math.log10(e.population + 1) + (e.code === 'PPLC' ? 8 : e.code === 'PPLA' ? 3 : 0);
  return h.alias ? s + 40 : s;
}

export function resolvePlace(key: string, hits: readonly NameHit[], obs: readonly Observation[], hints: ResolveHints = {}): Resolution | null {
  let pool = hits;
  const q = hints.qualifier;
  if (q) {
    const fit = pool.filter((h) => q.countries.has(h.entry.country) || (h.entry.admin1 !== null && q.admin1.has(`${h.entry.country}|${h.entry.admin1}`)));
    if (fit.length) pool = fit;
  }
  if (hints.feature) {
    const fit = pool.filter((h) => h.entry.feature === hints.feature);
    if (fit.length) pool = fit;
  }
  const ctx = contextCountries(obs, key);
  let best: NameHit | null = null;
  let bestScore = -Infinity;
  for (const h of pool) {
    const e = h.entry;
    const known = ctx.countries.has(e.country);
    if (e.feature === 'city' && e.population < SMALL_TOWN && !known && !q && !h.alias) continue;
    let s = baseScore(h);
    if (known) s += e.feature === 'city' && e.population < SMALL_TOWN ? 5 : 10; // a small namesake at home is less likely than a known place abroad
    if (e.admin1 && ctx.admin1.has(`${e.country}|${e.admin1}`)) s += 3;
    if (s > bestScore) {
      best = h;
      bestScore = s;
    }
  }
  if (!best) return null;
  // "in Lagos", "in Donetsk": a city beats the admin unit of the same name it lies in, unless asked for the unit.
  if (best.entry.feature === 'admin1' && hints.feature !== 'admin1') {
    const city = pool.find((h) => h.entry.feature === 'city' && h.entry.country === best!.entry.country && h.entry.population >= SMALL_TOWN);
    if (city) best = city;
  }
  const why = best.alias ? 'alias' : pool.length === 1 ? 'unique' : 'ranked';
  return { entry: best.entry, rule: `${best.entry.feature}.${why}${q ? '.qualified' : ''}` };
}
