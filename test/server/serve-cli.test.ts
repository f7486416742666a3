/** `dyad serve` as a command: listens on loopback, serves the store, stops on SIGTERM; bad options fail early. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { REPO_ROOT } from '../../src/util/paths.ts';
import { article } from '../store/records.ts';

const DYAD = join(REPO_ROOT, 'bin', 'dyad.js');
const dir = mkdtempSync(join(tmpdir(), 'dyad-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [DYAD, ...args], { encoding: 'utf8', cwd: dir, env: { ...process.env, ...env } });
}

test('dyad serve listens on 127.0.0.1, serves the store read-only, and stops on SIGTERM', { timeout: 120_000 }, async () => {
  const db = join(dir, 'cli.db');
  const store = new SqliteStore(db);
  await store.putArticle(article({ id: 'a1', events: [{ source: 'PAK', target: 'CHN', cameo: '036' }] }));
  await store.close();
  const child = spawn(process.execPath, [DYAD, 'serve', '--db', db, '--port', '0'], { cwd: dir, env: { ...process.env, DYAD_API_TOKEN: '' } });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    let stderr = '';
    const address = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const m = /at (http:\/\/[^\s]+) /.exec(stderr);
        if (m) resolve(m[1]);
      });
      child.on('exit', () => reject(new Error(`dyad serve exited: ${stderr}`)));
    });
    assert.match(address, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(stderr, /read-only/);
    const events = await fetch(`${address}/events`);
    assert.equal(events.status, 200);
    assert.equal(events.headers.get('x-content-type-options'), 'nosniff');
    assert.equal((await events.json()).events[0].source_code, 'PAK');
    assert.equal((await fetch(`${address}/articles`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).status, 404);
  } finally {
    child.kill('SIGTERM');
  }
  assert.equal(await exited, 0);
});

test('dyad serve refuses a missing store, a bad port and a short token', () => {
  const missing = run(['serve', '--db', join(dir, 'nothing.db')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no store at .*nothing\.db/);
  const port = run(['serve', '--db', join(dir, 'nothing.db'), '--port', 'eighty']);
  assert.equal(port.status, 2);
  assert.match(port.stderr, /--port must be an integer/);
  const db = join(dir, 'token.db');
  new SqliteStore(db).close();
  const token = run(['serve', '--db', db, '--port', '0'], { DYAD_API_TOKEN: 'short' });
  assert.equal(token.status, 2);
  assert.match(token.stderr, /DYAD_API_TOKEN must have at least 16 characters/);
});
