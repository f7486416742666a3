/** A temporary SQLite store filled by coding invented articles, and an app over it. */
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/document/types.ts';
import { toRecord } from '../../src/output/record.ts';
import { codeArticle, createCoder, type Coder } from '../../src/pipeline/coder.ts';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/server/app.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import type { EventStore } from '../../src/store/types.ts';

/** Short invented news items: two dyads over a few weeks, places for the location box. */
export const TEXTS: Array<{ id: string; published: string | null; text: string }> = [
  { id: 'trade-pact', published: '2025-03-10', text: 'Pakistan and China signed a trade agreement in Islamabad on Monday.\n\nThe two governments also agreed to expand rail links.' },
  { id: 'border-row', published: '2025-03-19', text: 'China criticized Pakistan on Tuesday over a new border post.\n\nPakistan rejected the accusation.' },
  { id: 'talks', published: '2025-04-02', text: 'Pakistan hosted Chinese officials in Lahore on Wednesday.\n\nChina praised Pakistan for its cooperation.' },
  { id: 'coast', published: '2025-03-12', text: 'Ghana accused Togo of closing the border on Tuesday.\n\nTogo denied the claim in Lome.' },
  { id: 'aid', published: '2025-05-06', text: 'Ghana sent food aid to Togo on Monday after floods in Lome.' },
  { id: 'undated', published: null, text: 'Ghana criticized Togo over new tariffs.\n\nKenya praised Uganda for its help.' },
];

let shared: Coder | null = null;
export function coder(): Coder {
  return (shared ??= createCoder());
}

export function code(c: Coder, article: Article) {
  const coding = codeArticle(c, article);
  return coding.events.map((e) => {
    const s = coding.doc.sentences[e.sentenceIndex];
    return toRecord(e, article, article.text.slice(s.start, s.end), c.cameo, c.coder);
  });
}

export interface Fixture {
  store: EventStore;
  dir: string;
  cleanup: () => Promise<void>;
}

/** A fresh store in a temporary directory, filled with the invented articles coded for real. */
export async function codedStore(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-server-'));
  const store = new SqliteStore(join(dir, 'api.db'));
  const c = coder();
  for (const t of TEXTS) {
    const article: Article = { id: t.id, text: t.text, published: t.published, source: 'Invented Wire', origin: { file: `${t.id}.txt` } };
    await store.putArticle({ article, records: code(c, article), coder: c.coder });
  }
  return {
    store,
    dir,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function app(store: EventStore, extra: Partial<AppOptions> = {}) {
  return buildApp({ store, coder, actors: () => [], ...extra });
}

/**
 * The app over a coded store that a test file shares: `start()` it in the file's before hook
 * (one hook: Node 20 runs a file's root hooks side by side), closed after its tests.
 */
export interface SharedApi {
  /** Set once started. */
  api: FastifyInstance;
  fixture: Fixture;
  /** Makes the store and the app; gives every stored event (GET /events, one page of 500). */
  start(): Promise<any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** GET `url`, which must answer 200; its JSON. */
  get(url: string): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function sharedApi(): SharedApi {
  const shared: SharedApi = {
    api: undefined as unknown as FastifyInstance,
    fixture: undefined as unknown as Fixture,
    async start() {
      shared.fixture = await codedStore();
      shared.api = await app(shared.fixture.store);
      return (await shared.get('/events?limit=500')).events;
    },
    async get(url: string) {
      const r = await shared.api.inject({ url });
      assert.equal(r.statusCode, 200, `${url}: ${r.body}`);
      return r.json();
    },
  };
  after(async () => {
    await shared.api?.close();
    await shared.fixture?.cleanup();
  });
  return shared;
}
