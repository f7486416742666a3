/** GET /series: a dyad's events per day, week or month, by quad class, with Goldstein mean and sum. */
import type { FastifyInstance } from 'fastify';
import type { EventStore, SeriesPoint } from '../store/types.ts';
import { storeQuery } from './filters.ts';
import { DATE, DYAD, ERROR } from './schemas.ts';

interface SeriesParams {
  dyad: string;
  direction: 'directed' | 'both';
  by: 'day' | 'week' | 'month';
  from?: string;
  to?: string;
}

export interface SeriesOut {
  period: string;
  events: number;
  mentions: number;
  quad: { verbal_cooperation: number; material_cooperation: number; verbal_conflict: number; material_conflict: number };
  goldstein_mean: number;
  goldstein_sum: number;
}

/** The Monday of a day's ISO week, YYYY-MM-DD. */
export function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Points summed into periods (`periodOf`): counts add up, the mean Goldstein is weighted by events. */
function sumBy(points: SeriesPoint[], periodOf: (p: string) => string): SeriesPoint[] {
  const weeks = new Map<string, SeriesPoint>();
  for (const d of points) {
    const period = periodOf(d.period);
    const w = weeks.get(period) ?? { period, events: 0, mentions: 0, goldstein: 0, quad: [0, 0, 0, 0] };
    w.goldstein = (w.goldstein * w.events + d.goldstein * d.events) / (w.events + d.events);
    w.events += d.events;
    w.mentions += d.mentions;
    w.quad = w.quad.map((q, i) => q + d.quad[i]) as SeriesPoint['quad'];
    weeks.set(period, w);
  }
  return [...weeks.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

function view(p: SeriesPoint): SeriesOut {
  const [q1, q2, q3, q4] = p.quad;
  return {
    period: p.period,
    events: p.events,
    mentions: p.mentions,
    quad: { verbal_cooperation: q1, material_cooperation: q2, verbal_conflict: q3, material_conflict: q4 },
    goldstein_mean: round(p.goldstein),
    goldstein_sum: round(p.goldstein * p.events),
  };
}

export function seriesRoutes(app: FastifyInstance, store: EventStore): void {
  app.get<{ Querystring: SeriesParams }>(
    '/series',
    {
      schema: {
        summary: 'Relation series of a directed dyad: events per period by quad class, mean and summed Goldstein',
        description: 'Dated events only, each counted once however many articles report it. A week is named by its Monday.',
        tags: ['series'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['dyad'],
          properties: {
            dyad: DYAD,
            by: { type: 'string', enum: ['day', 'week', 'month'], default: 'month' },
            direction: { type: 'string', enum: ['directed', 'both'], default: 'directed', description: 'source -> target only, or both ways (PAK-CHN and CHN-PAK summed)' },
            from: { ...DATE, description: 'first day' },
            to: { ...DATE, description: 'last day' },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              dyad: { type: 'string' },
              by: { type: 'string' },
              direction: { type: 'string' },
              points: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    period: { type: 'string', description: 'YYYY-MM-DD (day; week: its Monday) or YYYY-MM' },
                    events: { type: 'integer' },
                    mentions: { type: 'integer' },
                    quad: {
                      type: 'object',
                      properties: Object.fromEntries(['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict'].map((k) => [k, { type: 'integer' }])),
                    },
                    goldstein_mean: { type: 'number' },
                    goldstein_sum: { type: 'number' },
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
      const query = storeQuery(p);
      const [a, b] = [query.source ?? '', query.target ?? ''];
      if (p.direction === 'both' && (!a || !b || a.startsWith(b) || b.startsWith(a))) {
        throw new RangeError('direction=both needs two sides that cannot match the same actor (PAK-CHN, not PAK- or PAK-PAKGOV)');
      }
      const queries = p.direction === 'both' ? [query, { ...query, source: query.target, target: query.source }] : [query];
      const by = p.by === 'week' ? 'day' : p.by;
      const read = (await Promise.all(queries.map((q) => store.series({ ...q, by })))).flat();
      const points = p.by === 'week' ? sumBy(read, weekOf) : queries.length > 1 ? sumBy(read, (x) => x) : read;
      return { dyad: p.dyad.toUpperCase(), by: p.by, direction: p.direction, points: points.map(view) };
    },
  );
}
