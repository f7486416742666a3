/**
 * The gazetteer index. The compiled form is one TSV line per name of an entry, its normalised
 * key first: `key, feature, name, country, admin1, lat, lon, population, code`, sorted by key.
 * Loading only finds the line starts; a lookup is a binary search, and an entry is parsed when
 * a lookup first reaches it (most of the 134k never are). Pure: text in, index out.
 */
import { placeKey } from './names.ts';
import type { FeatureType, Gazetteer, NameHit, PlaceEntry } from './types.ts';

export const FORMAT = 'dyad-gazetteer 5';
const FEATURES = new Set<FeatureType>(['country', 'admin1', 'city']);

/**
 * The file is pure ASCII: other characters are written \uXXXX. Node then decodes it into a
 * one-byte string in ~10 ms where UTF-8 text with accents takes 40-100 ms and twice the memory.
 */
export function toAscii(s: string): string {
  return /[^\x20-\x5b\x5d-\x7e\t]/.test(s) ? s.replace(/[^\x20-\x5b\x5d-\x7e\t]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : s;
}

function fromAscii(s: string): string {
  return s.includes('\\u') ? s.replace(/\\u([0-9a-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

export interface AliasRow {
  alias: string;
  name: string;
  country: string;
  line: number;
}

/** Entries with every name they go by -> TSV text (lines sorted for a stable file). */
export function serialise(sources: string, named: ReadonlyArray<{ name: string; entry: PlaceEntry }>): string {
  const lines: string[] = [];
  let maxWords = 1;
  for (const { name, entry: e } of named) {
    const key = placeKey(name);
    if (!key) continue;
    lines.push(toAscii([key, e.feature, e.name, e.country, e.admin1 ?? '', e.lat, e.lon, e.population, e.code].join('\t')));
    maxWords = Math.max(maxWords, key.split(' ').length);
  }
  // Code-unit order: a key's lines come together, before any longer key it is a prefix of ('\t' < ' ').
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `#${FORMAT}\t${sources}\t${maxWords}\n${lines.join('\n')}\n`;
}

function parseEntry(line: string): PlaceEntry | null {
  const c = line.split('\t');
  if (c.length !== 9 || !FEATURES.has(c[1] as FeatureType)) return null;
  return {
    feature: c[1] as FeatureType,
    name: fromAscii(c[2]),
    country: c[3],
    admin1: c[4] ? fromAscii(c[4]) : null,
    lat: Number(c[5]),
    lon: Number(c[6]),
    population: Number(c[7]),
    code: c[8],
  };
}

/** Offsets of the line starts after the header. */
function lineStarts(text: string, from: number): Int32Array {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < text.length - 1; i = text.indexOf('\n', i + 1)) n++;
  const starts = new Int32Array(n + 1);
  starts[0] = from;
  let k = 1;
  for (let i = text.indexOf('\n', from); i !== -1 && i < text.length - 1; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return starts;
}

/**
 * TSV text -> index; null when the text is not this format (then recompile). The lines are
 * sorted by key, so a lookup is a binary search over line starts: loading builds no map.
 */
export function parseGazetteer(text: string, aliases: readonly AliasRow[]): Gazetteer | null {
  const nl = text.indexOf('\n');
  const head = text.slice(0, nl).split('\t');
  if (head[0] !== `#${FORMAT}` || nl + 1 >= text.length) return null;
  const starts = lineStarts(text, nl + 1);
  const keyAt = (i: number) => text.slice(starts[i], text.indexOf('\t', starts[i]));
  const lineAt = (i: number) => {
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : text.length - (text.endsWith('\n') ? 1 : 0);
    return text.slice(starts[i], end);
  };
  const parsed = new Map<string, NameHit[]>();
  /** First line whose key is not below `key`. */
  const lowerBound = (key: string): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keyAt(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Answers for words already asked about (bounded: cleared when it grows large). */
  const prefixes = new Map<string, boolean>();
  const hasPrefix = (key: string): boolean => {
    if (parsed.has(key)) return true;
    const known = prefixes.get(key);
    if (known !== undefined) return known;
    if (prefixes.size > 50_000) prefixes.clear();
    const answer = prefixSearch(key);
    prefixes.set(key, answer);
    return answer;
  };
  const prefixSearch = (plain: string): boolean => {
    const key = toAscii(plain);
    const i = lowerBound(key);
    if (i >= starts.length) return false;
    const k = keyAt(i);
    return k === key || k.startsWith(`${key} `) || (i + 1 < starts.length && keyAt(i + 1).startsWith(`${key} `)) || aliasPrefix(plain);
  };
  const hitsOf = (key: string): NameHit[] | undefined => {
    const cached = parsed.get(key);
    if (cached) return cached;
    const ascii = toAscii(key);
    const lo = lowerBound(ascii);
    const hits: NameHit[] = [];
    for (let i = lo; i < starts.length && keyAt(i) === ascii; i++) {
      const entry = parseEntry(lineAt(i));
      if (entry) hits.push({ entry, alias: false });
    }
    if (hits.length === 0) return undefined;
    parsed.set(key, hits);
    return hits;
  };
  let maxWords = Number(head[2]) || 6;
  const aliasKeys: string[] = [];
  const aliasPrefix = (key: string) => aliasKeys.some((a) => a.startsWith(`${key} `));
  for (const a of aliases) {
    const named = (hitsOf(placeKey(a.name)) ?? []).filter((h) => h.entry.country === a.country);
    const target = (named.find((h) => h.entry.feature === 'city') ?? named[0])?.entry;
    if (!target) throw new Error(`aliases.tsv:${a.line}: no gazetteer entry "${a.name}" in ${a.country}`);
    const key = placeKey(a.alias);
    const same = (e: PlaceEntry) => e.name === target.name && e.country === target.country && e.feature === target.feature;
    const others = (hitsOf(key) ?? []).filter((h) => !same(h.entry));
    parsed.set(key, [{ entry: target, alias: true }, ...others]);
    aliasKeys.push(key);
    maxWords = Math.max(maxWords, key.split(' ').length);
  }
  return { lookup: hitsOf, hasPrefix, maxWords: Math.min(maxWords, 6), size: starts.length, sources: head[1] ?? '' };
}

/** aliases.tsv text -> rows (a bad line names its line). */
export function parseAliases(text: string): AliasRow[] {
  const rows: AliasRow[] = [];
  let header = false;
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    if (!header) {
      header = true;
      return;
    }
    const c = raw.split('\t');
    if (c.length !== 4 || c.some((x) => !x.trim())) throw new Error(`aliases.tsv:${i + 1}: want 4 tab-separated columns`);
    rows.push({ alias: c[0], name: c[1], country: c[2], line: i + 1 });
  });
  return rows;
}
