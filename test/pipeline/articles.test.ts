/** Whole invented articles: dates from the text, precision, basis, compound and collective actors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from './helpers.ts';

const CABINET = `Nepal's Cabinet has approved the opening of negotiations with India on a long-term transit treaty, a government report said on Sunday.

At a session in Pokhara on July 15 under Prime Minister Ram Thapa, the Cabinet approved negotiating a transit agreement with India, the report said.

When Indian Prime Minister Arun Mehta visited Nepal in March 2014, the two countries agreed that their ties needed a new framework.

Gopal Rai, then prime minister, had travelled to Beijing in 2011.`;

test('the event date comes from its own sentence, at day precision', () => {
  const events = code(CABINET, '2016-09-04');
  const goAhead = events.find((e) => e.sentenceIndex === 1);
  assert.ok(goAhead, 'the Cabinet sentence is coded');
  assert.match(goAhead.source.code, /^NPL/);
  assert.equal(goAhead.target?.code, 'IND');
  assert.equal(goAhead.cameo.slice(0, 2), '03');
  assert.deepEqual([goAhead.date?.value, goAhead.date?.precision, goAhead.date?.basis], ['2016-07-15', 'day', 'text']);
});

test('a bare role takes the country of its earlier mention', () => {
  const events = code(CABINET, '2016-09-04');
  assert.equal(events.find((e) => e.sentenceIndex === 1)?.source.code, 'NPLGOV');
});

test('a report date is not the event date: the first sentence falls back to the article date', () => {
  const first = code(CABINET, '2016-09-04').find((e) => e.sentenceIndex === 0);
  assert.ok(first);
  assert.equal(first.date?.basis, 'published');
  assert.equal(first.date?.value, '2016-09-04');
});

test('month precision for "in March 2014"; a visit and a collective agreement', () => {
  const events = code(CABINET, '2016-09-04').filter((e) => e.sentenceIndex === 2);
  const visit = events.find((e) => e.cameo.startsWith('04'));
  assert.equal(visit?.source.code, 'INDGOV');
  assert.equal(visit?.target?.code, 'NPL');
  assert.deepEqual([visit?.date?.value, visit?.date?.precision], ['2014-03', 'month']);
  const agreed = events.filter((e) => e.cameo.startsWith('03')).map((e) => `${e.source.country}>${e.target?.country}`).sort();
  assert.deepEqual(agreed, ['IND>NPL', 'NPL>IND']);
});

test('year precision for "in 2011"', () => {
  const trip = code(CABINET, '2016-09-04').find((e) => e.sentenceIndex === 3);
  assert.ok(trip);
  assert.deepEqual([trip.date?.value, trip.date?.precision], ['2011', 'year']);
  assert.equal(trip.source.name, 'Gopal Rai');
});

const UNDATED = `Bhutan and Bangladesh Wednesday agreed to expand river trade between the two countries.

On Tuesday, Bangladesh also rejected a proposal by Myanmar to redraw the maritime boundary.`;

test('weekdays resolve into the past of the article date', () => {
  const events = code(UNDATED, '2017-02-08');
  const agreed = events.filter((e) => e.sentenceIndex === 0);
  assert.equal(agreed.length, 2);
  for (const e of agreed) assert.deepEqual([e.date?.value, e.date?.basis], ['2017-02-08', 'text']);
  const rejected = events.find((e) => e.sentenceIndex === 1);
  assert.equal(rejected?.source.code, 'BGD');
  assert.equal(rejected?.target?.code, 'MMR');
  assert.equal(rejected?.date?.value, '2017-02-07');
});

test('without an article date no event gets a day it cannot know', () => {
  for (const e of code(UNDATED, null)) assert.equal(e.date, null);
});

test('no event has the same actor as source and target', () => {
  for (const e of [...code(CABINET, '2016-09-04'), ...code(UNDATED, '2017-02-08')]) assert.notEqual(e.source.code, e.target?.code);
});

test('ids are stable across runs and distinct within an article', () => {
  const a = code(CABINET, '2016-09-04').map((e) => e.id);
  const b = code(CABINET, '2016-09-04').map((e) => e.id);
  assert.deepEqual(a, b);
  assert.equal(new Set(a).size, a.length);
});

test('"the two countries" are the article\'s pair, not the last country named', () => {
  const text = 'Chile and Argentina signed a fisheries agreement on Monday. Chile thanked Argentina for its patience.\n\nBolivia criticized the deal.\n\nThe two countries will hold further talks next month, officials said.';
  const talks = code(text, '2021-03-10').filter((e) => e.sentenceIndex === 3).map((e) => `${e.source.country}>${e.target?.country}`).sort();
  assert.deepEqual(talks, ['ARG>CHL', 'CHL>ARG']);
});
