/**
 * The storage contract: every EventStore driver runs this suite (sqlite.test.ts, and the
 * PostgreSQL driver's test when a server is at hand). Each test gets a fresh, empty store.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventQuery, EventStore, StoredEvent } from '../../src/store/types.ts';
import { article, CODER } from './records.ts';
import { countryPairContract } from './contract-pairs.ts';

export type StoreFactory = () => Promise<EventStore>;

async function all(store: EventStore, query?: EventQuery): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for await (const e of store.events(query)) out.push(e);
  return out;
}

/** Runs `body` on a fresh store and closes it whatever happens. */
async function withStore(factory: StoreFactory, body: (store: EventStore) => Promise<void>): Promise<void> {
  const store = await factory();
  try {
    await body(store);
  } finally {
    await store.close();
  }
}

const MEETING = { source: 'PAK', target: 'CHN', cameo: '036', date: '2025-03-10' };

export function storeContract(name: string, factory: StoreFactory): void {
  const it = (title: string, body: (store: EventStore) => Promise<void>) => test(`${name}: ${title}`, () => withStore(factory, body));

  it('a new store is empty', async (store) => {
    assert.deepEqual(await store.stats(), { articles: 0, mentions: 0, events: 0, actors: 0, sentences: 0 });
    assert.deepEqual(await all(store), []);
    assert.deepEqual(await store.countryPairs(), []);
    assert.equal(await store.articleState('nothing'), null);
  });

  it('stores an article, its sentences, mentions, actors and events', async (store) => {
    const input = article({ id: 'a1', events: [MEETING, { source: 'IND', target: 'PAK', cameo: '111', sentence: 2 }] });
    assert.deepEqual(await store.putArticle(input), { status: 'inserted', mentions: 2 });
    assert.deepEqual(await store.stats(), { articles: 1, mentions: 2, events: 2, actors: 3, sentences: 2 });
    const state = await store.articleState('a1');
    assert.equal(state?.coder, CODER);
    assert.match(state?.contentHash ?? '', /^[0-9a-f]{32}$/);
  });

  it('gives back every record as it was put, sentence and coder included', async (store) => {
    const input = article({ id: 'a1', events: [MEETING, { source: 'IND', target: null, cameo: '042', sentence: 3, mentions: 2 }] });
    await store.putArticle(input);
    const events = await all(store);
    const back = (await Promise.all(events.map((e) => store.mentionsOf(e.id)))).flat();
    assert.deepEqual(
      back.sort((a, b) => a.sentence_index - b.sentence_index),
      input.records,
    );
    for (const e of events) assert.deepEqual(e.record, input.records.find((r) => r.id === e.record.id));
  });

  it('re-ingesting the same content changes nothing', async (store) => {
    const input = article({ id: 'a1', events: [MEETING] });
    await store.putArticle(input);
    const before = { stats: await store.stats(), events: await all(store), state: await store.articleState('a1') };
    assert.deepEqual(await store.putArticle(article({ id: 'a1', events: [MEETING] })), { status: 'unchanged', mentions: 0 });
    assert.deepEqual({ stats: await store.stats(), events: await all(store), state: await store.articleState('a1') }, before);
  });

  it('a changed article replaces its own events and leaves the others alone', async (store) => {
    await store.putArticle(article({ id: 'a1', events: [MEETING, { source: 'GHA', target: 'TGO', cameo: '172', sentence: 1 }] }));
    await store.putArticle(article({ id: 'a2', events: [MEETING] }));
    const changed = article({ id: 'a1', text: 'A corrected invented report.', events: [{ source: 'IND', target: 'PAK', cameo: '111' }] });
    assert.deepEqual(await store.putArticle(changed), { status: 'replaced', mentions: 1 });
    const events = await all(store);
    assert.deepEqual(events.map((e) => `${e.sourceCode}>${e.targetCode} ${e.baseCode} ${e.numArticles}`).sort(), ['IND>PAK 111 1', 'PAK>CHN 036 1']);
    assert.equal((await store.stats()).mentions, 2);
    assert.equal((await store.stats()).sentences, 2, 'the old sentences of a1 are gone');
  });

  it('a new coder re-codes an article whose text did not change', async (store) => {
    await store.putArticle(article({ id: 'a1', events: [MEETING] }));
    const recoded = { ...article({ id: 'a1', events: [MEETING, { source: 'GHA', target: 'TGO', cameo: '172', sentence: 1 }] }), coder: 'dyad 0.0.1 lex:123456' };
    assert.equal((await store.putArticle(recoded)).status, 'replaced');
    assert.equal((await store.articleState('a1'))?.coder, 'dyad 0.0.1 lex:123456');
    assert.equal((await store.stats()).events, 2);
  });

  it('one real-world event reported by many articles is one event with GDELT counts', async (store) => {
    await store.putArticle(article({ id: 'a1', source: 'Daily Invented', events: [{ ...MEETING, mentions: 2 }] }));
    await store.putArticle(article({ id: 'a2', source: 'Daily Invented', events: [MEETING] }));
    await store.putArticle(article({ id: 'a3', source: 'Evening Made-Up', events: [MEETING] }));
    const events = await all(store);
    assert.equal(events.length, 1);
    assert.deepEqual([events[0].numMentions, events[0].numSources, events[0].numArticles], [4, 2, 3]);
    assert.deepEqual((await store.mentionsOf(events[0].id)).map((r) => r.article_id), ['a1', 'a2', 'a3']);
  });

  it('counts an article without an outlet under its input file', async (store) => {
    await store.putArticle(article({ id: 'a1', file: 'feeds/one.jsonl', events: [MEETING] }));
    await store.putArticle(article({ id: 'a2', file: 'feeds/one.jsonl', events: [MEETING] }));
    await store.putArticle(article({ id: 'a3', file: 'feeds/two.jsonl', events: [MEETING] }));
    const [e] = await all(store);
    assert.deepEqual([e.numSources, e.numArticles], [2, 3]);
  });

  it('dyad direction, base code, date and negation separate events; a finer code of the same base does not', async (store) => {
    await store.putArticle(article({ id: 'a1', events: [MEETING, { ...MEETING, source: 'CHN', target: 'PAK', sentence: 1 }, { ...MEETING, cameo: '057', sentence: 2 }] }));
    await store.putArticle(article({ id: 'a2', events: [{ ...MEETING, date: '2025-03-11' }, { ...MEETING, negated: true, sentence: 1 }] }));
    await store.putArticle(article({ id: 'a3', events: [{ ...MEETING, cameo: '0311' }] }));
    const events = await all(store);
    assert.equal(events.length, 6);
    const meeting = events.find((e) => e.sourceCode === 'PAK' && e.baseCode === '036' && e.date === '2025-03-10' && !e.negated);
    assert.equal(meeting?.numArticles, 1, '0311 is base 031, not 036');
    await store.putArticle(article({ id: 'a4', events: [{ ...MEETING, cameo: '0361' }] }));
    const merged = (await all(store)).find((e) => e.id === meeting?.id);
    assert.equal(merged?.numArticles, 2);
    assert.equal(merged?.cameo, '0361', 'the most specific code of the base');
  });

  it('undated events are never merged across articles', async (store) => {
    await store.putArticle(article({ id: 'a1', published: null, events: [{ ...MEETING, date: null }] }));
    await store.putArticle(article({ id: 'a2', published: null, events: [{ ...MEETING, date: null }] }));
    const events = await all(store);
    assert.equal(events.length, 2);
    assert.ok(events.every((e) => e.numArticles === 1 && e.date === null));
  });

  it('the representative mention is the earliest published, whatever the order of arrival', async (store) => {
    await store.putArticle(article({ id: 'late', published: '2025-03-12', url: 'https://example.invalid/late', events: [MEETING] }));
    await store.putArticle(article({ id: 'early', published: '2025-03-11', url: 'https://example.invalid/early', events: [MEETING] }));
    const [e] = await all(store);
    assert.equal(e.record.article_id, 'early');
    assert.equal(e.url, 'https://example.invalid/early');
  });

  it('events do not depend on the order articles arrive in', async (store) => {
    const inputs = [
      article({ id: 'b', published: '2025-03-11', source: 'Two', events: [MEETING, { source: 'GHA', target: 'TGO', cameo: '190', date: '2025-04', sentence: 1 }] }),
      article({ id: 'a', published: '2025-03-11', source: 'One', events: [{ ...MEETING, cameo: '0361' }] }),
      article({ id: 'c', published: '2025-03-10', source: 'One', events: [{ source: 'GHA', target: 'TGO', cameo: '190', date: '2025-04' }] }),
    ];
    await store.putArticles(inputs);
    const forward = await all(store);
    for (const input of [...inputs].reverse()) await store.putArticle({ ...input, article: { ...input.article, text: `${input.article.text} (v2)` } });
    for (const input of inputs) await store.putArticle(input);
    assert.deepEqual(await all(store), forward);
  });

  for (const start of [3, 5, 7, 11, 13, 17]) it(`counts carried forward as reports arrive equal a recount, in any order and batching (seed ${start})`, async (store) => {
    // A seeded mix of reports of three events: 3- and 4-digit codes, outlets, dates, repeats.
    let seed = start;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor(seed / 65536) % n);
    const inputs = Array.from({ length: 40 }, (_, i) => {
      const events = [0, 1, 2].filter(() => next(3) > 0).map((k, sentence) => ({ ...MEETING, cameo: [['036', '036', '036', '036', '0361', '0362'], ['057'], ['190', '190', '1901']][k][next(k === 1 ? 1 : k === 0 ? 6 : 3)], target: ['CHN', 'IND', 'AFG'][k], sentence, mentions: 1 + next(2) }));
      return article({ id: `r${String(i).padStart(2, '0')}`, published: next(5) === 0 ? null : `2025-03-${10 + next(4)}`, source: ['One', 'Two', 'Three'][next(3)], events });
    });
    // The earliest report, with 3-digit codes, comes first: the code is then the first finer one in mention order.
    inputs.unshift(article({ id: 'first', published: '2025-03-01', events: [0, 1, 2].map((k) => ({ ...MEETING, cameo: ['036', '057', '190'][k], target: ['CHN', 'IND', 'AFG'][k], sentence: k })) }));
    const shuffled = [inputs[0], ...inputs.slice(1).sort(() => next(3) - 1)];
    for (let i = 0, k = 1; i < shuffled.length; i += k, k = 1 + next(4)) await store.putArticles(shuffled.slice(i, i + k));
    const incremental = await all(store);
    // Every event counted from all its mentions at once: the articles emptied, then put back in one transaction.
    await store.putArticles(inputs.map((input) => ({ ...input, article: { ...input.article, text: `${input.article.text} (gone)` }, records: [] })));
    assert.equal((await store.stats()).events, 0);
    await store.putArticles([...inputs].reverse());
    assert.deepEqual(incremental, await all(store));
  });

  it('a replaced article is recounted out of the events it no longer reports', async (store) => {
    await store.putArticle(article({ id: 'a1', events: [MEETING] }));
    await store.putArticle(article({ id: 'a2', events: [MEETING] }));
    await store.putArticle(article({ id: 'a1', text: 'Changed.', events: [] }));
    const [e] = await all(store);
    assert.deepEqual([e.numArticles, e.numMentions, e.record.article_id], [1, 1, 'a2']);
    await store.putArticle(article({ id: 'a2', text: 'Changed too.', events: [] }));
    assert.deepEqual(await all(store), []);
    assert.equal((await store.stats()).articles, 2, 'articles without events are kept (they were read)');
  });

  it('putArticles stores a batch and reports each article', async (store) => {
    const results = await store.putArticles([article({ id: 'a1', events: [MEETING] }), article({ id: 'a2', events: [] }), article({ id: 'a1', events: [MEETING] })]);
    assert.deepEqual(results.map((r) => r.status), ['inserted', 'inserted', 'unchanged']);
  });

  it('gives back one article with its sentences and records, null for an unknown id', async (store) => {
    const input = article({ id: 'a1', url: 'https://example.org/a1', events: [{ ...MEETING, sentence: 2 }, { source: 'IND', target: 'PAK', cameo: '111', sentence: 0 }] });
    await store.putArticle(input);
    const a = await store.article('a1');
    assert.equal(a?.id, 'a1');
    assert.equal(a?.published, '2025-03-10');
    assert.equal(a?.url, 'https://example.org/a1');
    assert.equal(a?.coder, CODER);
    assert.deepEqual(a?.sentences.map((s) => s.index), [0, 2]);
    assert.deepEqual(a?.records, [input.records[1], input.records[0]]);
    assert.equal(await store.article('nothing'), null);
  });

  it('queries events by date range and dyad prefix, in date order', async (store) => {
    await store.putArticle(article({
      id: 'a1',
      events: [
        { source: 'PAKGOV', target: 'CHN', cameo: '036', date: '2025-02-01' },
        { source: 'PAK', target: 'CHNGOV', cameo: '043', date: '2025-03-05', sentence: 1 },
        { source: 'CHN', target: 'PAK', cameo: '111', date: '2025-03', sentence: 2 },
        { source: 'IND', target: 'PAK', cameo: '172', date: '2025-04-01', sentence: 3 },
        { source: 'PAK', target: null, cameo: '042', date: null, sentence: 4 },
      ],
    }));
    const codes = async (q: EventQuery) => (await all(store, q)).map((e) => `${e.sourceCode}>${e.targetCode ?? '-'}`);
    assert.deepEqual(await codes({}), ['PAKGOV>CHN', 'CHN>PAK', 'PAK>CHNGOV', 'IND>PAK', 'PAK>-']);
    assert.deepEqual(await codes({ from: '2025-03-01', to: '2025-03-31' }), ['CHN>PAK', 'PAK>CHNGOV']);
    assert.deepEqual(await codes({ source: 'PAK', target: 'CHN' }), ['PAKGOV>CHN', 'PAK>CHNGOV']);
    assert.deepEqual(await codes({ target: 'PAK', from: '2025-03-02' }), ['IND>PAK']);
  });

  it('a series counts each event once per period with its mentions and quad classes', async (store) => {
    await store.putArticle(article({ id: 'a1', source: 'One', events: [{ ...MEETING, date: '2025-03-02' }, { source: 'PAK', target: 'CHN', cameo: '172', date: '2025-03-20', sentence: 1 }] }));
    await store.putArticle(article({ id: 'a2', source: 'Two', events: [{ ...MEETING, date: '2025-03-02' }, { source: 'PAK', target: 'CHN', cameo: '057', date: '2025-05-01', sentence: 1 }] }));
    await store.putArticle(article({ id: 'a3', events: [{ source: 'IND', target: 'CHN', cameo: '190', date: '2025-03-03' }] }));
    const series = await store.series({ source: 'PAK', target: 'CHN', by: 'month' });
    assert.deepEqual(series, [
      { period: '2025-03', events: 2, mentions: 3, goldstein: -0.5, quad: [1, 0, 0, 1] },
      { period: '2025-05', events: 1, mentions: 1, goldstein: 8, quad: [1, 0, 0, 0] },
    ]);
    assert.deepEqual((await store.series({ by: 'year' })).map((p) => [p.period, p.events]), [['2025', 4]]);
  });

  countryPairContract(it);
}
