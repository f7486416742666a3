/** The API's routes over a store of invented articles coded for real (fastify.inject, no port). */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/document/types.ts';
import { app, code, codedStore, coder, sharedApi } from './helpers.ts';

type Ev = { id: string; date: string | null; source_code: string; target_code: string | null; cameo: string; quad_class: number; goldstein: number; record: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

const shared = sharedApi();
const get = (url: string) => shared.get(url);
let all: Ev[];
before(async () => (all = await shared.start()));

test('GET /events gives every stored event, dated in date order, undated last', () => {
  assert.ok(all.length >= 8, `only ${all.length} events`);
  const dated = all.filter((e) => e.date !== null).map((e) => e.date as string);
  assert.deepEqual(dated, [...dated].sort());
  assert.ok(all.slice(dated.length).every((e) => e.date === null));
  assert.ok(all.some((e) => e.date === null), 'the undated article gives undated events');
});

test('GET /events filters: each returns exactly the events that satisfy it', async () => {
  const cases: Array<[string, (e: Ev) => boolean]> = [
    ['dyad=PAK-CHN', (e) => e.source_code.startsWith('PAK') && (e.target_code ?? '').startsWith('CHN')],
    ['dyad=-TGO', (e) => (e.target_code ?? '').startsWith('TGO')],
    ['actor=tgo', (e) => e.source_code.startsWith('TGO') || (e.target_code ?? '').startsWith('TGO')],
    ['cameo=05', (e) => e.cameo.startsWith('05')],
    ['root=11', (e) => e.cameo.startsWith('11')],
    ['quad=3', (e) => e.quad_class === 3],
    ['from=2025-03-12&to=2025-04-30', (e) => e.date !== null && e.date >= '2025-03-12' && e.date <= '2025-04-30'],
    ['q=trade%20AGREEMENT', (e) => /trade agreement/i.test(e.record.sentence)],
    ['bbox=60,23,78,38', (e) => e.record.location !== null && e.record.location.lon >= 60 && e.record.location.lon <= 78],
  ];
  for (const [query, keep] of cases) {
    const got = (await get(`/events?limit=500&${query}`)).events as Ev[];
    assert.ok(got.length > 0, `${query}: no event`);
    assert.deepEqual(got.map((e) => e.id), all.filter(keep).map((e) => e.id), query);
  }
});

test('GET /events pages follow a cursor to the end, each event once, undated included', async () => {
  const seen: string[] = [];
  let url = '/events?limit=2';
  for (let pages = 0; pages < 50; pages++) {
    const page = await get(url);
    seen.push(...page.events.map((e: Ev) => e.id));
    if (!page.next) break;
    url = `/events?limit=2&cursor=${page.next}`;
  }
  assert.deepEqual(seen, all.map((e) => e.id));
});

test('GET /events cursor is stable: an event stored before it does not shift the next page', async () => {
  const first = await get('/events?limit=3');
  const c = coder();
  const early: Article = { id: 'early', text: 'Ghana praised Togo for its help on Monday.', published: '2025-01-06', origin: { file: 'early.txt' } };
  const local = await codedStore();
  try {
    // the same first page from a second store, then a new early event, then the rest
    const api2 = await app(local.store);
    const page1 = (await api2.inject({ url: '/events?limit=3' })).json();
    assert.deepEqual(page1, first);
    await local.store.putArticle({ article: early, records: code(c, early), coder: c.coder });
    const rest = (await api2.inject({ url: `/events?limit=500&cursor=${page1.next}` })).json();
    assert.deepEqual(rest.events.map((e: Ev) => e.id), all.slice(3).map((e) => e.id));
    await api2.close();
  } finally {
    await local.cleanup();
  }
});

test('GET /series counts a dyad per month, week and day, with mean and summed Goldstein', async () => {
  const dyad = all.filter((e) => e.date !== null && e.source_code.startsWith('PAK') && (e.target_code ?? '').startsWith('CHN'));
  for (const by of ['month', 'week', 'day']) {
    const s = await get(`/series?dyad=pak-chn&by=${by}`);
    assert.equal(s.dyad, 'PAK-CHN');
    const points = s.points as Array<{ period: string; events: number; goldstein_mean: number; goldstein_sum: number; quad: Record<string, number> }>;
    assert.equal(points.reduce((n, p) => n + p.events, 0), dyad.length, by);
    const sum = points.reduce((n, p) => n + p.goldstein_sum, 0);
    assert.ok(Math.abs(sum - dyad.reduce((n, e) => n + e.goldstein, 0)) < 1e-6, by);
    for (const p of points) {
      assert.equal(Object.values(p.quad).reduce((a, b) => a + b, 0), p.events);
      assert.ok(Math.abs(p.goldstein_mean * p.events - p.goldstein_sum) < 1e-5);
      if (by === 'week') assert.equal(new Date(`${p.period}T00:00:00Z`).getUTCDay(), 1, `${p.period} is a Monday`);
      if (by === 'month') assert.match(p.period, /^\d{4}-\d{2}$/);
    }
  }
});

test('GET /series direction=both sums the two directions of a dyad per period', async () => {
  const there = (await get('/series?dyad=PAK-CHN&by=month')).points;
  const back = (await get('/series?dyad=CHN-PAK&by=month')).points;
  const both = await get('/series?dyad=PAK-CHN&by=month&direction=both');
  assert.equal(both.direction, 'both');
  const periods = [...new Set([...there, ...back].map((p: { period: string }) => p.period))].sort();
  assert.deepEqual(both.points.map((p: { period: string }) => p.period), periods);
  for (const p of both.points) {
    const parts = [...there, ...back].filter((x: { period: string }) => x.period === p.period);
    assert.equal(p.events, parts.reduce((n: number, x: { events: number }) => n + x.events, 0));
    assert.ok(Math.abs(p.goldstein_sum - parts.reduce((n: number, x: { goldstein_sum: number }) => n + x.goldstein_sum, 0)) < 1e-5);
  }
});

test('GET /network: edges count events per directed pair with their mean Goldstein', async () => {
  const net = await get('/network');
  const pairs = all.filter((e) => e.target_code !== null);
  assert.equal(net.edges.reduce((n: number, x: { events: number }) => n + x.events, 0), pairs.length);
  const edge = net.edges.find((x: { source: string; target: string }) => x.source === 'GHA' && x.target === 'TGO');
  const gt = pairs.filter((e) => e.source_code === 'GHA' && e.target_code === 'TGO');
  assert.equal(edge.events, gt.length);
  assert.ok(Math.abs(edge.goldstein_mean - gt.reduce((n, e) => n + e.goldstein, 0) / gt.length) < 1e-6);
  const ids = new Set(net.nodes.map((n: { id: string }) => n.id));
  for (const x of net.edges) assert.ok(ids.has(x.source) && ids.has(x.target));
  const byCountry = await get('/network?level=country&actor=PAK');
  assert.ok(byCountry.nodes.every((n: { id: string }) => /^[A-Z]{3}$/.test(n.id)));
  assert.ok(byCountry.edges.some((x: { source: string }) => x.source === 'PAK'));
});

test('GET /articles/:id marks actors, verbs and places by offsets into each sentence', async () => {
  const a = await get('/articles/trade-pact');
  assert.equal(a.id, 'trade-pact');
  assert.equal(a.published, '2025-03-10');
  assert.ok(a.events.length >= 2);
  const kinds = new Set<string>();
  for (const s of a.sentences) {
    for (const m of s.marks) {
      const r = a.events.find((e: Ev['record']) => e.id === m.event_id);
      const words = s.text.slice(m.start, m.end);
      const expected = { source: r.source.text, target: r.target?.text, verb: r.evidence.verb, location: r.location?.name }[m.kind as string];
      // words the lexicon matched apart are marked one by one
      assert.ok(words === expected || (m.kind === 'verb' && expected.split(/\s+/).includes(words)), `${m.kind} of ${r.id}: "${words}" for "${expected}"`);
      kinds.add(m.kind);
    }
  }
  assert.deepEqual([...kinds].sort(), ['location', 'source', 'target', 'verb']);
  const missing = await shared.api.inject({ url: '/articles/no-such-article' });
  assert.equal(missing.statusCode, 404);
  assert.match(missing.json().message, /no article "no-such-article"/);
});

test('GET /actors lists and searches the dictionary given', async () => {
  const entries = [
    { id: 'ama-owusu', name: 'Ama Owusu', aliases: ['Minister Owusu'], codes: [{ code: 'GHAGOV' }], source: 'user' as const },
    { id: 'kofi-mensah', name: 'Kofi Mensah', aliases: [], codes: [{ code: 'GHAOPP' }], source: 'user' as const },
  ];
  const withActors = await app(shared.fixture.store, { actors: () => entries });
  const listed = (await withActors.inject({ url: '/actors' })).json();
  assert.equal(listed.total, 2);
  const found = (await withActors.inject({ url: '/actors?q=ghaopp' })).json();
  assert.deepEqual(found.actors.map((a: { id: string }) => a.id), ['kofi-mensah']);
  await withActors.close();
});

test('POST /code codes pasted text and stores nothing', async () => {
  const before = await shared.fixture.store.stats();
  const r = await shared.api.inject({ method: 'POST', url: '/code', payload: { text: 'Kenya and Uganda signed a border agreement in Nairobi on Friday.', published: '2025-06-02' } });
  assert.equal(r.statusCode, 200, r.body);
  const { records } = r.json();
  assert.ok(records.some((x: Ev['record']) => x.source.code === 'KEN' && x.target?.code === 'UGA'));
  assert.ok(records.every((x: Ev['record']) => x.article_id === 'pasted' && x.published === '2025-06-02'));
  assert.deepEqual(await shared.fixture.store.stats(), before);
});

test('POST /articles stores coded text when the server has a token and the request carries it', async () => {
  const token = 'test-token-0123456789';
  const writable = await app(shared.fixture.store, { token });
  const payload = { id: 'posted', text: 'Kenya praised Uganda on Monday.', published: '2025-06-09' };
  assert.equal((await writable.inject({ method: 'POST', url: '/articles', payload })).statusCode, 401);
  assert.equal((await writable.inject({ method: 'POST', url: '/articles', payload, headers: { authorization: 'Bearer wrong-token-000000000' } })).statusCode, 403);
  const r = await writable.inject({ method: 'POST', url: '/articles', payload, headers: { authorization: `Bearer ${token}` } });
  assert.equal(r.statusCode, 201, r.body);
  assert.equal(r.json().status, 'inserted');
  const stored = (await writable.inject({ url: '/articles/posted' })).json();
  assert.ok(stored.events.length >= 1);
  await writable.close();
});

test('GET /stats counts what the store holds', async () => {
  const stats = await get('/stats');
  assert.deepEqual(stats, await shared.fixture.store.stats());
  assert.ok(stats.articles >= 6);
});

test('/openapi.json describes every route and its parameters; /docs renders it', async () => {
  const doc = await get('/openapi.json');
  assert.equal(doc.openapi, '3.0.3');
  for (const [path, method] of [['/events', 'get'], ['/series', 'get'], ['/network', 'get'], ['/articles/{id}', 'get'], ['/actors', 'get'], ['/code', 'post']]) {
    assert.ok(doc.paths[path]?.[method], `${method} ${path}`);
  }
  const names = doc.paths['/events'].get.parameters.map((p: { name: string }) => p.name);
  for (const n of ['dyad', 'actor', 'cameo', 'root', 'quad', 'from', 'to', 'q', 'bbox', 'limit', 'cursor']) assert.ok(names.includes(n), n);
  assert.ok(doc.paths['/series'].get.parameters.find((p: { name: string }) => p.name === 'dyad').required);
  const docs = await shared.api.inject({ url: '/docs' });
  assert.equal(docs.statusCode, 200);
  assert.match(docs.headers['content-type'] as string, /^text\/html/);
  assert.match(docs.body, /\/articles\/\{id\}/);
  assert.doesNotMatch(docs.body, /<script|https?:\/\/(?!127)/);
});
