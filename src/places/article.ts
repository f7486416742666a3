/**
 * The places stage over one article: the context is read once, then each event is located in
 * its own sentence. This is the call the coder makes after the events are coded.
 */
import type { Document, Mention } from '../document/types.ts';
import { placeContext } from './context.ts';
import { locateEvent } from './locate.ts';
import type { Gazetteer, Location, TokenRange } from './types.ts';
import type { PlaceWords } from './words.ts';

export interface LocatableEvent {
  sentenceIndex: number;
  verb: TokenRange;
  source?: TokenRange | null;
  target?: TokenRange | null;
  cameo?: string;
}

export function locateEvents(doc: Document, mentions: readonly Mention[], events: readonly LocatableEvent[], gaz: Gazetteer, words: PlaceWords): Array<Location | null> {
  if (events.length === 0) return [];
  const ctx = placeContext(doc, mentions, gaz, words);
  return events.map((e) => locateEvent(doc, doc.sentences[e.sentenceIndex], { verb: e.verb, source: e.source, target: e.target, cameo: e.cameo }, gaz, ctx));
}

/** The record field: `{name, country, admin1, lat, lon, feature}` or null. */
export function locationRecord(loc: Location | null): { name: string; country: string; admin1: string | null; lat: number; lon: number; feature: string } | null {
  return loc && { name: loc.name, country: loc.country, admin1: loc.admin1, lat: loc.lat, lon: loc.lon, feature: loc.feature };
}
