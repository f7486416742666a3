import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, resolveEventDate } from '../../src/time/index.ts';
import type { Span } from '../../src/document/types.ts';

const PUB = '2016-09-04';

/** The span of `word` in the sentence placed at article offset `at`. */
function spanOf(sentence: string, word: string, at = 0): Span {
  const i = sentence.indexOf(word);
  assert.ok(i >= 0, word);
  return { start: at + i, end: at + i + word.length };
}

function resolve(sentence: string, verb: string, withContext = true, at = 0) {
  const mentions = findDates(sentence, at, PUB);
  return resolveEventDate(mentions, spanOf(sentence, verb, at), PUB, withContext ? { text: sentence, start: at } : undefined);
}

test('the only date of the sentence is the event date, with its words and span', () => {
  const s = 'Police arrested 20 protesters on Thursday.';
  assert.deepEqual(resolve(s, 'arrested', true, 500), {
    value: '2016-09-01',
    precision: 'day',
    basis: 'text',
    text: 'Thursday',
    span: spanOf(s, 'Thursday', 500),
    rule: 'chrono.weekday-past',
  });
});

test('reported speech: "said on Tuesday that troops attacked ... on Sunday"', () => {
  const s = 'The ministry said on Tuesday that troops attacked the village on Sunday.';
  assert.equal(resolve(s, 'said')?.value, '2016-08-30');
  assert.equal(resolve(s, 'attacked')?.value, '2016-09-04');
});

test('a date in the opening phrase belongs to the main clause', () => {
  const s = 'On Monday, police in the northern city of Kunduz arrested 20 men.';
  assert.equal(resolve(s, 'arrested')?.value, '2016-08-29');
});

test('same clause beats a nearer date across a semicolon', () => {
  const s = 'Talks ended on Sunday; rebels attacked the convoy near the northern town of Kunduz on Monday.';
  assert.equal(resolve(s, 'attacked')?.value, '2016-08-29');
  // Without the sentence text only distance counts.
  assert.equal(resolve(s, 'attacked', false)?.value, '2016-09-04');
});

test('a date past a later comma clause loses to one in the verb\'s clause', () => {
  const s = 'Troops shelled the town on Monday, two days after rebels seized it on Saturday.';
  assert.equal(resolve(s, 'shelled')?.value, '2016-08-29');
  assert.equal(resolve(s, 'seized')?.value, '2016-09-03');
});

test('relative clause: each verb gets its own date', () => {
  const s = 'In 2015 rebels seized the town, which troops retook on Monday.';
  assert.equal(resolve(s, 'seized')?.value, '2015');
  assert.equal(resolve(s, 'retook')?.value, '2016-08-29');
});

test('no date in the sentence: the article date, basis published', () => {
  assert.deepEqual(resolve('Police arrested 20 protesters.', 'arrested'), {
    value: PUB,
    precision: 'day',
    basis: 'published',
    rule: 'published',
  });
});

test('no date and no article date: null; malformed article date: null', () => {
  assert.equal(resolveEventDate([], { start: 0, end: 5 }, null), null);
  assert.equal(resolveEventDate([], { start: 0, end: 5 }, '04/09/2016'), null);
});

test('mentions outside the sentence are ignored when the sentence is given', () => {
  const other = findDates('Rebels struck on Friday.', 0, PUB);
  const s = 'Police arrested 20 protesters.';
  const got = resolveEventDate(other, spanOf(s, 'arrested', 100), PUB, { text: s, start: 100 });
  assert.equal(got?.basis, 'published');
});

test('equal distance: the more precise date wins', () => {
  const verb = { start: 10, end: 15 };
  const year = { span: { start: 0, end: 5 }, text: 'x', value: '2015', precision: 'year' as const, rule: 'year.in' };
  const day = { span: { start: 20, end: 25 }, text: 'y', value: '2015-03-02', precision: 'day' as const, rule: 'chrono.date' };
  assert.equal(resolveEventDate([year, day], verb, PUB)?.value, '2015-03-02');
});
