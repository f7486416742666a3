/** marksOf: where an event's actors, verb and place are in its sentence, for GET /articles/:id. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marksOf } from '../../src/output/marks.ts';
import { record } from '../store/records.ts';

function marked(text: string, verb: string, target: string | null = 'CHN') {
  const r = { ...record('a1', '2025-01-14', { source: 'PAK', target, cameo: '057', text }), evidence: { verb, rule: 'sign.agreement', reporter: null } };
  return marksOf(text, r).map((m) => [m.kind, text.slice(m.start, m.end), m.start]);
}

test('a verb found whole is one mark; actors are marked by their text', () => {
  assert.deepEqual(marked('Pakistan signed an agreement with China.', 'signed'), [
    ['source', 'Pakistan', 0],
    ['verb', 'signed', 9],
    ['target', 'China', 34],
  ]);
});

test('verb words matched apart are marked one by one, in order', () => {
  const text = 'Pakistan and China signed a rail agreement in Islamabad.';
  assert.deepEqual(marked(text, 'signed agreement'), [
    ['source', 'Pakistan', 0],
    ['target', 'China', 13],
    ['verb', 'signed', 19],
    ['verb', 'agreement', 33],
  ]);
});

test('a word is found whole, never inside another word, and words not in the sentence are not marked', () => {
  const text = 'Pakistan designed a plan and China signed it.';
  const marks = marked(text, 'signed pact');
  assert.deepEqual(marks.filter((m) => m[0] === 'verb'), [['verb', 'signed', 35]]);
  assert.deepEqual(marked('Pakistan met China.', 'signed agreement').filter((m) => m[0] === 'verb'), []);
});
