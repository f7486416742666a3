/**
 * The storage contract for countryPairs (part of contract.ts, run on every driver): events
 * per directed country pair, counted by the database, equal to counting the stored events
 * one by one with the same filters.
 */
import assert from 'node:assert/strict';
import type { CountryPair, EventStore, PairQuery, StoredEvent } from '../../src/store/types.ts';
import { article } from './records.ts';

type It = (title: string, body: (store: EventStore) => Promise<void>) => void;

/** The same counts from the events themselves: what /network by country used to compute. */
async function countedOneByOne(store: EventStore, query: PairQuery): Promise<CountryPair[]> {
  const starts = (code: string | null, prefix: string) => code !== null && code.startsWith(prefix);
  const keep = (e: StoredEvent) =>
    e.targetCode !== null &&
    (!query.actor || starts(e.sourceCode, query.actor) || starts(e.targetCode, query.actor)) &&
    (query.cameo ?? []).every((c) => e.cameo.startsWith(c)) &&
    (query.quad === undefined || e.quadClass === query.quad);
  const counts = new Map<string, CountryPair>();
  for await (const e of store.events(query)) {
    if (!keep(e)) continue;
    const [source, target] = [e.sourceCode.slice(0, 3), (e.targetCode as string).slice(0, 3)];
    const pair = counts.get(`${source}>${target}`) ?? { source, target, events: 0 };
    pair.events++;
    counts.set(`${source}>${target}`, pair);
  }
  return [...counts.values()].sort((a, b) => b.events - a.events || (`${a.source}>${a.target}` < `${b.source}>${b.target}` ? -1 : 1));
}

const STORY = [
  { source: 'PAKGOV', target: 'CHN', cameo: '036', date: '2025-02-01' },
  { source: 'PAK', target: 'CHNGOV', cameo: '043', date: '2025-03-05', sentence: 1 },
  { source: 'CHN', target: 'PAK', cameo: '111', date: '2025-03', sentence: 2 },
  { source: 'IND', target: 'PAK', cameo: '172', date: '2025-04-01', sentence: 3 },
  { source: 'PAK', target: null, cameo: '042', date: null, sentence: 4 },
  { source: 'IGOUNO', target: 'PAKGOV', cameo: '0311', date: '2025-03-20', sentence: 5 },
  { source: 'GHA', target: 'TGO', cameo: '190', date: '2025-03-12', sentence: 6 },
  { source: 'GHA', target: 'TGO', cameo: '057', date: '2025-03-13', sentence: 7 },
  { source: 'TGO', target: 'GHA', cameo: '111', date: undefined, sentence: 8 },
];

export function countryPairContract(it: It): void {
  it('country pairs: events per directed pair of code countries, each event once, most first', async (store) => {
    await store.putArticle(article({ id: 'a1', events: STORY }));
    // the same PAK -> CHN meeting reported again: still one event
    await store.putArticle(article({ id: 'a2', source: 'Other Wire', events: [STORY[0]] }));
    assert.deepEqual(await store.countryPairs(), [
      { source: 'GHA', target: 'TGO', events: 2 },
      { source: 'PAK', target: 'CHN', events: 2 },
      { source: 'CHN', target: 'PAK', events: 1 },
      { source: 'IGO', target: 'PAK', events: 1 },
      { source: 'IND', target: 'PAK', events: 1 },
      { source: 'TGO', target: 'GHA', events: 1 },
    ]);
  });

  it('country pairs: every filter counts what the events with it hold', async (store) => {
    await store.putArticle(article({ id: 'a1', events: STORY }));
    const queries: PairQuery[] = [
      {},
      { from: '2025-03-01', to: '2025-03-31' },
      { from: '2025-03-06' },
      { source: 'PAK' },
      { source: 'PAK', target: 'CHN' },
      { target: 'PAKGOV' },
      { actor: 'PAK' },
      { actor: 'TGO', from: '2025-03-13' },
      { cameo: ['03'] },
      { cameo: ['03', '031'] },
      { cameo: ['11'] },
      { quad: 4 },
      { quad: 1, actor: 'CHN' },
    ];
    for (const query of queries) {
      const expected = await countedOneByOne(store, query);
      assert.deepEqual(await store.countryPairs(query), expected, JSON.stringify(query));
    }
    assert.deepEqual(await store.countryPairs({ cameo: ['03', '04'] }), [], 'prefixes that exclude each other');
    assert.deepEqual(await store.countryPairs({ source: 'USA' }), []);
  });
}
