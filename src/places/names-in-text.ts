/**
 * Place names in a document's tokens: the longest gazetteer name starting at a capitalised token,
 * refused when it is the start of a longer name ("Pakistan Railways", "Lahore University").
 */
import type { Document, Mention } from '../document/types.ts';
import { isCapitalised } from '../actors/normalise.ts';
import { COMPASS } from '../actors/roles.ts';
import { placeKey } from './names.ts';
import type { Gazetteer, NameHit } from './types.ts';
import { WATER, type PlaceWords } from './words.ts';

export interface NameMatch {
  tokenStart: number;
  tokenEnd: number;
  key: string;
  hits: readonly NameHit[];
}

/** Mention kinds whose words are no place: a person, an organisation, a group. */
const NOT_PLACE_KINDS = new Set(['person', 'organisation', 'igo', 'group']);

/** For each token, true when a person or organisation mention covers it. */
export function blockedTokens(doc: Document, mentions: readonly Mention[]): boolean[] {
  const blocked = new Array<boolean>(doc.tokens.length).fill(false);
  for (const m of mentions) {
    if (!NOT_PLACE_KINDS.has(m.kind) || m.country === null && m.kind === 'group') continue;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) blocked[i] = true;
  }
  return blocked;
}

const WORDY = /[\p{L}\d]/u;

/** The longest name at token j, within [j, limit). */
export function nameAt(doc: Document, j: number, limit: number, gaz: Gazetteer, words: PlaceWords, blocked: readonly boolean[]): NameMatch | null {
  const t = doc.tokens[j];
  if (!t || j >= limit || blocked[j] || !isCapitalised(t.text) || words.notNames.has(t.lower)) return null;
  const text = doc.article.text;
  // Grow the name a token at a time while some gazetteer name starts with it; keep the longest hit.
  let found: { n: number; key: string; hits: readonly NameHit[] } | null = null;
  for (let n = 1; n <= gaz.maxWords + 2 && j + n <= limit; n++) {
    const last = doc.tokens[j + n - 1];
    const key = placeKey(text.slice(t.start, last.end));
    if (!key || !gaz.hasPrefix(key)) break;
    if (!WORDY.test(last.text)) continue;
    const hits = gaz.lookup(key);
    if (hits) found = { n, key, hits };
  }
  if (found) {
    const { n, key, hits } = found;
    const last = doc.tokens[j + n - 1];
    const next = doc.tokens[j + n];
    if (WATER.has(last.lower) || (next && WATER.has(next.lower))) return null; // "the Red Sea", not Sudan's Red Sea state
    if (next && next.text === '-' && !next.spaceBefore) return null; // "Turkey-backed", "Western-led"
    if (words.buildings.has(last.lower)) return null; // "the White House", "Congress": an institution, not the town of that name
    if (n === 1 && COMPASS.has(t.lower)) return null; // "East" of "East Jerusalem" is no Cameroonian region
    // "Lahore University", "King's College", "the US embassy" (a country's building is not in that country); "a Kabul hotel" is in Kabul
    const head = next && (next.lower === "'s" || next.lower === '\u2019s') ? doc.tokens[j + n + 1] : next;
    if (head && head.index < limit && words.buildings.has(head.lower)) {
      if (isCapitalised(head.text) || (head === next && hits.some((h) => h.entry.feature === 'country'))) return null;
    }
    if (next && next.index < limit && next.spaceBefore && next.pos === 'PROPN' && isCapitalised(next.text) && !words.notNames.has(next.lower) && !gaz.lookup(placeKey(next.text))) {
      return null; // "in Pakistan Railways": the start of a longer name
    }
    return { tokenStart: j, tokenEnd: j + n, key, hits };
  }
  return null;
}
