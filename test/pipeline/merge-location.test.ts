/**
 * A merged event keeps a location: the primary mention's when it has one, else the first other
 * mention's (text order) that has one, with that mention's place evidence (words, rule, tokens).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeMentions } from '../../src/pipeline/merge-mentions.ts';
import type { Place } from '../../src/document/types.ts';
import { event } from './build-event.ts';
import { code } from './helpers.ts';

function place(name: string, tokenStart: number): Place {
  return { name, country: 'CHL', admin1: null, lat: -33, lon: -71, feature: 'city', text: `in ${name}`, tokenStart, tokenEnd: tokenStart + 1, rule: 'place-prep.in test' };
}

test('a merged event without a place of its own takes the first later mention\'s, evidence and all', () => {
  const talca = place('Talca', 70);
  const chillan = place('Chillan', 120);
  const [e] = mergeMentions([
    event('CHLLAB>-', '143', 1, 10),
    event('CHLLAB>-', '143', 3, 300, { location: talca }),
    event('CHLLAB>-', '143', 5, 500, { location: chillan }),
  ]).events;
  assert.equal(e.mentions, 3);
  assert.equal(e.location, talca, 'the first mention that has a place, the same object (text, rule, tokens)');
  assert.equal(e.location?.rule, 'place-prep.in test');
});

test('the primary mention\'s own place wins over a later one; no place anywhere stays null', () => {
  const arica = place('Arica', 5);
  const [own] = mergeMentions([event('CHLLAB>-', '143', 1, 10, { location: arica }), event('CHLLAB>-', '143', 2, 90, { location: place('Iquique', 40) })]).events;
  assert.equal(own.location, arica);
  const [none] = mergeMentions([event('CHLLAB>-', '143', 1, 10), event('CHLLAB>-', '143', 2, 90)]).events;
  assert.equal(none.location, null);
});

test('the order events arrive in does not change the place kept', () => {
  const first = event('CHLLAB>-', '143', 1, 10);
  const a = event('CHLLAB>-', '143', 2, 60, { location: place('Temuco', 30) });
  const b = event('CHLLAB>-', '143', 4, 200, { location: place('Osorno', 90) });
  for (const order of [[first, a, b], [b, a, first], [a, first, b]]) {
    assert.equal(mergeMentions(order).events[0].location?.name, 'Temuco');
  }
});

test('a headline\'s place serves the body event only when no body mention has one', () => {
  const head = event('CHLLAB>PERGOV', '143', 0, 4, { location: place('Lima', 2) });
  const [fromHead] = mergeMentions([head, event('CHLLAB>PERGOV', '143', 1, 60)], new Set([0])).events;
  assert.equal(fromHead.location?.name, 'Lima');
  const [fromBody] = mergeMentions([head, event('CHLLAB>PERGOV', '143', 1, 60), event('CHLLAB>PERGOV', '143', 2, 130, { location: place('Cusco', 50) })], new Set([0])).events;
  assert.equal(fromBody.location?.name, 'Cusco');
});

// Invented article: a strike call, then the walk-out it led to, located at a port.
const WALKOUT = 'Hundreds of Chilean dock workers walked out on Monday at the port of Valparaiso, leaving ships idle for hours.';

test('article: a strike call merged with a located walk-out of the same day keeps the port', () => {
  const alone = code(WALKOUT, '2025-06-10');
  assert.equal(alone.length, 1);
  assert.equal(alone[0].location?.name, 'Valparaíso', 'the walk-out alone is located');
  const events = code(`Chilean dock workers called a general strike on Monday over port privatisation plans. ${WALKOUT}`, '2025-06-10');
  assert.equal(events.length, 1);
  const [strike] = events;
  assert.equal(strike.mentions, 2);
  assert.deepEqual(strike.sentenceIndexes, [0, 1]);
  assert.equal(strike.sentenceIndex, 0, 'the strike call stays the primary mention');
  assert.equal(strike.location?.name, 'Valparaíso');
  assert.equal(strike.location?.country, 'CHL');
  assert.match(strike.location?.text ?? '', /Valparaiso/);
  assert.equal(strike.merged[0].location?.name, 'Valparaíso', 'the merged mention keeps its own place too');
});
