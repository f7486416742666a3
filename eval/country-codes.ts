/**
 * Gold actor codes (CAMEO) -> comparable country codes (ISO 3166-1 alpha-3).
 *
 * CAMEO's country codes are ISO alpha-3 with a few exceptions (old ISO codes that ISO has
 * since replaced, codes for places ISO has none for), and hand-coded gold files add their
 * own variants. Everything else that is three letters and not a country (IGO, NGO, regions)
 * is kept apart: it is scored separately, never counted as a country miss.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

const countries = createRequire(import.meta.url)('world-countries') as Country[];

/** ISO alpha-3 of every country world-countries knows (what dyad's actor layer reads). */
const ISO3 = new Set(countries.map((c) => c.cca3));

/**
 * Non-ISO codes seen in CAMEO-coded data, with the reason for each mapping.
 * Keep this small and explained: it is read by people checking the figures.
 */
export const CAMEO_TO_ISO: Readonly<Record<string, { iso: string; why: string }>> = {
  JAP: { iso: 'JPN', why: 'Japan; gold-file variant (ISO and CAMEO both use JPN)' },
  ITL: { iso: 'ITA', why: 'Italy; gold-file variant' },
  VTN: { iso: 'VNM', why: 'Vietnam; gold-file variant' },
  ROM: { iso: 'ROU', why: 'Romania; ISO code before 2002, still in CAMEO lists' },
  ZAR: { iso: 'COD', why: 'Zaire; ISO code before 1997, now DR Congo' },
  TMP: { iso: 'TLS', why: 'East Timor; ISO code before 2002' },
  YUG: { iso: 'SRB', why: 'Yugoslavia; Serbia is the successor state' },
  SCG: { iso: 'SRB', why: 'Serbia and Montenegro (2003-2006); Serbia is the successor state' },
  SER: { iso: 'SRB', why: 'Serbia; older non-ISO code' },
  KSV: { iso: 'XKX', why: 'Kosovo; ISO has no code, XKX is the common user-assigned one' },
  KOS: { iso: 'XKX', why: 'Kosovo; older variant' },
  UNK: { iso: 'XKX', why: 'Kosovo as world-countries spells it' },
  WSB: { iso: 'PSE', why: 'West Bank; part of the ISO entry Palestine' },
  GZS: { iso: 'PSE', why: 'Gaza Strip; part of the ISO entry Palestine' },
};

/**
 * Three-letter CAMEO codes that are not countries: international and non-state actor types,
 * and CAMEO's regional codes. ISM appears in the PLOVER gold file for a religiously defined
 * transnational group (CAMEO has no such top-level code; we treat it as non-state).
 */
export const NON_COUNTRY: ReadonlySet<string> = new Set([
  'IGO', 'NGO', 'IMG', 'MNC', 'UIS', 'ISM', 'NGM',
  'AFR', 'ASA', 'BLK', 'CRB', 'CAU', 'CFR', 'CAS', 'CEU', 'EIN', 'EAF', 'EEU', 'EUR', 'LAM',
  'MEA', 'MDT', 'NAF', 'NMR', 'PGS', 'SCN', 'SAM', 'SAS', 'SEA', 'SAF', 'WAF', 'WST',
]);

export type GoldActorCode =
  | { kind: 'country'; iso: string }
  | { kind: 'other'; code: string }
  | { kind: 'unknown'; code: string };

/** A gold actor code (its first three letters) as a country, a non-country type, or unknown. */
export function classifyGoldCode(raw: string): GoldActorCode {
  const code = raw.trim().toUpperCase().slice(0, 3);
  if (NON_COUNTRY.has(code)) return { kind: 'other', code };
  const mapped = CAMEO_TO_ISO[code];
  if (mapped) return { kind: 'country', iso: mapped.iso };
  if (ISO3.has(code)) return { kind: 'country', iso: code };
  return { kind: 'unknown', code };
}

/** A predicted country code in the same space as classifyGoldCode's (Kosovo and friends folded). */
export function normaliseCountry(code: string | null | undefined): string | null {
  if (!code) return null;
  const upper = code.toUpperCase();
  return CAMEO_TO_ISO[upper]?.iso ?? upper;
}

/**
 * A gold sector as dyad's sector codes: the first three letters, upper case (the gold file
 * appends ethnic or religious qualifiers: "CVLalb", "REBMOS"); '***' (unknown) gives null;
 * 'CIV' is the gold file's spelling of CVL (civilians).
 */
export function normaliseSector(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim().slice(0, 3).toUpperCase();
  if (!/^[A-Z]{3}$/.test(s)) return null;
  return s === 'CIV' ? 'CVL' : s;
}
