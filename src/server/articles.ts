/** GET /articles/:id: an article's evidence sentences with its actors and events marked by offsets. */
import type { FastifyInstance } from 'fastify';
import type { EventRecord } from '../output/record.ts';
import type { EventStore } from '../store/types.ts';
import { ERROR } from './schemas.ts';

export interface Mark {
  /** UTF-16 offsets into the sentence's text. */
  start: number;
  end: number;
  kind: 'source' | 'target' | 'verb' | 'location';
  /** Actor code for source and target, CAMEO code for the verb. */
  code: string | null;
  event_id: string;
}

/** The first whole-word occurrence of `word` in `text` from `from`, or -1. */
function wordAt(text: string, word: string, from: number): number {
  for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!/\p{L}/u.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i + word.length] ?? '')) return i;
  }
  return -1;
}

/**
 * Where an event's words are in its sentence: the first occurrence of each, when found. Words
 * the lexicon matched apart ("signed agreement" in "signed a rail agreement") are marked one
 * by one, in order.
 */
export function marksOf(sentence: string, r: EventRecord): Mark[] {
  const marks: Mark[] = [];
  const mark = (text: string | undefined, kind: Mark['kind'], code: string | null) => {
    if (!text) return;
    const start = sentence.indexOf(text);
    if (start >= 0) {
      marks.push({ start, end: start + text.length, kind, code, event_id: r.id });
      return;
    }
    let from = 0;
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const at = wordAt(sentence, word, from);
      if (at < 0) continue;
      marks.push({ start: at, end: at + word.length, kind, code, event_id: r.id });
      from = at + word.length;
    }
  };
  mark(r.source.text, 'source', r.source.code);
  mark(r.target?.text, 'target', r.target?.code ?? null);
  mark(r.evidence.verb, 'verb', r.cameo);
  mark(r.location?.name, 'location', r.location?.country ?? null);
  return marks.sort((a, b) => a.start - b.start || a.end - b.end);
}

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
