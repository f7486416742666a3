/** GET /series: a dyad's events per day, week or month, by quad class, with Goldstein mean and sum. */
import type { FastifyInstance } from 'fastify';
import type { EventStore, SeriesPoint } from '../store/types.ts';
import { storeQuery } from './filters.ts';
import { DATE, DYAD, ERROR } from './schemas.ts';

interface SeriesParams {
  dyad: string;
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

/** Days summed into weeks: counts add up, the mean Goldstein is weighted by events. */
function byWeek(days: SeriesPoint[]): SeriesPoint[] {
  const weeks = new Map<string, SeriesPoint>();
  for (const d of days) {
    const period = weekOf(d.period);
    const w = weeks.get(period) ?? { period, events: 0, mentions: 0, goldstein: 0, quad: [0, 0, 0, 0] };
    w.goldstein = (w.goldstein * w.events + d.goldstein * d.events) / (w.events + d.events);
    w.events += d.events;
    w.mentions += d.mentions;
    w.quad = w.quad.map((q, i) => q + d.quad[i]) as SeriesPoint['quad'];
    weeks.set(period, w);
  }
  return [...weeks.values()];
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
            from: { ...DATE, description: 'first day' },
            to: { ...DATE, description: 'last day' },
          },
        },
        response: { 400: ERROR },
      },
    },
    async (request) => {
      const p = request.query;
      const query = storeQuery(p);
      const points = p.by === 'week' ? byWeek(await store.series({ ...query, by: 'day' })) : await store.series({ ...query, by: p.by });
      return { dyad: p.dyad.toUpperCase(), by: p.by, points: points.map(view) };
    },
  );
}
