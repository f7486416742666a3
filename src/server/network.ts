/** GET /network: actors as nodes, directed edges with event counts and mean Goldstein. */
import type { FastifyInstance } from 'fastify';
import type { EventStore, StoredEvent } from '../store/types.ts';
import { eventFilter, storeQuery, type EventFilterParams } from './filters.ts';
import { ERROR, EVENT_FILTERS } from './schemas.ts';

interface NetworkParams extends EventFilterParams {
  level: 'code' | 'country';
  min: number;
  limit: number;
}

interface Node {
  id: string;
  name: string;
  events: number;
}

interface Edge {
  source: string;
  target: string;
  events: number;
  goldstein_mean: number;
}

/** The node an event side belongs to: its actor code, or its country at country level. */
function nodeOf(side: StoredEvent['record']['source'], level: NetworkParams['level']): { id: string; name: string } {
  if (level === 'country' && side.country) return { id: side.country, name: side.country };
  return { id: side.code, name: side.name };
}

export function networkRoutes(app: FastifyInstance, store: EventStore): void {
  app.get<{ Querystring: NetworkParams }>(
    '/network',
    {
      schema: {
        summary: 'Actor network: nodes are actors, edges directed source -> target with event counts and mean Goldstein',
        description: 'Events without a target add to their source node only. The strongest edges are kept (`limit`), with their nodes.',
        tags: ['network'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...EVENT_FILTERS,
            level: { type: 'string', enum: ['code', 'country'], default: 'code', description: 'nodes by actor code (PAKGOV) or by country (PAK)' },
            min: { type: 'integer', minimum: 1, maximum: 1000000, default: 1, description: 'fewest events an edge needs' },
            limit: { type: 'integer', minimum: 1, maximum: 2000, default: 200, description: 'most edges returned' },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              nodes: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, events: { type: 'integer' } } } },
              edges: {
                type: 'array',
                items: { type: 'object', properties: { source: { type: 'string' }, target: { type: 'string' }, events: { type: 'integer' }, goldstein_mean: { type: 'number' } } },
              },
            },
          },
          400: ERROR,
        },
      },
    },
    async (request) => {
      const p = request.query;
      const keep = eventFilter(p);
      const nodes = new Map<string, Node>();
      const edges = new Map<string, Edge & { sum: number }>();
      const count = (side: { id: string; name: string }) => {
        const n = nodes.get(side.id) ?? { ...side, events: 0 };
        n.events++;
        nodes.set(side.id, n);
      };
      for await (const e of store.events(storeQuery(p))) {
        if (!keep(e)) continue;
        const s = nodeOf(e.record.source, p.level);
        count(s);
        if (!e.record.target) continue;
        const t = nodeOf(e.record.target, p.level);
        count(t);
        const key = `${s.id}\u0000${t.id}`;
        const edge = edges.get(key) ?? { source: s.id, target: t.id, events: 0, goldstein_mean: 0, sum: 0 };
        edge.events++;
        edge.sum += e.goldstein;
        edges.set(key, edge);
      }
      const kept = [...edges.values()]
        .filter((x) => x.events >= p.min)
        .sort((a, b) => b.events - a.events || (a.source + a.target < b.source + b.target ? -1 : 1))
        .slice(0, p.limit)
        .map(({ sum, ...x }) => ({ ...x, goldstein_mean: Math.round((sum / x.events) * 1e6) / 1e6 }));
      const used = new Set(kept.flatMap((x) => [x.source, x.target]));
      const list = [...nodes.values()]
        .filter((n) => used.has(n.id) || !kept.length)
        .sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1))
        .slice(0, kept.length ? undefined : p.limit);
      return { nodes: list, edges: kept };
    },
  );
}
