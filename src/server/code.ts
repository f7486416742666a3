/** POST /code codes pasted text and stores nothing; POST /articles (with a token only) stores it too. */
import type { FastifyInstance } from 'fastify';
import type { Article } from '../document/types.ts';
import { toRecord, type EventRecord } from '../output/record.ts';
import { codeArticle, type Coder } from '../pipeline/coder.ts';
import type { EventStore } from '../store/types.ts';
import { requireToken } from './security.ts';
import { DATE, ERROR } from './schemas.ts';

interface CodeBody {
  text: string;
  id?: string;
  published?: string;
  title?: string;
  url?: string;
  source?: string;
}

export const MAX_TEXT = 200_000;

const BODY = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: {
    text: { type: 'string', minLength: 1, maxLength: MAX_TEXT, description: 'the article text' },
    id: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[^\\u0000-\\u001f]+$', description: 'article id (default "pasted")' },
    published: { ...DATE, description: 'publication day: dates without a year and undated events are read against it' },
    title: { type: 'string', maxLength: 1000 },
    url: { type: 'string', maxLength: 2000, pattern: '^https?://' },
    source: { type: 'string', maxLength: 200, description: 'the outlet' },
  },
} as const;

function articleOf(body: CodeBody): Article {
  const article: Article = { id: body.id ?? 'pasted', text: body.text, published: body.published ?? null, origin: { file: 'api' } };
  if (body.title) article.title = body.title;
  if (body.url) article.url = body.url;
  if (body.source) article.source = body.source;
  return article;
}

function code(coder: Coder, article: Article): EventRecord[] {
  const coding = codeArticle(coder, article);
  return coding.events.map((e) => {
    const s = coding.doc.sentences[e.sentenceIndex];
    return toRecord(e, article, article.text.slice(s.start, s.end), coder.cameo, coder.coder);
  });
}

export function codeRoutes(app: FastifyInstance, coder: () => Coder): void {
  app.post<{ Body: CodeBody }>(
    '/code',
    {
      schema: {
        summary: 'Code pasted text on the fly: the event records dyad reads in it (nothing is stored)',
        tags: ['code'],
        body: BODY,
        response: { 400: ERROR, 413: ERROR },
      },
    },
    async (request) => {
      const c = coder();
      return { coder: c.coder, records: code(c, articleOf(request.body)) };
    },
  );
}

/** Write endpoints: registered only when the server was started with a token. */
export function writeRoutes(app: FastifyInstance, coder: () => Coder, store: EventStore, token: string): void {
  app.post<{ Body: CodeBody & { id: string } }>(
    '/articles',
    {
      onRequest: requireToken(token),
      schema: {
        summary: 'Code an article and store it with its events (needs the server token: Authorization: Bearer TOKEN)',
        tags: ['articles'],
        security: [{ bearer: [] }],
        body: { ...BODY, required: ['text', 'id'] },
        response: { 400: ERROR, 401: ERROR, 403: ERROR },
      },
    },
    async (request, reply) => {
      const c = coder();
      const article = articleOf(request.body);
      const records = code(c, article);
      const result = await store.putArticle({ article, records, coder: c.coder });
      return reply.code(result.status === 'unchanged' ? 200 : 201).send({ id: article.id, status: result.status, records });
    },
  );
}
