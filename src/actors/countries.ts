/**
 * Country names, demonyms and capitals: world-countries, corrected by lexicon/actors/countries.tsv.
 * Two-letter codes and non-Latin spellings are dropped; an ambiguous demonym takes the country
 * named by a `prefer` line, else the one independent country among its owners, else nothing.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { deaccent } from './normalise.ts';
import { fail, type CountryRow } from './lexicon.ts';

export interface CountryInfo {
  iso3: string;
  /** Common English name ("United States", "Türkiye"). */
  name: string;
  independent: boolean;
}

/** place: a region that is no country (West Bank, Darfur): the country it belongs to, as a place. */
export type CountryForm = 'name' | 'demonym' | 'plural' | 'capital' | 'place';

export interface CountryPhrase {
  /** Evidence rule: the countries.tsv id, or wc.<form>.<ISO3> for world-countries data. */
  id: string;
  form: CountryForm;
  iso3: string;
  phrase: string;
}

export interface CountryTables {
  countries: Map<string, CountryInfo>;
  phrases: CountryPhrase[];
  blocks: Array<{ id: string; phrase: string }>;
}

// world-countries is CommonJS whose typings declare an ES default export; require() is exact for both.
const worldCountries = createRequire(import.meta.url)('world-countries') as Country[];

const LATIN = /^[\p{Script=Latin}\s'\u2019.\-]+$/u;
/** Demonyms whose plural is the same word or not formed with -s. */
const NO_PLURAL = /(s|sh|ch|ese|x|z)$/i;

export function buildCountries(rows: readonly CountryRow[]): CountryTables {
  const recode = new Map<string, string>();
  for (const r of rows) if (r.action === 'recode') recode.set(r.words[0], r.iso3!);

  const countries = new Map<string, CountryInfo>();
  /** key "form|lower phrase|iso3" -> phrase, so removals and duplicates are exact. */
  const table = new Map<string, CountryPhrase>();
  const put = (p: CountryPhrase) => {
    const key = `${p.form}|${p.phrase.toLowerCase()}|${p.iso3}`;
    if (!table.has(key)) table.set(key, p);
  };

  for (const c of worldCountries) {
    const iso3 = recode.get(c.cca3) ?? c.cca3;
    const independent = c.independent === true;
    countries.set(iso3, { iso3, name: c.name.common, independent });
    for (const n of new Set([c.name.common, c.name.official, ...c.altSpellings])) {
      if (usable(n)) put({ id: `wc.name.${iso3}`, form: 'name', iso3, phrase: n });
    }
    const dem = c.demonyms?.eng;
    if (dem) {
      for (const d of new Set([dem.m, dem.f].flatMap((x) => (x ?? '').split(/, | or /)))) {
        if (usable(d)) put({ id: `wc.demonym.${iso3}`, form: 'demonym', iso3, phrase: d });
      }
    }
    if (independent) {
      for (const cap of c.capital ?? []) if (usable(cap)) put({ id: `wc.capital.${iso3}`, form: 'capital', iso3, phrase: cap });
    }
  }

  const blocks: Array<{ id: string; phrase: string }> = [];
  const prefer = new Map<string, string>();
  for (const r of rows) {
    if (r.action === 'recode') continue;
    if (r.action === 'block') {
      for (const w of r.words) blocks.push({ id: r.id, phrase: w });
      continue;
    }
    const iso3 = r.iso3!;
    if (!countries.has(iso3)) fail(r.file, r.line, `unknown country ${iso3}`);
    if (r.action === 'prefer') {
      for (const w of r.words) prefer.set(w.toLowerCase(), iso3);
      continue;
    }
    const removal = r.action === 'unname' || r.action === 'undemonym' || r.action === 'uncapital';
    const form = (removal ? r.action.slice(2) : r.action) as CountryForm;
    for (const w of r.words) {
      if (removal) {
        const key = `${form}|${w.toLowerCase()}|${iso3}`;
        if (!table.delete(key)) fail(r.file, r.line, `"${w}" is not a world-countries ${form} of ${iso3}`);
      } else {
        put({ id: r.id, form, iso3, phrase: w });
      }
    }
  }

  // Resolve demonyms shared by several countries.
  const owners = new Map<string, CountryPhrase[]>();
  for (const p of table.values()) {
    if (p.form !== 'demonym') continue;
    const key = p.phrase.toLowerCase();
    owners.set(key, [...(owners.get(key) ?? []), p]);
  }
  for (const [key, list] of owners) {
    if (list.length < 2) continue;
    const preferred = prefer.get(key);
    const independents = list.filter((p) => countries.get(p.iso3)!.independent);
    const keep = preferred ?? (independents.length === 1 ? independents[0].iso3 : undefined);
    for (const p of list) if (p.iso3 !== keep) table.delete(`demonym|${key}|${p.iso3}`);
  }
  for (const [key, iso3] of prefer) {
    const row = rows.find((r) => r.action === 'prefer' && r.words.some((w) => w.toLowerCase() === key))!;
    if (!table.has(`demonym|${key}|${iso3}`)) fail(row.file, row.line, `"${key}" is not a demonym of ${iso3}`);
  }

  const phrases = [...table.values()];
  for (const p of phrases.filter((x) => x.form === 'demonym')) {
    if (!NO_PLURAL.test(p.phrase)) phrases.push({ id: p.id, form: 'plural', iso3: p.iso3, phrase: p.phrase + 's' });
  }
  return { countries, phrases, blocks };
}

/** A phrase worth matching: Latin script, no inverted "X, Republic of", no bare two-letter code. */
function usable(phrase: string | undefined): phrase is string {
  if (!phrase) return false;
  if (!LATIN.test(phrase) || phrase.includes(',')) return false;
  return deaccent(phrase).replace(/[^A-Za-z]/g, '').length > 2;
}
