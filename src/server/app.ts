/**
 * The dyad HTTP API (docs/API.md): a Fastify app over an EventStore, read-only unless given a
 * token. No listen here: `dyad serve` (src/cli/serve.ts) listens, tests use app.inject().
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ActorEntry } from '../actors/dictionary/store.ts';
import type { Coder } from '../pipeline/coder.ts';
import type { EventStore } from '../store/types.ts';
import { REPO_ROOT } from '../util/paths.ts';
import { actorsRoutes } from './actors.ts';
import { articlesRoutes } from './articles.ts';
import { codeRoutes, writeRoutes } from './code.ts';
import { dyadsRoutes } from './dyads.ts';
import { eventsRoutes } from './events.ts';
import { networkRoutes } from './network.ts';
import { collectOpenApi, openApiRoutes } from './openapi.ts';
import { errorHandler, limitRate, securityHeaders, type RateLimitOptions } from './security.ts';
import { seriesRoutes } from './series.ts';
import { staticRoutes } from './static.ts';

export interface AppOptions {
  store: EventStore;
  /** The coder for POST /code (and POST /articles), built on first use. */
  coder: () => Coder;
  /** The actor dictionary's entries for GET /actors. */
  actors: () => readonly ActorEntry[];
  /** Enables the write endpoints, which then need `Authorization: Bearer TOKEN`. */
  token?: string;
  /** Largest request body in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** Per-IP rate limit (default 600 requests a minute). */
  rateLimit?: RateLimitOptions;
  /** Directory served at /app/ (the dashboard's build), when given. */
  staticDir?: string;
  logger?: boolean;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { max: 600, windowMs: 60_000 };

function version(): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    trustProxy: false,
    // article ids can be long (file:line of a deep path); the schema then bounds them at 512
    routerOptions: { maxParamLength: 1000 },
    // unknown parameters are refused, not silently dropped
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
  });
  securityHeaders(app);
  errorHandler(app);
  await limitRate(app, options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const doc = collectOpenApi(app, version());
  eventsRoutes(app, options.store);
  seriesRoutes(app, options.store);
  networkRoutes(app, options.store);
  dyadsRoutes(app, options.store);
  articlesRoutes(app, options.store);
  actorsRoutes(app, options.actors);
  codeRoutes(app, options.coder);
  if (options.token) writeRoutes(app, options.coder, options.store, options.token);
  app.get('/stats', { schema: { summary: 'What the store holds: articles, mentions, events, actors, evidence sentences', tags: ['store'] } }, async () => options.store.stats());
  if (options.staticDir) staticRoutes(app, options.staticDir);
  openApiRoutes(app, doc);
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect(options.staticDir ? '/app/' : '/docs'));
  await app.ready();
  return app;
}
