/** GET /articles/:id: an article's evidence sentences with its actors and events marked by offsets. */
import type { FastifyInstance } from 'fastify';
import { marksOf } from '../output/marks.ts';
import type { EventStore } from '../store/types.ts';
import { ERROR } from './schemas.ts';

export function articlesRoutes(app: FastifyInstance, store: EventStore): void {
  app.get<{ Params: { id: string } }>(
    '/articles/:id',
    {
      schema: {
        summary: 'One article: the sentences its events were read from, with actors, verbs and places marked, and its event records',
        description: 'The store keeps the evidence sentences, not the full text: `sentences` lists those, by index, each with its marks (offsets into its text).',
        tags: ['articles'],
        params: {
          type: 'object',
          additionalProperties: false,
          required: ['id'],
          properties: { id: { type: 'string', minLength: 1, maxLength: 512, description: 'the article id (from its input: JSONL/CSV id, file name, file:line)' } },
        },
        response: { 400: ERROR, 404: ERROR },
      },
    },
    async (request, reply) => {
      const a = await store.article(request.params.id);
      if (!a) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no article "${request.params.id}" in the store` });
      const sentences = a.sentences.map((s) => ({
        index: s.index,
        text: s.text,
        marks: a.records.filter((r) => r.sentence_index === s.index).flatMap((r) => marksOf(s.text, r)),
      }));
      return { id: a.id, published: a.published, title: a.title, url: a.url, source_name: a.sourceName, coder: a.coder, sentences, events: a.records };
    },
  );
}
