import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/time/index.ts';
import { dates, full } from './helpers.ts';

const SUN = '2016-09-04'; // a Sunday
const THU = '2016-09-01'; // a Thursday, first of the month

test('yesterday, today, tonight, last night, this morning', () => {
  assert.deepEqual(full('Yesterday police arrested 20 people.', SUN), [
    ['Yesterday', '2016-09-03', 'day', 'chrono.yesterday'],
  ]);
  assert.deepEqual(dates('Earlier today the rebels advanced.', SUN), [['2016-09-04', 'day']]);
  assert.deepEqual(dates('Tonight the troops left the city.', SUN), [['2016-09-04', 'day']]);
  assert.deepEqual(dates('Last night gunmen stormed a hotel.', SUN), [['2016-09-03', 'day']]);
  assert.deepEqual(full('This morning police arrested 20.', SUN), [
    ['This morning', '2016-09-04', 'day', 'relative.this-morning'],
  ]);
});

test('"a day back", "a day earlier", "two days ago": day precision', () => {
  assert.deepEqual(full('He said a day back that troops had left.', SUN), [
    ['a day back', '2016-09-03', 'day', 'relative.days-back'],
  ]);
  assert.deepEqual(dates('A day earlier police had arrested 20.', SUN), [['2016-09-03', 'day']]);
  assert.deepEqual(dates('Two days ago the army shelled the town.', SUN), [['2016-09-02', 'day']]);
});

test('weeks, months, years ago: honest precision', () => {
  assert.deepEqual(dates('A week ago the rebels advanced.', SUN), [['2016-08-28', 'day']]);
  assert.deepEqual(dates('Three weeks ago the rebels advanced.', SUN), [['2016-08', 'month']]);
  assert.deepEqual(dates('Two months ago the rebels advanced.', SUN), [['2016-07', 'month']]);
  assert.deepEqual(dates('Two years ago the rebels advanced.', SUN), [['2014', 'year']]);
});

test('"last week" is a month, never a day', () => {
  assert.deepEqual(full('Last week police arrested 20.', SUN), [['Last week', '2016-08', 'month', 'relative.last-week']]);
});

test('"earlier this week" straddling two months falls back to the year', () => {
  assert.deepEqual(dates('Earlier this week police arrested 20.', THU), [['2016', 'year']]);
  assert.deepEqual(dates('Earlier this week police arrested 20.', SUN), [['2016', 'year']]);
  assert.deepEqual(dates('Earlier this week police arrested 20.', '2016-09-09'), [['2016-09', 'month']]);
});

test('"next week", "next month" point forward', () => {
  assert.deepEqual(dates('Next week the leaders will meet.', SUN, 'future'), [['2016-09', 'month']]);
  assert.deepEqual(full('The talks resume next month.', SUN, 'future'), [
    ['next month', '2016-10', 'month', 'relative.next-month'],
  ]);
});

test('"last month", "earlier this month": month precision', () => {
  assert.deepEqual(full('Last month the army attacked.', SUN), [['Last month', '2016-08', 'month', 'relative.last-month']]);
  assert.deepEqual(dates('Earlier this month the army attacked.', SUN), [['2016-09', 'month']]);
  assert.deepEqual(dates('Last month the army attacked.', '2016-01-15'), [['2015-12', 'month']]);
});

test('"last year", "late last year", "last year\'s": year precision', () => {
  assert.deepEqual(full('Last year police arrested 20.', SUN), [['Last year', '2015', 'year', 'relative.last-year']]);
  assert.deepEqual(dates('Late last year, the army withdrew.', SUN), [['2015', 'year']]);
  assert.deepEqual(dates("Last year's election was rigged.", SUN), [['2015', 'year']]);
});

test('durations are not event dates', () => {
  assert.deepEqual(dates('Over the past decade, 300 people died.', SUN), []);
  assert.deepEqual(dates('In the past two years the group grew.', SUN), []);
  assert.deepEqual(dates('Over the last year the rebels advanced.', SUN), []);
  assert.deepEqual(dates('Prices have risen since last month.', SUN), []);
  assert.deepEqual(dates('Since Monday the rebels have advanced.', SUN), []);
  assert.deepEqual(dates('Since mid-February the army has attacked.', SUN), []);
});

test('comparisons and reference points are not event dates', () => {
  assert.deepEqual(dates('Exports rose 5% from a year earlier.', SUN), []);
  assert.deepEqual(dates('Troops must leave by the end of July.', SUN, 'future'), []);
});

test('anniversaries are not event dates', () => {
  assert.deepEqual(full('Crowds marked the anniversary of the July 15 coup attempt on Friday.', SUN), [
    ['Friday', '2016-09-02', 'day', 'chrono.weekday-past'],
  ]);
  assert.deepEqual(dates('Leaders gathered for the July 15 anniversary.', SUN), []);
});

test('no article date: nothing relative is resolved, no year invented', () => {
  for (const s of [
    'The minister met rebels on Thursday.',
    'Yesterday police arrested 20.',
    'On July 15 a coup was attempted.',
    'In April the talks collapsed.',
    'Last month the army attacked.',
    'Two days ago the army attacked.',
    'In mid-February the army attacked.',
  ]) {
    assert.deepEqual(findDates(s, 0, null), [], s);
  }
});

test('no article date: absolute dates are still read', () => {
  assert.deepEqual(dates('In April 2015 the talks collapsed.', null), [['2015-04', 'month']]);
  assert.deepEqual(dates('The summit, held 15 July 2016, failed.', null), [['2016-07-15', 'day']]);
  assert.deepEqual(dates('In mid-February 2014 the army attacked.', null), [['2014-02', 'month']]);
});

test('a malformed article date counts as none', () => {
  assert.deepEqual(dates('Yesterday police arrested 20.', '2016-02-30'), []);
  assert.deepEqual(dates('Yesterday police arrested 20.', 'Sept 4 2016'), []);
});
