/** `dyad serve`: the HTTP API over a store (src/server/, docs/API.md), on loopback by default. */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { ActorDictionary } from '../actors/dictionary/store.ts';
import { createCoder, type Coder } from '../pipeline/coder.ts';
import { buildApp, DEFAULT_BODY_LIMIT, DEFAULT_RATE_LIMIT } from '../server/app.ts';
import { ensureDashboard } from '../server/dashboard.ts';
import { DEFAULT_DB, isPostgresUrl, openStore, storeName } from '../store/open.ts';
import { DyadError } from '../util/errors.ts';
import { addDictionaryOption, dictionaryPath } from './options.ts';

interface ServeCliOptions {
  db: string;
  port: string;
  host: string;
  dictionary?: string;
  static?: string;
  dashboard: boolean;
  rateLimit: string;
  bodyLimit: string;
}

function int(option: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new DyadError('USAGE', `${option} must be an integer from ${min} to ${max}, got "${value}"`);
  return n;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function registerServe(program: Command): void {
  const command = program
    .command('serve')
    .description('serve the stored events over an HTTP API (OpenAPI at /openapi.json, docs at /docs); read-only unless DYAD_API_TOKEN is set')
    .option('--db <store>', 'the store to read: a SQLite file or a postgres:// URL', DEFAULT_DB)
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <address>', 'address to listen on (loopback by default; anything else exposes the API)', '127.0.0.1')
    .option('--static <dir>', 'serve this directory at /app/ instead of the dashboard build (dist/web/)')
    .option('--no-dashboard', 'serve the API only: no dashboard at /app/ (by default it is built on first use)')
    .option('--rate-limit <n>', 'requests per minute per client address', String(DEFAULT_RATE_LIMIT.max))
    .option('--body-limit <bytes>', 'largest request body', String(DEFAULT_BODY_LIMIT));
  addDictionaryOption(command).action(async (options: ServeCliOptions) => {
    const port = int('--port', options.port, 0, 65535);
    const rate = int('--rate-limit', options.rateLimit, 1, 1_000_000);
    const bodyLimit = int('--body-limit', options.bodyLimit, 1024, 100 * 1024 * 1024);
    if (!isPostgresUrl(options.db) && !existsSync(options.db)) throw new DyadError('NOT_FOUND', `no store at ${options.db} (create one with dyad ingest)`);
    if (options.static && !existsSync(options.static)) throw new DyadError('NOT_FOUND', `no directory ${options.static}`);
    // the token comes from the environment, never from the command line (which ps shows)
    const token = process.env.DYAD_API_TOKEN || undefined;
    if (token !== undefined && token.length < 16) throw new DyadError('USAGE', 'DYAD_API_TOKEN must have at least 16 characters');
    const dictionary = ActorDictionary.load(dictionaryPath(options));
    const entries = dictionary.list();
    let coder: Coder | null = null;
    const log = (line: string) => process.stderr.write(`dyad serve: ${line}\n`);
    const staticDir = options.static ?? (options.dashboard ? ((await ensureDashboard(log)) ?? undefined) : undefined);
    const store = await openStore(options.db);
    const app = await buildApp({
      store,
      coder: () => (coder ??= createCoder({ dictionary: entries })),
      actors: () => entries,
      token,
      bodyLimit,
      rateLimit: { max: rate, windowMs: 60_000 },
      staticDir,
    });
    const close = async () => {
      await app.close();
      await store.close();
      process.exit(0);
    };
    process.once('SIGINT', close);
    process.once('SIGTERM', close);
    const address = await app.listen({ port, host: options.host });
    if (!LOOPBACK.has(options.host)) process.stderr.write(`dyad serve: warning: listening on ${options.host}, not loopback: the API is reachable from other machines\n`);
    const dashboard = staticDir ? `dashboard ${address}/app/, ` : '';
    process.stderr.write(`dyad serve: ${storeName(options.db)} at ${address} (${dashboard}docs ${address}/docs)${token ? ', write endpoints on (token)' : ', read-only'}\n`);
    await new Promise(() => {}); // serve until a signal
  });
}
