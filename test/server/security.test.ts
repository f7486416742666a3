/** The server's protections (issue 8 item 4), one test each, over a hand-built store (no coder needed). */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, type AppOptions } from '../../src/server/app.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import type { EventStore } from '../../src/store/types.ts';
import { article } from '../store/records.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-security-'));
let store: SqliteStore;
let api: FastifyInstance;
const noCoder = () => {
  throw new Error('no coder in these tests');
};
const build = (store: EventStore, extra: Partial<AppOptions> = {}) => buildApp({ store, coder: noCoder, actors: () => [], ...extra });

before(async () => {
  store = new SqliteStore(join(dir, 'sec.db'));
  await store.putArticle(article({ id: 'a1', events: [{ source: 'PAK', target: 'CHN', cameo: '036' }, { source: 'IND', target: 'PAK', cameo: '111', sentence: 2 }] }));
  api = await build(store);
});
after(async () => {
  await api.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function bad(r: LightMyRequestResponse, pattern: RegExp, what: string) {
  assert.equal(r.statusCode, 400, `${what}: ${r.statusCode} ${r.body}`);
  assert.match(r.json().message, pattern, what);
}

test('every parameter is validated: bad input is a 400 naming what is wrong', async () => {
  const cases: Array<[string, RegExp]> = [
    ['/events?quad=9', /quad must be <= 4/],
    ['/events?quad=two', /quad must be integer/],
    ['/events?from=yesterday', /from must match pattern/],
    ['/events?to=2025-3-1', /to must match pattern/],
    ["/events?dyad=PAK'--", /dyad must match pattern/],
    ['/events?dyad=-', /SOURCE-TARGET/],
    ['/events?actor=PAK%20OR%201', /actor must match pattern/],
    ['/events?cameo=abc', /cameo must match pattern/],
    ['/events?bbox=1,2,3', /bbox must match pattern/],
    ['/events?bbox=10,10,0,0', /bbox must be minLon,minLat,maxLon,maxLat/],
    ['/events?bbox=0,0,200,10', /longitudes within 180/],
    ['/events?limit=0', /limit must be >= 1/],
    ['/events?limit=100000', /limit must be <= 500/],
    ['/events?cursor=not*a*cursor', /cursor must match pattern/],
    ['/events?cursor=bm9wZQ', /cursor is not valid/],
    ['/events?colour=red', /must NOT have additional properties/],
    [`/events?q=${'x'.repeat(201)}`, /q must NOT have more than 200 characters/],
    ['/series', /must have required property 'dyad'/],
    ['/series?dyad=PAK-CHN&by=year', /by must be equal to one of the allowed values/],
    ['/series?dyad=PAK-&direction=both', /direction=both needs two sides/],
    ['/series?dyad=PAK-PAKGOV&direction=both', /direction=both needs two sides/],
    ['/network?level=planet', /level must be equal to one of the allowed values/],
    ['/network?min=-1', /min must be >= 1/],
    ['/actors?offset=-5', /offset must be >= 0/],
    [`/articles/${'x'.repeat(600)}`, /id must NOT have more than 512 characters/],
  ];
  for (const [url, pattern] of cases) bad(await api.inject({ url }), pattern, url);
  const post = (payload: unknown) => api.inject({ method: 'POST', url: '/code', payload: payload as object });
  bad(await post({}), /must have required property 'text'/, 'no text');
  bad(await post({ text: { html: '<b>x</b>' } }), /text must be string/, 'text not a string');
  bad(await post([{ text: 'Ghana met Togo.' }]), /body must be object/, 'an array');
  bad(await post({ text: 'Ghana met Togo.', admin: true }), /must NOT have additional properties/, 'extra field');
  bad(await post({ text: 'Ghana met Togo.', published: 'soon' }), /published must match pattern/, 'bad date');
  bad(await post({ text: '' }), /text must NOT have fewer than 1 characters/, 'empty text');
  const notJson = await api.inject({ method: 'POST', url: '/code', payload: '{"text": ', headers: { 'content-type': 'application/json' } });
  assert.equal(notJson.statusCode, 400);
});

test('request bodies over the limit are refused with 413 before any coding', async () => {
  const small = await build(store, { bodyLimit: 2048 });
  const r = await small.inject({ method: 'POST', url: '/code', payload: { text: 'Ghana met Togo. '.repeat(500) } });
  assert.equal(r.statusCode, 413);
  await small.close();
  const big = await api.inject({ method: 'POST', url: '/code', payload: { text: 'a'.repeat(1_100_000) } });
  assert.equal(big.statusCode, 413, 'the default limit is 1 MiB');
});

test('a client over the per-address rate limit gets 429; another address does not', async () => {
  const limited = await build(store, { rateLimit: { max: 3, windowMs: 60_000 } });
  const codes: number[] = [];
  for (let i = 0; i < 5; i++) codes.push((await limited.inject({ url: '/events', remoteAddress: '127.0.0.2' })).statusCode);
  assert.deepEqual(codes, [200, 200, 200, 429, 429]);
  const r = await limited.inject({ url: '/events', remoteAddress: '127.0.0.2' });
  assert.match(r.json().message, /rate limit: at most 3 requests/);
  assert.equal((await limited.inject({ url: '/events', remoteAddress: '127.0.0.3' })).statusCode, 200);
  await limited.close();
});

test('read-only by default: no write endpoint exists without a token', async () => {
  const before = await store.stats();
  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
    for (const url of ['/articles', '/articles/a1', '/actors', '/actors/x', '/events', '/series']) {
      const r = await api.inject({ method, url, payload: { id: 'x', text: 'Ghana met Togo.' } });
      assert.equal(r.statusCode, 404, `${method} ${url}`);
    }
  }
  const doc = (await api.inject({ url: '/openapi.json' })).json();
  const writes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops as object).filter((m) => m !== 'get').map((m) => `${m} ${path}`));
  assert.deepEqual(writes, ['post /code'], 'POST /code codes and stores nothing');
  assert.equal((await store.stats()).articles, before.articles);
});

