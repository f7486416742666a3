/** GET /events: deduplicated events with filters, in date order, with a stable cursor. */
import type { FastifyInstance } from 'fastify';
import { dayOf } from '../store/rows.ts';
import type { EventQuery, EventStore, StoredEvent } from '../store/types.ts';
import { eventFilter, storeQuery, type EventFilterParams } from './filters.ts';
import { ERROR, EVENT_FILTERS } from './schemas.ts';

interface EventsParams extends EventFilterParams {
  limit: number;
  cursor?: string;
}

/** The events' order: dated first by day, then by GlobalEventID. */
type Key = [undated: number, day: string, gid: number];

function keyOf(e: StoredEvent): Key {
  return [e.date === null ? 1 : 0, dayOf(e.date) ?? '', e.gid];
}

function after(a: Key, b: Key): boolean {
  if (a[0] !== b[0]) return a[0] > b[0];
  if (a[1] !== b[1]) return a[1] > b[1];
  return a[2] > b[2];
}

export function encodeCursor(key: Key): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key a cursor stands for; RangeError when it is not one this server made. */
export function decodeCursor(cursor: string): Key {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new RangeError('cursor is not valid: pass the "next" value of a previous page');
  }
  const ok =
    Array.isArray(value) && value.length === 3 && (value[0] === 0 || value[0] === 1) && typeof value[1] === 'string' && /^(\d{4}-\d{2}-\d{2})?$/.test(value[1]) && Number.isSafeInteger(value[2]);
  if (!ok) throw new RangeError('cursor is not valid: pass the "next" value of a previous page');
  return value as Key;
}

/** The public shape of a stored event: counts and codes, plus its representative record. */
export function eventView(e: StoredEvent) {
  return {
    id: e.id,
    gid: e.gid,
    date: e.date,
    source_code: e.sourceCode,
    target_code: e.targetCode,
    cameo: e.cameo,
    quad_class: e.quadClass,
    goldstein: e.goldstein,
    num_mentions: e.numMentions,
    num_sources: e.numSources,
    num_articles: e.numArticles,
    url: e.url,
    source_name: e.sourceName,
    record: e.record,
  };
}

/**
 * The store's events after a cursor. A dated cursor lets the store start at its day (the
 * undated events, which come last, are then read on their own); an undated one skips the rest.
 */
async function* eventsAfter(store: EventStore, query: EventQuery, cursor: Key | null): AsyncGenerator<StoredEvent> {
  if (!cursor || cursor[0] === 1) {
    for await (const e of store.events(query)) if (!cursor || after(keyOf(e), cursor)) yield e;
    return;
  }
  const dated = { ...query, from: query.from && query.from > cursor[1] ? query.from : cursor[1] };
  for await (const e of store.events(dated)) if (after(keyOf(e), cursor)) yield e;
  if (query.from || query.to) return; // a date range has no undated events
  for await (const e of store.events(query)) if (e.date === null) yield e;
}

export function eventsRoutes(app: FastifyInstance, store: EventStore): void {
  app.get<{ Querystring: EventsParams }>(
    '/events',
    {
      schema: {
        summary: 'Events, deduplicated across articles, in date order (undated last)',
        description: 'Filters combine with AND. Pages follow a stable cursor: pass `next` as `cursor` to get the following page.',
        tags: ['events'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...EVENT_FILTERS,
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 100, description: 'events per page' },
            cursor: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,200}$', description: 'the `next` value of the previous page' },
          },
        },
        response: { 400: ERROR },
      },
    },
    async (request) => {
      const p = request.query;
      const keep = eventFilter(p);
      const cursor = p.cursor ? decodeCursor(p.cursor) : null;
      const events: StoredEvent[] = [];
      let more = false;
      for await (const e of eventsAfter(store, storeQuery(p), cursor)) {
        if (!keep(e)) continue;
        if (events.length === p.limit) {
          more = true;
          break;
        }
        events.push(e);
      }
      const last = events[events.length - 1];
      return { events: events.map(eventView), next: more && last ? encodeCursor(keyOf(last)) : null };
    },
  );
}
