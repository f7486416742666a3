/** Event filters of the API: the store narrows by date and dyad (SQL), the rest is checked here. */
import { parseDyad } from '../cli/export.ts';
import type { EventQuery, StoredEvent } from '../store/types.ts';

export interface EventFilterParams {
  dyad?: string;
  actor?: string;
  cameo?: string;
  root?: string;
  quad?: number;
  from?: string;
  to?: string;
  q?: string;
  bbox?: string;
}

/** What the store can filter on: dates and the directed dyad. */
export function storeQuery(p: EventFilterParams): EventQuery {
  const query: EventQuery = { ...parseDyad(p.dyad) };
  if (p.from) query.from = p.from;
  if (p.to) query.to = p.to;
  return query;
}

/** The rest, as a predicate over stored events. Throws RangeError on a box that is not one. */
export function eventFilter(p: EventFilterParams): (e: StoredEvent) => boolean {
  const actor = p.actor?.toUpperCase();
  const words = p.q ? p.q.toLowerCase().split(/\s+/).filter(Boolean) : [];
  const box = p.bbox ? p.bbox.split(',').map(Number) : null;
  if (box && (box[0] > box[2] || box[1] > box[3] || box.some((v, i) => Math.abs(v) > (i % 2 ? 90 : 180)))) {
    throw new RangeError('bbox must be minLon,minLat,maxLon,maxLat with min <= max, longitudes within 180 and latitudes within 90');
  }
  return (e) => {
    if (actor && !e.sourceCode.startsWith(actor) && !(e.targetCode ?? '').startsWith(actor)) return false;
    if (p.cameo && !e.cameo.startsWith(p.cameo)) return false;
    if (p.root && !e.cameo.startsWith(p.root)) return false;
    if (p.quad && e.quadClass !== p.quad) return false;
    if (words.length) {
      const sentence = e.record.sentence.toLowerCase();
      if (!words.every((w) => sentence.includes(w))) return false;
    }
    if (box) {
      const l = e.record.location;
      if (!l || l.lon < box[0] || l.lon > box[2] || l.lat < box[1] || l.lat > box[3]) return false;
    }
    return true;
  };
}
