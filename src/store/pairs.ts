/**
 * Country pairs, the pure part: the event counts a driver's `GROUP BY source_code, target_code`
 * gives (read in the order of the dyad index, so no sort in the database) -> counts per pair of
 * countries, a country being the first three letters of an actor code.
 */
import type { CountryPair } from './types.ts';

/** The country part of an actor code: PAK of PAKGOV, IGO of IGOUNO. */
export function countryOfCode(code: string): string {
  return code.slice(0, 3);
}

/** Most events first, then by source and target (code points, not a database collation). */
export function pairOrder(a: CountryPair, b: CountryPair): number {
  return b.events - a.events || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0);
}

/** Pairs with the same source and target summed into one, in pairOrder. */
function summed(pairs: Iterable<CountryPair>): CountryPair[] {
  const out = new Map<string, CountryPair>();
  for (const { source, target, events } of pairs) {
    const key = `${source}\u0000${target}`;
    const pair = out.get(key);
    if (pair) pair.events += events;
    else out.set(key, { source, target, events });
  }
  return [...out.values()].sort(pairOrder);
}

/** Counts of directed actor-code pairs -> counts of directed country pairs, in pairOrder. */
export function countryPairsOf(codePairs: Iterable<CountryPair>): CountryPair[] {
  return summed([...codePairs].map((p) => ({ source: countryOfCode(p.source), target: countryOfCode(p.target), events: p.events })));
}

/** A -> B and B -> A as one pair named in alphabetical order (source <= target), events summed; in pairOrder. */
export function bothDirections(directed: readonly CountryPair[]): CountryPair[] {
  return summed(directed.map((p) => (p.source <= p.target ? p : { source: p.target, target: p.source, events: p.events })));
}

/** Events with a target, counted per directed actor-code pair: the same SQL on SQLite and PostgreSQL (`e` is events). */
export const PAIR_CONDITION = 'e.target_code IS NOT NULL';

export function codePairsSql(where: string): string {
  return `SELECT e.source_code AS source, e.target_code AS target, COUNT(*) AS events FROM events e ${where} GROUP BY e.source_code, e.target_code`;
}
