/**
 * Future and planned acts (docs/DATES.md): an event's date is when the coded event happened. A
 * future act is coded as an intent or threat, which happens when it is stated, so it takes the
 * statement's date ("said on Tuesday"), else the article date; the date it is planned for never
 * dates it. A date inside a future or planned clause is read forward and never dates any event.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, resolveEventDate } from '../../src/time/index.ts';

/** 2026-11-04 is a Wednesday. */
const WED = '2026-11-04';

/** The date of the event at `verb` (its first occurrence) in a one-sentence article: value/precision/basis. */
function dateAt(text: string, verb: string, published = WED): string | null {
  const at = text.indexOf(verb);
  assert.ok(at >= 0, `"${verb}" in the sentence`);
  const d = resolveEventDate(findDates(text, 0, published), { start: at, end: at + verb.length }, published, { text, start: 0 });
  return d && `${d.value}/${d.precision}/${d.basis}`;
}

test('a future act without a statement date takes the article date, never the day it is planned for', () => {
  assert.equal(dateAt('Leaders of Ghana and Togo will meet on Friday.', 'meet'), `${WED}/day/published`);
  assert.equal(dateAt('Ghana is due to resume border talks with Togo next Monday.', 'resume'), `${WED}/day/published`);
  assert.equal(dateAt('The Togolese president is to visit Accra on Saturday.', 'visit'), `${WED}/day/published`);
  assert.equal(dateAt('Ghana plans to host a regional summit in May.', 'host'), `${WED}/day/published`);
  assert.equal(dateAt('Next week the two presidents will sign the accord.', 'sign'), `${WED}/day/published`);
  assert.equal(dateAt("On Friday, Ghana's envoy will travel to Lome.", 'travel'), `${WED}/day/published`);
  assert.equal(dateAt('Togo may close its border with Ghana on Saturday.', 'close'), `${WED}/day/published`);
  assert.equal(dateAt('Togo may have closed its border with Ghana on Saturday.', 'closed'), '2026-10-31/day/text');
  assert.equal(dateAt('Ghana in May hosted talks with Togo on the border.', 'hosted'), '2026-05/month/text');
});

test('a future act stated on a given day takes that day', () => {
  assert.equal(dateAt('The Ghanaian minister said on Tuesday that leaders of the two states will meet on Friday.', 'meet'), '2026-11-03/day/text');
  assert.equal(dateAt('Leaders of Ghana and Togo will meet on Friday, the Ghanaian foreign ministry said on Tuesday.', 'meet'), '2026-11-03/day/text');
  assert.equal(dateAt('On Monday, the Togolese cabinet announced that its president will visit Accra on Friday.', 'visit'), '2026-11-02/day/text');
  assert.equal(dateAt('Togo said on Monday it would host the talks with Ghana on Friday.', 'host'), '2026-11-02/day/text');
  assert.equal(dateAt('Ghana told reporters on Tuesday it would send observers next month.', 'send'), '2026-11-03/day/text');
});

test('"would" after a report without another date: the date is read as the report\'s, in the past', () => {
  assert.equal(dateAt('Ghana announced the army would withdraw from the border on Tuesday.', 'withdraw'), '2026-11-03/day/text');
  assert.equal(dateAt('Togo would host the talks on Friday, the ministry said.', 'host'), `${WED}/day/published`);
});

test('a date in a future or planned clause never dates another event', () => {
  assert.equal(dateAt('Togo, which will host talks with Ghana on Friday, expelled a Beninese diplomat.', 'expelled'), `${WED}/day/published`);
  assert.equal(dateAt('Togo expelled a Beninese diplomat; the vote on sanctions is scheduled for Thursday.', 'expelled'), `${WED}/day/published`);
  assert.equal(dateAt('Ghana recalled its envoy before a summit to be held on Friday.', 'recalled'), `${WED}/day/published`);
  assert.equal(dateAt('Ghana agreed to hold talks with Togo next month.', 'agreed'), `${WED}/day/published`);
  assert.equal(dateAt('Ghana and Togo agreed on Friday to hold a summit.', 'agreed'), '2026-10-30/day/text');
  assert.equal(dateAt('Togo, which had offered to mediate last month, kept silent.', 'offered'), '2026-10/month/text');
  assert.equal(dateAt('Togo dropped its plans to build a dam on Monday.', 'dropped'), '2026-11-02/day/text');
  assert.equal(dateAt('Togo appeared to reverse plans to build a dam on Monday.', 'reverse'), '2026-11-02/day/text');
});

