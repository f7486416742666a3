/** The dashboard's build at /app/: / leads there when it is served, to /docs when not; cache headers. */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { app } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-static-'));
const build = join(dir, 'build');
let store: SqliteStore;
before(() => {
  mkdirSync(join(build, 'assets'), { recursive: true });
  writeFileSync(join(build, 'index.html'), '<!doctype html><title>dyad dashboard</title>');
  writeFileSync(join(build, 'assets', 'index-Ab12Cd34.js'), 'console.log(1)');
  store = new SqliteStore(join(dir, 'empty.db'));
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('with a dashboard, / and /app redirect to /app/, which serves its index under a same-origin policy', async () => {
  const api = await app(store, { staticDir: build });
  const root = await api.inject({ url: '/' });
  assert.equal(root.statusCode, 302);
  assert.equal(root.headers.location, '/app/');
  const bare = await api.inject({ url: '/app' });
  assert.equal(bare.statusCode, 302);
  assert.equal(bare.headers.location, '/app/');
  const index = await api.inject({ url: '/app/' });
  assert.equal(index.statusCode, 200);
  assert.match(index.body, /dyad dashboard/);
  assert.match(String(index.headers['content-type']), /^text\/html/);
  assert.equal(index.headers['cache-control'], 'no-cache');
  assert.match(String(index.headers['content-security-policy']), /default-src 'self'/);
  const asset = await api.inject({ url: '/app/assets/index-Ab12Cd34.js' });
  assert.equal(asset.statusCode, 200);
  assert.match(String(asset.headers['cache-control']), /immutable/);
  assert.equal((await api.inject({ url: '/app/assets/missing-Ab12Cd34.js' })).statusCode, 404);
  await api.close();
});

test('without a dashboard, / redirects to /docs and /app/ is not found', async () => {
  const api = await app(store);
  const root = await api.inject({ url: '/' });
  assert.equal(root.statusCode, 302);
  assert.equal(root.headers.location, '/docs');
  assert.equal((await api.inject({ url: '/app/' })).statusCode, 404);
  await api.close();
});
