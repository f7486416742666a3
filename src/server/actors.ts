/** GET /actors: the actor dictionary (docs/ACTORS.md), searchable by name, alias or code. */
import type { FastifyInstance } from 'fastify';
import type { ActorEntry } from '../actors/dictionary/store.ts';
import { ERROR } from './schemas.ts';

interface ActorsParams {
  q?: string;
  limit: number;
  offset: number;
}

function matches(e: ActorEntry, q: string): boolean {
  return [e.id, e.name, ...e.aliases, ...e.codes.map((c) => c.code)].some((s) => s.toLowerCase().includes(q));
}

export function actorsRoutes(app: FastifyInstance, entries: () => readonly ActorEntry[]): void {
  app.get<{ Querystring: ActorsParams }>(
    '/actors',
    {
      schema: {
        summary: 'The actor dictionary: names, aliases and actor codes with their date ranges',
        tags: ['actors'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 100, description: 'part of a name, alias, id or code (case-insensitive)' },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
            offset: { type: 'integer', minimum: 0, maximum: 10000000, default: 0 },
          },
        },
        response: { 400: ERROR },
      },
    },
    async (request) => {
      const { q, limit, offset } = request.query;
      const all = q ? entries().filter((e) => matches(e, q.toLowerCase())) : entries();
      return { total: all.length, actors: all.slice(offset, offset + limit) };
    },
  );
}