test('a date of the future lies ahead of the article, so it never dates an act that happened', () => {
  assert.equal(dateAt('Ghana signed a deal to supply Togo with gas in 2030.', 'signed'), `${WED}/day/published`);
  assert.equal(dateAt('Ghana and Togo sign a gas deal tomorrow.', 'sign'), `${WED}/day/published`);
});

test('after a past verb of agreeing or promising, a bare day is read as the day of the agreement', () => {
  // ambiguous: "agreed to hold a summit on Friday" as often dates the agreement as the summit (docs/DATES.md)
  assert.equal(dateAt('Ghana and Togo agreed to hold a summit on Friday.', 'agreed'), '2026-10-30/day/text');
  assert.equal(dateAt('Togo promised to reopen the border in March at a meeting in Lome.', 'promised'), '2026-03/month/text');
});

test('past acts keep their past dates', () => {
  assert.equal(dateAt('The Togolese president visited Accra on Monday.', 'visited'), '2026-11-02/day/text');
  assert.equal(dateAt('He said on Monday that he would not attend.', 'said'), '2026-11-02/day/text');
  assert.equal(dateAt('The talks between Ghana and Togo on Friday ended without agreement.', 'talks'), '2026-10-30/day/text');
  assert.equal(dateAt('Ghana hosted a summit in May.', 'hosted'), '2026-05/month/text');
  assert.equal(dateAt('The bill was passed on Monday due to pressure from the army.', 'passed'), '2026-11-02/day/text');
});

test('findDates reads a planned date forward and says which marker planned it', () => {
  const read = (text: string) => findDates(text, 0, WED).map((m) => `${m.text}=${m.value}${m.planned ? ` ${m.planned}` : ''}`);
  assert.deepEqual(read('Leaders of Ghana and Togo will meet on Friday.'), ['Friday=2026-11-06 future.will']);
  assert.deepEqual(read('The vote on the accord is scheduled for Thursday.'), ['Thursday=2026-11-05 planned.scheduled']);
  assert.deepEqual(read('A summit to be held on Friday drew protests.'), ['Friday=2026-11-06 planned.to-be']);
  assert.deepEqual(read('Ghana will host a conference in May.'), ['May=2027-05 future.will']);
  assert.deepEqual(read('The vote, delayed until March, was held in Accra on Monday.'), ['Monday=2026-11-02']);
  assert.deepEqual(read('Ghana voted on Monday; Togo votes later.'), ['Monday=2026-11-02']);
  assert.deepEqual(read('The people expressed their free will on Sunday.'), ['Sunday=2026-11-01']);
});

test('findDates marks the date of a statement', () => {
  const read = (text: string) => findDates(text, 0, WED).map((m) => `${m.text}:${m.statement ?? '-'}:${m.planned ?? '-'}`);
  assert.deepEqual(read('Leaders will meet on Friday, the ministry said in a statement on Tuesday.'), ['Friday:-:future.will', 'Tuesday:statement.after-report:-']);
  assert.deepEqual(read('On Tuesday, the Ghanaian government said its president will visit Lome on Friday.'), ['Tuesday:statement.before-report:-', 'Friday:-:future.will']);
  assert.deepEqual(read('The ministry said Ghana hosted talks on Monday.'), ['Monday:-:-']);
});

test('an explicit tense reads every date that way', () => {
  const [m] = findDates('They will meet on Monday.', 0, WED, 'future');
  assert.equal(m.value, '2026-11-09');
  const [p] = findDates('They met on Monday.', 0, WED, 'past');
  assert.equal(p.value, '2026-11-02');
});
