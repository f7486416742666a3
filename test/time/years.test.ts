import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates, full } from './helpers.ts';

const PUB = '2016-09-04';

test('"In 2011" / "in 2011": year precision', () => {
  assert.deepEqual(full('In 2011 protests erupted across Syria.', PUB), [['2011', '2011', 'year', 'year.in']]);
  assert.deepEqual(dates('Protests erupted in 2011, officials said.', PUB), [['2011', 'year']]);
});

test('possessive year before a noun: "Xi\'s 2015 visit"', () => {
  assert.deepEqual(full("Xi's 2015 visit to Seattle was cut short.", PUB), [
    ['2015', '2015', 'year', 'year.possessive'],
  ]);
  assert.deepEqual(dates('The agency published its 2014 report.', PUB), [['2014', 'year']]);
});

test('"of 2014", "2011, when", "during 1999"', () => {
  assert.deepEqual(dates('In the summer of 2014 the president fled.', PUB), [['2014', 'year']]);
  assert.deepEqual(full('It was 2011, when the uprising began.', PUB), [['2011', '2011', 'year', 'year.when']]);
  assert.deepEqual(dates('Ties were cut during 1999.', PUB), [['1999', 'year']]);
});

test('range "from 2011 to 2013" gives the start year', () => {
  assert.deepEqual(full('From 2011 to 2013 the war raged in the north.', PUB), [
    ['2011 to 2013', '2011', 'year', 'year.range'],
  ]);
  assert.deepEqual(full('In 2011-12 the army lost 300 men.', PUB), [['2011-12', '2011', 'year', 'year.in']]);
});

test('early / mid- / late / end of + year: year precision', () => {
  assert.deepEqual(full('In early 2011 the army withdrew.', PUB), [['early 2011', '2011', 'year', 'year.early']]);
  assert.deepEqual(dates('By mid-2012, troops were gone.', PUB), []); // "by" marks a deadline
  assert.deepEqual(full('Troops were gone in mid-2012.', PUB), [['mid-2012', '2012', 'year', 'year.mid']]);
  assert.deepEqual(dates('At the end of 2015 the deal was signed.', PUB), [['2015', 'year']]);
});

test('bare years need no article date', () => {
  assert.deepEqual(dates('In 2011 protests erupted.', null), [['2011', 'year']]);
});

test('durations are not event dates: "since 1951", "since early 2011", "for 70 years"', () => {
  assert.deepEqual(dates('Since 1951 the two states have been allies.', PUB), []);
  assert.deepEqual(dates('Since early 2011 the city has been under siege.', PUB), []);
  assert.deepEqual(dates('For 70 years the border stayed closed.', PUB), []);
});

test('amounts are not years', () => {
  assert.deepEqual(dates('Some 2,000 troops and 1500 police were deployed.', PUB), []);
  assert.deepEqual(dates('The fine was $2015 and the border is 2000 km long.', PUB), []);
  assert.deepEqual(dates('In 2000 villages the vote was cancelled.', PUB), []);
  assert.deepEqual(dates('Security Council Resolution 2254 was adopted.', PUB), []);
});

test('round year followed by a function word is still a year', () => {
  assert.deepEqual(dates('In 2000 the army left the south.', PUB), [['2000', 'year']]);
});

test('years out of 1900-2100, decades and deadlines are not taken', () => {
  assert.deepEqual(dates('In 2105 the treaty expires.', PUB), []);
  assert.deepEqual(dates('In the 1990s the war killed thousands.', PUB), []);
  assert.deepEqual(dates('Emissions must fall by 2030.', PUB), []);
});

test('a year as a bare modifier is left alone (conservative)', () => {
  assert.deepEqual(dates('Police said the 2015 attack killed 12.', PUB), []);
});
