import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/time/index.ts';
import { dates, full } from './helpers.ts';

const SUN = '2016-09-04'; // a Sunday
const WED = '2017-02-08'; // a Wednesday

test('weekday: "on Thursday" in a Sunday article is the Thursday before', () => {
  assert.deepEqual(full('The minister met rebel leaders on Thursday.', SUN), [
    ['Thursday', '2016-09-01', 'day', 'chrono.weekday-past'],
  ]);
});

test('weekday: the article\'s own weekday is the same day', () => {
  assert.deepEqual(dates('Wednesday the army shelled the town.', WED), [['2017-02-08', 'day']]);
});

test('weekday: "on Tuesday" in a Wednesday article is the day before', () => {
  assert.deepEqual(dates('Police raided the offices on Tuesday.', WED), [['2017-02-07', 'day']]);
});

test('weekday: present tense still points back', () => {
  assert.deepEqual(dates('The envoy says he met the rebels on Monday.', WED, 'present'), [['2017-02-06', 'day']]);
});

test('weekday: future tense is the next such day', () => {
  assert.deepEqual(full('The two leaders will meet on Friday.', WED, 'future'), [
    ['Friday', '2017-02-10', 'day', 'chrono.weekday-future'],
  ]);
});

test('weekday: future tense on the same weekday is a week later', () => {
  assert.deepEqual(dates('The council will vote on Wednesday.', WED, 'future'), [['2017-02-15', 'day']]);
});

test('weekday: "last Wednesday" said on a Wednesday is a week back', () => {
  assert.deepEqual(dates('Troops left the base last Wednesday.', WED), [['2017-02-01', 'day']]);
});

test('weekday: "next Friday" and "Tuesday of last week"', () => {
  assert.deepEqual(dates('Talks resume next Friday.', WED), [['2017-02-10', 'day']]);
  assert.deepEqual(dates('Envoys met on Tuesday of last week.', WED), [['2017-01-31', 'day']]);
});

test('weekday: a time of day does not change the day', () => {
  assert.deepEqual(full('The bomb exploded at 10:30 on Sunday.', WED), [
    ['Sunday', '2017-02-05', 'day', 'chrono.weekday-past'],
  ]);
  assert.deepEqual(dates('The bomb exploded at 3 p.m.', WED), []);
});

test('weekday: not days: Good Friday, Sunday Times, "sat", "Wed"', () => {
  assert.deepEqual(dates('The Sunday Times said the Good Friday accord held.', WED), []);
  assert.deepEqual(dates('He sat with the Sun editor and they will wed.', WED), []);
});

test('weekend: reported at month precision', () => {
  assert.deepEqual(full('Protesters gathered at the weekend.', WED), [
    ['weekend', '2017-02', 'month', 'chrono.weekend'],
  ]);
});

test('month-day: "July 15" in a September article is this July', () => {
  assert.deepEqual(full('On July 15 a faction of the army tried to seize power.', SUN), [
    ['July 15', '2016-07-15', 'day', 'chrono.month-day-past'],
  ]);
});

test('month-day: a later month-day is last year, unless future tense', () => {
  assert.deepEqual(dates('Rebels took the city on December 20.', SUN), [['2015-12-20', 'day']]);
  assert.deepEqual(dates('The vote will be held on December 20.', SUN, 'future'), [['2016-12-20', 'day']]);
});

test('month-day: Feb. 29 goes back to a leap year', () => {
  assert.deepEqual(dates('Feb. 29 saw the largest protest.', '2017-03-01'), [['2016-02-29', 'day']]);
});

test('month-day with year, day-month-year and weekday-date', () => {
  assert.deepEqual(dates('The summit, held 15 July 2016, failed.', WED), [['2016-07-15', 'day']]);
  assert.deepEqual(dates('He was sworn in on Jan. 20, 2013, in Washington.', WED), [['2013-01-20', 'day']]);
  assert.deepEqual(full('On Sunday, September 4, 2016, the G20 opened.', WED), [
    ['Sunday, September 4, 2016', '2016-09-04', 'day', 'chrono.date'],
  ]);
});

