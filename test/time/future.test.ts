import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, resolveEventDate } from '../../src/time/index.ts';

/** The date of the event at `verb` (its first occurrence) in a one-sentence article. */
function dateAt(text: string, verb: string, published = '2024-03-14'): string | null {
  const at = text.indexOf(verb);
  const d = resolveEventDate(findDates(text, 0, published), { start: at, end: at + verb.length }, published, { text, start: 0 });
  return d && `${d.value}/${d.precision}`;
}

test('a weekday after "will" is the next one; in the past tense the last one (2024-03-14 is a Thursday)', () => {
  assert.equal(dateAt('The prime minister will visit Beijing on Monday.', 'visit'), '2024-03-18/day');
  assert.equal(dateAt('The prime minister visited Beijing on Monday.', 'visited'), '2024-03-11/day');
  assert.equal(dateAt('Kenya is due to host the talks on Friday.', 'host'), '2024-03-15/day');
  assert.equal(dateAt('He said on Monday that he would not attend.', 'said'), '2024-03-11/day');
});

test('a month or month-day without a year after "will" lies ahead', () => {
  assert.equal(dateAt('Pakistan will host a conference in May.', 'host'), '2024-05/month');
  assert.equal(dateAt('Pakistan hosted a conference in May.', 'hosted'), '2023-05/month');
  assert.equal(dateAt('The minister will visit Kathmandu on June 12.', 'visit', '2024-05-31'), '2024-06-12/day');
});

test('an explicit tense keeps its single reading', () => {
  const [m] = findDates('They will meet on Monday.', 0, '2024-03-14', 'future');
  assert.equal(m.value, '2024-03-18');
  assert.equal(m.future, undefined);
});

test('"would" and a date in another clause keep the past reading', () => {
  assert.equal(dateAt('Trump announced the US would withdraw from the deal on Tuesday.', 'withdraw', '2018-05-09'), '2018-05-08/day');
  assert.equal(dateAt('Iran said it will stand by Syria, as an adviser met Assad on Tuesday.', 'stand', '2018-04-12'), '2018-04-10/day');
});
