/**
 * The relations view's state and data that need no chart code: read by main.ts to start the
 * view's requests while its code (and ECharts) still loads.
 */
import { COUNTRY_DYADS, dyads, prefetch, seriesParams } from '../api.ts';
import { countryName, isCountry } from '../codes.ts';

export type By = 'day' | 'week' | 'month';

export interface RelationsState {
  a: string;
  b: string;
  by: By;
  both: boolean;
}

export interface Pairs {
  /** Countries with events between them, by name. */
  countries: string[];
  /** Pairs of countries, by events both ways, most first. */
  pairs: Array<{ a: string; b: string; events: number }>;
}

export function relationsState(params: URLSearchParams): RelationsState {
  const by = (['day', 'week', 'month'] as const).find((x) => x === params.get('by')) ?? 'month';
  return { a: (params.get('a') ?? '').toUpperCase(), b: (params.get('b') ?? '').toUpperCase(), by, both: params.get('both') !== '0' };
}

/** Pairs of two different countries (not IGO, UAF ...), as /dyads counted them both ways. */
async function readPairs(): Promise<Pairs> {
  const { dyads: counted } = await dyads(COUNTRY_DYADS);
  const pairs = counted.filter((d) => d.source !== d.target && isCountry(d.source) && isCountry(d.target)).map((d) => ({ a: d.source, b: d.target, events: d.events }));
  const countries = [...new Set(pairs.flatMap((p) => [p.a, p.b]))].sort((x, y) => countryName(x).localeCompare(countryName(y)));
  return { countries, pairs };
}

let early: Promise<Pairs> | null = null;

/** The country pairs (from /dyads): the early request when there is one, else a new one. */
export function countryPairs(): Promise<Pairs> {
  const started = early;
  early = null;
  return started ?? readPairs();
}

/**
 * Starts the view's requests: the country pairs, and the series of the pair the address names
 * or, without one, of the busiest pair as soon as the pairs are known.
 */
export function prefetchRelations(params: URLSearchParams): void {
  const s = relationsState(params);
  const direction = s.both ? 'both' : 'directed';
  if (s.a && s.b && s.a !== s.b) prefetch('/series', seriesParams(`${s.a}-${s.b}`, s.by, direction));
  early = readPairs();
  early
    .then(({ pairs }) => {
      if ((!s.a || !s.b) && pairs[0]) prefetch('/series', seriesParams(`${pairs[0].a}-${pairs[0].b}`, s.by, direction));
    })
    .catch(() => undefined);
}