test('ISO date', () => {
  assert.deepEqual(dates('The accord signed on 2016-08-30 expired.', WED), [['2016-08-30', 'day']]);
});

test('ranges give the start day', () => {
  assert.deepEqual(full('The summit ran September 24-26 in Lima.', SUN), [
    ['September 24-26', '2015-09-24', 'day', 'chrono.month-day-past'],
  ]);
  assert.deepEqual(dates('From July 15 to July 20, the army shelled the port.', SUN), [['2016-07-15', 'day']]);
});

test('month with year: month precision, never a day', () => {
  assert.deepEqual(full('In April 2015 the talks collapsed.', SUN), [
    ['April 2015', '2015-04', 'month', 'chrono.month-year'],
  ]);
  assert.deepEqual(dates('In March of 2011 the protests began.', null), [['2011-03', 'month']]);
});

test('bare month: nearest past occurrence, month precision', () => {
  assert.deepEqual(full('In April the talks collapsed.', SUN), [['April', '2016-04', 'month', 'chrono.month-past']]);
  assert.deepEqual(dates('In October the talks collapsed.', SUN), [['2015-10', 'month']]);
  assert.deepEqual(dates('Elections will be held in April.', SUN, 'future'), [['2017-04', 'month']]);
});

test('mid-/early/late/end of + month: month precision', () => {
  assert.deepEqual(full('In mid-February the army attacked.', SUN), [['mid-February', '2016-02', 'month', 'month.mid']]);
  assert.deepEqual(dates('In early March 2015 the army attacked.', SUN), [['2015-03', 'month']]);
  assert.deepEqual(dates('In late May, the rebels advanced.', SUN), [['2016-05', 'month']]);
  assert.deepEqual(full('The end of July saw heavy fighting.', SUN), [
    ['The end of July', '2016-07', 'month', 'month.end'],
  ]);
});

test('lower-case "march" and "may", and month names as names, are not dates', () => {
  assert.deepEqual(dates('Thousands may march to the capital.', SUN), []);
  assert.deepEqual(dates('Theresa May said the talks failed.', SUN), []);
  assert.deepEqual(dates('In April Ryan asked a question.', SUN), []);
});

test('spans are article offsets and text is the words', () => {
  const sentence = 'Police said on Thursday that 20 were held.';
  const [m] = findDates(sentence, 1000, SUN);
  assert.deepEqual(m.span, { start: 1015, end: 1023 });
  assert.equal(sentence.slice(m.span.start - 1000, m.span.end - 1000), 'Thursday');
  assert.equal(m.text, 'Thursday');
});

test('several dates in one sentence, in text order', () => {
  assert.deepEqual(dates('He was elected in November 2012 and sworn in on Jan. 20, 2013.', SUN), [
    ['2012-11', 'month'],
    ['2013-01-20', 'day'],
  ]);
});

test('sentences without dates give nothing', () => {
  assert.deepEqual(dates('The minister condemned the attack on the convoy.', SUN), []);
  assert.deepEqual(dates('Some 2,000 troops and 300 police were deployed.', SUN), []);
  assert.deepEqual(dates('Officials said the mission would continue.', SUN), []);
});

test('a weekday named with a month-day picks the year that matches it', () => {
  assert.deepEqual(full('The UN said on Monday, Sept. 5, that aid was blocked.', SUN), [
    ['Monday, Sept. 5', '2016-09-05', 'day', 'chrono.weekday-month-day'],
  ]);
});

test('a full month name at the end of a sentence does not take the full stop', () => {
  assert.deepEqual(full('Clashes erupted in mid-June and again in late July.', SUN), [
    ['mid-June', '2016-06', 'month', 'month.mid'],
    ['late July', '2016-07', 'month', 'month.late'],
  ]);
  assert.deepEqual(full('Troops withdrew in mid-Sept. and returned.', SUN), [
    ['mid-Sept.', '2016-09', 'month', 'month.mid'],
  ]);
});
