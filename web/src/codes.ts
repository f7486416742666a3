/** Names and colours shared by the views: quad classes, country names, Goldstein colours. */
import { COUNTRY_NAMES } from 'virtual:countries';

export const QUADS = [
  { key: 'verbal_cooperation', label: 'verbal cooperation', color: '#7fbf7b' },
  { key: 'material_cooperation', label: 'material cooperation', color: '#1b7837' },
  { key: 'verbal_conflict', label: 'verbal conflict', color: '#f4a582' },
  { key: 'material_conflict', label: 'material conflict', color: '#b2182b' },
] as const;

export function quadLabel(quad: number): string {
  return QUADS[quad - 1]?.label ?? `quad ${quad}`;
}

/** "Pakistan (PAK)" for a country code, the code itself otherwise (IGOs, sectors). */
export function countryLabel(code: string): string {
  const name = COUNTRY_NAMES[code];
  return name ? `${name} (${code})` : code;
}

/** An ISO 3166-1 alpha-3 code (not a 3-letter actor code like UAF or IGO). */
export function isCountry(code: string): boolean {
  return Object.hasOwn(COUNTRY_NAMES, code);
}

export function countryName(code: string): string {
  return COUNTRY_NAMES[code] ?? code;
}

/** Red for conflict (-10), grey at 0, green for cooperation (+10). */
export function goldsteinColor(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const [r, gr, b] = t < 0 ? mix([150, 150, 150], [178, 24, 43], -t) : mix([150, 150, 150], [27, 120, 55], t);
  return `rgb(${r}, ${gr}, ${b})`;
}

function mix(a: number[], b: number[], t: number): number[] {
  return a.map((x, i) => Math.round(x + (b[i] - x) * t));
}

export function formatGoldstein(g: number): string {
  return (g > 0 ? '+' : '') + g.toFixed(1);
}
