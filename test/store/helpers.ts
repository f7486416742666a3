/**
 * Shared by the tests that need a PostgreSQL server or a real `dyad` process (to run, or to
 * kill): the queue worker's kill -9 tests (queue*.test.ts), the ingest crash tests
 * (test/reliability/crash.test.ts), export and worker command lines.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import pg from 'pg';
import { REPO_ROOT } from '../../src/util/paths.ts';

/** The CLI entry, as a user runs it. */
export const DYAD = join(REPO_ROOT, 'bin', 'dyad.js');

/** Runs `dyad ARGS...` from the repository to its end: exit code, stdout, stderr. */
export function dyad(args: string[]): { code: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, [DYAD, ...args], { encoding: 'utf8', cwd: REPO_ROOT });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** The test server's URL (.ci/run sets it), or undefined: PostgreSQL tests are then skipped. */
export const PG_URL = process.env.DYAD_TEST_POSTGRES;
export const PG_SKIP = 'DYAD_TEST_POSTGRES is not set (a postgres:// URL; .ci/run sets it)';

/** `base` with every connection's search_path set to `schema`: what a child process is given as --db. */
export function schemaUrl(base: string, schema: string): string {
  return `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

/**
 * A schema of its own on the server at `base` (made now) and a temporary directory, both gone
 * after the file's tests: `url` is what a child process is given as --db, `q` the quoted schema.
 */
export async function scratchSchema(base: string, prefix: string): Promise<{ schema: string; url: string; q: string; dir: string }> {
  const schema = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const q = pg.escapeIdentifier(schema);
  const dir = mkdtempSync(join(tmpdir(), `${prefix.replace(/_/g, '-')}-`));
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await pgQuery(base, `DROP SCHEMA IF EXISTS ${q} CASCADE`);
  });
  await pgQuery(base, `CREATE SCHEMA ${q}`);
  return { schema, url: schemaUrl(base, schema), q, dir };
}

/** Runs one statement on a connection of its own; its rows. */
export async function pgQuery(url: string, text: string): Promise<Array<Record<string, unknown>>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/** Polls `ready` every `everyMs` until it is true (true) or `timeoutMs` passed (false). */
export async function waitUntil(ready: () => Promise<boolean> | boolean, timeoutMs = 60_000, everyMs = 50): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; ) {
    if (await ready()) return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return false;
}

/**
 * Starts `dyad ARGS...`, waits until `ready` says the moment has come (or `timeoutMs` passed),
 * and kills it with SIGKILL (kill -9: no handler, no cleanup, worker threads included).
 * `killed`: it was still running when killed (false: it had ended by itself); `reached`:
 * `ready` said yes before it was killed.
 */
export async function killWhen(args: string[], ready: () => Promise<boolean> | boolean, timeoutMs = 120_000): Promise<{ killed: boolean; reached: boolean; stderr: string }> {
  const child = spawn(process.execPath, [DYAD, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));
  let reached = false;
  await waitUntil(async () => exited || (reached = await ready()), timeoutMs);
  const killed = !exited && child.kill('SIGKILL');
  await exit;
  return { killed, reached, stderr };
}
