/** Cases found reading dyad's dates on real news, written afresh (docs/DATES.md, "Read on real news"). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, resolveEventDate } from '../../src/time/index.ts';
import { full } from './helpers.ts';

/** value (or value + basis 'published') of the event at `verb`. */
function dateAt(sentence: string, verb: string, published: string): string {
  const i = sentence.indexOf(verb);
  assert.ok(i >= 0, verb);
  const r = resolveEventDate(findDates(sentence, 0, published), { start: i, end: i + verb.length }, published, { text: sentence, start: 0 });
  return r ? (r.basis === 'published' ? `${r.value} published` : r.value) : '-';
}

test('a date closing a bracketed reference dates the piece cited, not an event', () => {
  assert.deepEqual(full('Your correspondent is wrong to call the ceasefire a failure (Letters, 9 May).', '2021-05-12'), []);
  assert.deepEqual(full('Her column on the blockade missed the point (The siege of Tigray is far from over, 28 April).', '2021-05-12'), []);
  // a bracketed date of its own stays
  assert.deepEqual(full('The vote (held on 9 May) was boycotted.', '2021-05-12').map((d) => d[1]), ['2021-05-09']);
});

test('seasons: the year of the last, this or the coming season', () => {
  assert.deepEqual(full('The truce was brokered by Quito and Lima last autumn.', '2019-02-12'), [['last autumn', '2018', 'year', 'season.last']]);
  assert.deepEqual(full('The two governments struck a deal in spring to repatriate nationals.', '2018-12-29'), [['in spring', '2018', 'year', 'season.in']]);
  assert.deepEqual(full('Rebels seized the town last summer.', '2019-07-20').map((d) => d[1]), ['2018']);
  // no season: "the fall of Aleppo", "Spring" as a name
  assert.deepEqual(full('Officials recalled the fall of Aleppo.', '2019-02-12'), []);
  // after an infinitive the season lies ahead and dates no event
  assert.equal(dateAt('The president invited him to visit Quito in the autumn.', 'invited', '2024-03-14'), '2024-03-14 published');
  assert.equal(dateAt('The two governments struck a deal last autumn.', 'struck', '2024-03-14'), '2023');
});

test('a month-day a few days ahead, after an infinitive, is that coming day, not last year', () => {
  assert.deepEqual(full('The envoy asked both parties to meet on 12 October.', '2021-10-05'), [['12 October', '2021-10-12', 'day', 'chrono.month-day-near-ahead']]);
  assert.equal(dateAt('The envoy asked both parties to meet on 12 October.', 'asked', '2021-10-05'), '2021-10-05 published');
  // in the past, or without an infinitive, it stays in the past
  assert.deepEqual(full('The envoy asked both parties to meet on 1 October.', '2021-10-05').map((d) => d[1]), ['2021-10-01']);
  assert.deepEqual(full('The festival ran October 24-26.', '2021-10-05').map((d) => d[1]), ['2020-10-24']);
});

test('a date in a relative, concessive or causal clause does not date a verb outside it', () => {
  const s = 'Lima, which hosted the talks in 2015, has condemned the raid.';
  assert.equal(dateAt(s, 'condemned', '2021-05-12'), '2021-05-12 published');
  assert.equal(dateAt(s, 'hosted', '2021-05-12'), '2015');
  const t = 'The cabinet has ignored the requests, although earlier this year it tried to expel two diplomats.';
  assert.equal(dateAt(t, 'ignored', '2021-05-12'), '2021-05-12 published');
  assert.equal(dateAt(t, 'expel', '2021-05-12'), '2021');
  assert.equal(dateAt('Ecuador has massed troops on the border since rebels shelled a village in March.', 'massed', '2021-05-12'), '2021-05-12 published');
});

test('a date in a reduced relative clause dates its participle, not the main verb', () => {
  assert.equal(dateAt('Caracas has breached commitments made in 2015.', 'breached', '2021-05-12'), '2021-05-12 published');
  assert.equal(dateAt('Bogota voiced anger that the rebels ignored a truce brokered by Quito and Lima this year.', 'voiced', '2021-05-12'), '2021-05-12 published');
  assert.equal(dateAt('Bogota voiced anger that the rebels ignored a truce brokered by Quito and Lima this year.', 'brokered', '2021-05-12'), '2021');
  // a main verb with its object before the date keeps it
  assert.equal(dateAt('Caracas made commitments in 2015.', 'made', '2021-05-12'), '2015');
  assert.equal(dateAt('The army launched an offensive in 2015.', 'launched', '2021-05-12'), '2015');
});

test("a genitive date after the verb dates the act named, not the verb", () => {
  assert.equal(dateAt("Moscow denied any role in March's bombing.", 'denied', '2021-05-12'), '2021-05-12 published');
  assert.equal(dateAt("Last week's bombing killed nine people.", 'killed', '2021-05-12'), '2021-05');
});

test('a date opening the next conjunct dates that conjunct only', () => {
  const s = 'Quito has for years threatened the rebels in the south, and in 2018 invaded their valley.';
  assert.equal(dateAt(s, 'threatened', '2019-02-22'), '2019-02-22 published');
  assert.equal(dateAt(s, 'invaded', '2019-02-22'), '2018');
  assert.equal(dateAt('Police questioned the men, then on Monday charged them.', 'charged', '2019-02-22'), '2019-02-18');
});
