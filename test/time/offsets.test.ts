import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, resolveEventDate } from '../../src/time/index.ts';
import { full } from './helpers.ts';

function dateAt(text: string, verb: string, nth = 0, published = '2024-03-14'): string | null {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(verb, at + 1);
  const d = resolveEventDate(findDates(text, 0, published), { start: at, end: at + verb.length }, published, { text, start: 0 });
  return d && `${d.value}/${d.precision}`;
}

test('an offset from another dated event is resolved from that date; the anchor keeps its own', () => {
  const s = 'Iran signed the accord a week after Turkey signed its own on March 3.';
  assert.equal(dateAt(s, 'signed', 0), '2024-03-10/day');
  assert.equal(dateAt(s, 'signed', 1), '2024-03-03/day');
  assert.deepEqual(full('The strike came two days before the May 9 vote.', '2024-03-14'), [['two days before', '2023-05-07', 'day', 'offset.before(chrono.month-day-past)']]);
  assert.deepEqual(full('Fighting resumed a year after the war began in 2011.', '2024-03-14')[0], ['a year after', '2012', 'year', 'offset.after(year.in)']);
});

test('an offset that cannot be resolved gives nothing; precision is never made finer', () => {
  assert.deepEqual(full('Talks resumed a week after the attack.', '2024-03-14'), []);
  assert.deepEqual(full('Talks resumed a week after the attack in March 2023.', '2024-03-14').map((d) => d[0]), ['March 2023']);
  assert.deepEqual(full('Talks resumed a month after the attack in March 2023.', '2024-03-14')[0].slice(1, 3), ['2023-04', 'month']);
});

test('a fronted offset dates the main verb, not its anchor', () => {
  assert.equal(dateAt('A day after the vote on Monday, police arrested him.', 'arrested'), '2024-03-12/day');
  assert.equal(dateAt('Troops shelled the town on Monday, two days after rebels seized it on Saturday.', 'shelled'), '2024-03-11/day');
  assert.equal(dateAt('Troops shelled the town on Monday, two days after rebels seized it on Saturday.', 'seized'), '2024-03-09/day');
});