test('with a token, write endpoints refuse requests without it (401) or with a wrong one (403)', async () => {
  const writable = await build(store, { token: 'a-long-enough-test-token' });
  const payload = { id: 'x', text: 'Ghana met Togo.' };
  const none = await writable.inject({ method: 'POST', url: '/articles', payload });
  assert.equal(none.statusCode, 401);
  assert.equal(none.headers['www-authenticate'], 'Bearer');
  for (const authorization of ['Bearer wrong', 'Bearer a-long-enough-test-tokeN', 'Basic YTpi', 'a-long-enough-test-token']) {
    const r = await writable.inject({ method: 'POST', url: '/articles', payload, headers: { authorization } });
    assert.ok([401, 403].includes(r.statusCode), `${authorization}: ${r.statusCode}`);
  }
  assert.equal((await writable.inject({ url: '/articles/x' })).statusCode, 404, 'nothing was stored');
  await writable.close();
});

test('CORS is closed: no Access-Control-Allow-Origin, preflight finds nothing', async () => {
  const r = await api.inject({ url: '/events', headers: { origin: 'https://elsewhere.example' } });
  assert.equal(r.statusCode, 200);
  assert.equal(r.headers['access-control-allow-origin'], undefined);
  const pre = await api.inject({ method: 'OPTIONS', url: '/events', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET' } });
  assert.equal(pre.statusCode, 404);
  assert.equal(pre.headers['access-control-allow-origin'], undefined);
  assert.equal(pre.headers['access-control-allow-methods'], undefined);
});

test('security headers on every reply: success, error, not found, docs', async () => {
  for (const url of ['/events', '/events?quad=9', '/nothing-here', '/docs', '/openapi.json', '/articles/none']) {
    const r = await api.inject({ url });
    assert.equal(r.headers['x-content-type-options'], 'nosniff', url);
    assert.equal(r.headers['x-frame-options'], 'DENY', url);
    assert.equal(r.headers['referrer-policy'], 'no-referrer', url);
    assert.match(r.headers['content-security-policy'] as string, /default-src 'none'.*frame-ancestors 'none'/, url);
    assert.equal(r.headers['x-powered-by'], undefined, url);
  }
});

test('parameterised SQL: quotes in values reach the store as data, never as SQL', async () => {
  const before = await store.stats();
  for (const id of ["a1' OR '1'='1", "a1'; DROP TABLE events; --", 'a1" OR 1=1 --', '%27%20OR%201=1']) {
    const r = await api.inject({ url: `/articles/${encodeURIComponent(id)}` });
    assert.equal(r.statusCode, 404, id);
  }
  const q = await api.inject({ url: `/events?q=${encodeURIComponent("' OR 1=1 --")}` });
  assert.deepEqual(q.json().events, []);
  assert.deepEqual(await store.stats(), before);
  assert.equal((await api.inject({ url: '/articles/a1' })).statusCode, 200);
});

test('article ids with slashes, colons, unicode and URL characters are found when encoded', async () => {
  for (const id of ['data/wire.jsonl:3', 'Ünïcode ?#% id']) {
    await store.putArticle(article({ id, events: [{ source: 'GHA', target: 'TGO', cameo: '036' }] }));
    const r = await api.inject({ url: `/articles/${encodeURIComponent(id)}` });
    assert.equal(r.statusCode, 200, id);
    assert.equal(r.json().id, id);
  }
});

test('a failure inside the server is a 500 that tells nothing of the internals', async () => {
  const broken = { ...store, events: () => { throw new Error('SQLITE_CORRUPT at /secret/path/dyad.db'); } } as unknown as EventStore;
  const app = await build(broken);
  const r = await app.inject({ url: '/events' });
  assert.equal(r.statusCode, 500);
  assert.deepEqual(r.json(), { statusCode: 500, error: 'Internal Server Error', message: 'internal error' });
  await app.close();
});

test('static files: nothing outside the served directory, however the path is spelled', async () => {
  const root = join(dir, 'site');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>dashboard</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'TOP SECRET');
  symlinkSync(join(dir, 'secret.txt'), join(root, 'link.txt'));
  const site = await build(store, { staticDir: root });
  const index = await site.inject({ url: '/app/' });
  assert.equal(index.statusCode, 200);
  assert.match(index.headers['content-type'] as string, /^text\/html/);
  assert.equal((await site.inject({ url: '/app/assets/app.js' })).body, 'console.log(1)');
  const attempts = [
    '/app/../secret.txt',
    '/app/%2e%2e/secret.txt',
    '/app/..%2fsecret.txt',
    '/app/%2e%2e%2fsecret.txt',
    '/app/assets/../../secret.txt',
    '/app/assets/%2e%2e/%2e%2e/secret.txt',
    '/app/..%5csecret.txt',
    '/app/%2fetc%2fpasswd',
    '/app//etc/passwd',
    '/app/secret.txt%00.html',
    '/app/link.txt',
    '/app/assets',
  ];
  for (const url of attempts) {
    const r = await site.inject({ url });
    assert.ok([400, 404].includes(r.statusCode), `${url}: ${r.statusCode}`);
    assert.doesNotMatch(r.body, /TOP SECRET|root:/, url);
  }
  await site.close();
});
