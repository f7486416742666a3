/** Which first lines are headlines, and what the coder does with their events. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineSpan } from '../../src/pipeline/headline.ts';
import { code } from './helpers.ts';

test('a short first line without a full stop, then a blank line, is a headline', () => {
  const text = 'Kenya criticizes Uganda over tariffs\n\nNAIROBI - Kenya criticized Uganda on Monday.';
  assert.deepEqual(headlineSpan(text), { start: 0, end: 36 });
  assert.deepEqual(headlineSpan(`  ${text}`), { start: 2, end: 38 });
  assert.ok(headlineSpan('Kenya criticizes Uganda over tariffs\nNAIROBI - Kenya criticized Uganda on Monday.\nTraders waited.'));
});

test('a first sentence, a hard-wrapped paragraph or a one-line text has no headline', () => {
  assert.equal(headlineSpan('Kenya criticized Uganda on Monday.\n\nTraders waited.'), null);
  assert.equal(headlineSpan('NAIROBI - Kenya criticized Uganda on Monday over new\ntariffs on sugar and maize, officials\nsaid.'), null);
  assert.equal(headlineSpan('Kenya criticizes Uganda over tariffs'), null);
  assert.equal(headlineSpan('Kenya criticized Uganda over tariffs on Monday. (Wire reports)\n\nTraders waited.'), null);
  assert.equal(headlineSpan('Kenya criticized Uganda over tariffs, officials said.[2]\n\nTraders waited.'), null);
  assert.ok(headlineSpan('Kenya criticizes Uganda over tariffs (update)\n\nTraders waited.'));
  assert.equal(headlineSpan(`${'word '.repeat(30)}\n\nMore text.`), null);
});

test('no event from a bare headline: a headline event without a target is left out', () => {
  const events = code('Kenya criticizes new tariffs\n\nTraders waited at the border crossing on Tuesday.\n', '2025-03-12');
  assert.deepEqual(events, []);
  const kept = code('Kenya criticizes Uganda over tariffs\n\nTraders waited at the border crossing on Tuesday.\n', '2025-03-12');
  assert.deepEqual(kept.map((e) => `${e.source.code}>${e.target?.code}:${e.cameo}:${e.sentenceIndex}`), ['KEN>UGA:111:0']);
});

test('a headline and the body reporting one accusation give one event, counted in every mention', () => {
  const article = [
    'Chile accuses Peru of spying on navy',
    '',
    'LIMA - Chile accused Peru on Monday of spying on its naval bases in the north. Officials said two sailors had sold maps of a port. Reportedly, Chile accused Peru of spying on Monday after a long inquiry. Peru denied the charge.',
  ].join('\n');
  const accusations = code(article, '2025-03-11').filter((e) => e.cameo.startsWith('112'));
  assert.equal(accusations.length, 1);
  const [a] = accusations;
  assert.deepEqual([a.source.code, a.target?.code, a.sentenceIndex, a.date?.value], ['CHL', 'PER', 1, '2025-03-10']);
  assert.equal(a.mentions, 3);
  assert.deepEqual(a.sentenceIndexes, [0, 1, 3]);
  assert.equal(a.hedged, false, 'the plain mention outweighs the hedged one');
});
