/**
 * GET /dyads: country pairs with their event counts, counted by the store (countryPairs: a
 * GROUP BY over the dyad index), so it answers in one pass of the index however many events
 * are stored, and reads no event record. The dashboard's country list comes from here.
 */
import type { FastifyInstance } from 'fastify';
import { bothDirections } from '../store/pairs.ts';
import type { EventStore, PairQuery } from '../store/types.ts';
import { storeQuery, type EventFilterParams } from './filters.ts';
import { ERROR, EVENT_FILTERS } from './schemas.ts';

type DyadFilterParams = Omit<EventFilterParams, 'q' | 'bbox'>;

interface DyadsParams extends DyadFilterParams {
  direction: 'directed' | 'both';
  min: number;
  limit: number;
}

/** The /network filters the store counts with: all but the sentence words and the location box, which need the records. */
const { q: _words, bbox: _box, ...DYAD_FILTERS } = EVENT_FILTERS;

/** The query parameters as a store query; `cameo` and `root` must both hold when both are given. */
export function pairQuery(p: DyadFilterParams): PairQuery {
  const query: PairQuery = storeQuery(p);
  if (p.actor) query.actor = p.actor.toUpperCase();
  const cameo = [p.root, p.cameo].filter((c): c is string => Boolean(c));
  if (cameo.length) query.cameo = cameo;
  if (p.quad) query.quad = p.quad;
  return query;
}

export function dyadsRoutes(app: FastifyInstance, store: EventStore): void {
  app.get<{ Querystring: DyadsParams }>(
    '/dyads',
    {
      schema: {
        summary: 'Country pairs with their event counts, most first',
        description:
          'The country of an actor code is its first three letters, as `dyad` matches codes (PAK for PAKGOV; IGO, NGO, UAF ... for actors of no country), ' +
          'so each pair is a `dyad` value for /series and /events. Events without a target are left out; each event counts once however many articles report it. ' +
          '`direction=both` folds A -> B and B -> A into one pair named in alphabetical order. Counted by the store over its dyad index: no event record is read, ' +
          'so the filters on the sentence (`q`) and the place (`bbox`) of /network are not offered.',
        tags: ['network'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...DYAD_FILTERS,
            direction: { type: 'string', enum: ['directed', 'both'], default: 'directed', description: 'source -> target pairs, or both ways summed (source <= target)' },
            min: { type: 'integer', minimum: 1, maximum: 1000000, default: 1, description: 'fewest events a pair needs' },
            limit: { type: 'integer', minimum: 1, maximum: 10000, default: 200, description: 'most pairs returned' },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              direction: { type: 'string' },
              dyads: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    source: { type: 'string', description: 'three letters: a country code, or IGO, NGO ... for actors of no country' },
                    target: { type: 'string' },
                    events: { type: 'integer' },
                  },
                },
              },
            },
          },
          400: ERROR,
        },
      },
    },
    async (request) => {
      const p = request.query;
      const directed = await store.countryPairs(pairQuery(p));
      const pairs = p.direction === 'both' ? bothDirections(directed) : directed;
      return { direction: p.direction, dyads: pairs.filter((x) => x.events >= p.min).slice(0, p.limit) };
    },
  );
}
