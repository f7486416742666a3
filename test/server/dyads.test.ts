/** GET /dyads over a store of invented articles coded for real: the counts /events gives, counted by the store. */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedApi } from './helpers.ts';

type Ev = { source_code: string; target_code: string | null; cameo: string; quad_class: number; date: string | null };
type Dyad = { source: string; target: string; events: number };

const shared = sharedApi();
const get = (url: string) => shared.get(url);
let all: Ev[];
before(async () => (all = await shared.start()));

/** Pairs counted from the events /events returns: the first three letters of each code, events with a target. */
function counted(events: Ev[], both = false): Dyad[] {
  const pairs = new Map<string, Dyad>();
  for (const e of events) {
    if (!e.target_code) continue;
    let [source, target] = [e.source_code.slice(0, 3), e.target_code.slice(0, 3)];
    if (both && source > target) [source, target] = [target, source];
    const p = pairs.get(`${source}-${target}`) ?? { source, target, events: 0 };
    p.events++;
    pairs.set(`${source}-${target}`, p);
  }
  return [...pairs.values()].sort((a, b) => b.events - a.events || (`${a.source}-${a.target}` < `${b.source}-${b.target}` ? -1 : 1));
}

test('GET /dyads counts the events between code countries, each direction apart, most first', async () => {
  const got = await get('/dyads');
  assert.equal(got.direction, 'directed');
  assert.deepEqual(got.dyads, counted(all));
  assert.ok(got.dyads.length >= 4, JSON.stringify(got.dyads));
  const pakChn = got.dyads.find((d: Dyad) => d.source === 'PAK' && d.target === 'CHN');
  const series = await get('/series?dyad=PAK-CHN&by=month');
  const undated = all.filter((e) => e.date === null && e.source_code.startsWith('PAK') && (e.target_code ?? '').startsWith('CHN')).length;
  assert.equal(pakChn.events, series.points.reduce((n: number, p: { events: number }) => n + p.events, 0) + undated, 'a pair is the dyad of /series');
});

test('GET /dyads?direction=both folds the two directions into one pair named in alphabetical order', async () => {
  const got = (await get('/dyads?direction=both')).dyads as Dyad[];
  assert.deepEqual(got, counted(all, true));
  assert.ok(got.every((d) => d.source <= d.target));
  const chnPak = got.find((d) => d.source === 'CHN' && d.target === 'PAK');
  const directed = (await get('/dyads')).dyads as Dyad[];
  const way = (s: string, t: string) => directed.find((d) => d.source === s && d.target === t)?.events ?? 0;
  assert.equal(chnPak?.events, way('CHN', 'PAK') + way('PAK', 'CHN'));
  assert.ok(way('CHN', 'PAK') > 0 && way('PAK', 'CHN') > 0, 'the fixture has both directions');
});

test('GET /dyads filters count exactly the events /events gives with the same filter', async () => {
  for (const query of ['dyad=PAK-', 'dyad=-TGO', 'actor=tgo', 'cameo=05', 'root=11', 'root=05&cameo=051', 'quad=3', 'from=2025-03-12&to=2025-04-30']) {
    const events = (await get(`/events?limit=500&${query}`)).events as Ev[];
    assert.ok(events.length > 0, `${query}: no event`);
    assert.deepEqual((await get(`/dyads?${query}`)).dyads, counted(events), query);
  }
});

test('GET /dyads min and limit keep the busiest pairs; sentence and place filters are refused', async () => {
  const every = (await get('/dyads')).dyads as Dyad[];
  assert.deepEqual((await get('/dyads?limit=2')).dyads, every.slice(0, 2));
  const min = Math.max(...every.map((d) => d.events));
  assert.deepEqual((await get(`/dyads?min=${min}`)).dyads, every.filter((d) => d.events >= min));
  for (const bad of ['q=trade', 'bbox=0,0,1,1', 'direction=up', 'limit=0', 'quad=5']) {
    const r = await shared.api.inject({ url: `/dyads?${bad}` });
    assert.equal(r.statusCode, 400, bad);
    assert.match(r.json().message, /querystring/, bad);
  }
});

test('/openapi.json documents /dyads with its parameters', async () => {
  const doc = await get('/openapi.json');
  const op = doc.paths['/dyads']?.get;
  assert.ok(op, 'GET /dyads is in the document');
  assert.deepEqual(op.parameters.map((p: { name: string }) => p.name).sort(), ['actor', 'cameo', 'direction', 'dyad', 'from', 'limit', 'min', 'quad', 'root', 'to']);
  assert.ok(op.responses['200'], 'its answer is described');
});
