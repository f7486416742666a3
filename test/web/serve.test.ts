/**
 * How `dyad serve` finds the dashboard: dist/web/ built when missing or older than web/, the
 * API alone (with the reason) when it cannot be built, --no-dashboard to leave it out.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDashboard, dashboardState, ensureDashboard } from '../../src/server/dashboard.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { serve, stop } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-dashboard-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function sources(name: string): string {
  const web = join(dir, name);
  mkdirSync(join(web, 'src'), { recursive: true });
  writeFileSync(join(web, 'src', 'main.ts'), 'export {};\n');
  return web;
}

function built(name: string, age: number): string {
  const out = join(dir, name);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>old build</title>');
  const t = Date.now() / 1000 + age;
  utimesSync(join(out, 'index.html'), t, t);
  return out;
}

test('a build is missing, stale when a source is newer than its index, ready otherwise', () => {
  const web = sources('web-state');
  assert.equal(dashboardState(join(dir, 'none'), web), 'missing');
  assert.equal(dashboardState(built('old', -3600), web), 'stale');
  assert.equal(dashboardState(built('new', 3600), web), 'ready');
});

test('a dashboard that cannot be built leaves the API alone, saying why; a stale one is still served', async () => {
  const web = sources('web-without-build-script');
  const lines: string[] = [];
  assert.equal(await ensureDashboard((l) => lines.push(l), join(dir, 'never-built'), web), null);
  assert.match(lines.join('\n'), /building the dashboard .*first run/);
  assert.match(lines.join('\n'), /no dashboard sources at .*; serving the API without the dashboard \(build it with npm run build:web\)/);
  lines.length = 0;
  const old = built('stale-build', -3600);
  assert.equal(await ensureDashboard((l) => lines.push(l), old, web), old);
  assert.match(lines.join('\n'), /web\/ changed.*\n.*serving the previous build/);
});

test('two builds at once into one place leave one complete build and nothing beside it', { timeout: 120_000 }, async () => {
  const parent = join(dir, 'twice');
  mkdirSync(parent);
  const out = join(parent, 'web');
  await Promise.all([buildDashboard(out), buildDashboard(out)]);
  assert.ok(existsSync(join(out, 'index.html')));
  const index = readdirSync(out);
  assert.ok(index.includes('assets'), index.join(', '));
  assert.deepEqual(readdirSync(parent), ['web']);
  assert.equal(dashboardState(out), 'ready');
});

test('dyad serve names the dashboard it serves; --no-dashboard serves the API only', { timeout: 120_000 }, async () => {
  const db = join(dir, 'serve.db');
  await new SqliteStore(db).close();
  const withIt = await serve(db, dir);
  try {
    assert.match(withIt.stderr(), /dashboard http:\/\/127\.0\.0\.1:\d+\/app\//);
    const root = await fetch(`${withIt.address}/`, { redirect: 'manual' });
    assert.equal(root.headers.get('location'), '/app/');
    const index = await fetch(`${withIt.address}/app/`);
    assert.equal(index.status, 200);
    assert.match(await index.text(), /<main id="view"/);
  } finally {
    await stop(withIt.child);
  }
  const without = await serve(db, dir, ['--no-dashboard']);
  try {
    assert.doesNotMatch(without.stderr(), /dashboard http/);
    assert.equal((await fetch(`${without.address}/`, { redirect: 'manual' })).headers.get('location'), '/docs');
    assert.equal((await fetch(`${without.address}/app/`)).status, 404);
  } finally {
    await stop(without.child);
  }
});
