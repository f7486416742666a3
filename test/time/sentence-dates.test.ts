/**
 * resolveEventDate's `sentenceDates`: the caller keeps a date on a reporting verb for that verb
 * only (events/report-dates.ts), yet a future act takes its statement date. The coder hands in
 * every date of the sentence it has read already, so the sentence is not read a second time
 * (resolve.ts reads no text); without them `mentions` are all it has. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, resolveEventDate } from '../../src/time/index.ts';
import type { DateMention } from '../../src/time/index.ts';

/** 2026-06-10 is a Wednesday. */
const PUB = '2026-06-10';

function resolve(text: string, verb: string, kept: (d: DateMention) => boolean, sentenceDates?: readonly DateMention[]): string | null {
  const at = text.indexOf(verb);
  const all = findDates(text, 0, PUB);
  const d = resolveEventDate(all.filter(kept), { start: at, end: at + verb.length }, PUB, { text, start: 0 }, sentenceDates);
  return d && `${d.value}/${d.basis}/${d.rule}`;
}

const STATED = 'Bhutan said on Monday that its foreign minister will visit Nepal on Friday.';
const notOnReport = (d: DateMention) => !d.text.includes('Monday'); // what eventDates leaves for the visit

test('a future act takes the statement date the caller left out for it, from the sentence dates', () => {
  const all = findDates(STATED, 0, PUB);
  assert.match(resolve(STATED, 'visit', notOnReport, all) ?? '', /^2026-06-08\/text\//);
  assert.equal(resolve(STATED, 'visit', () => true), resolve(STATED, 'visit', notOnReport, all), 'all dates as mentions: the same');
});

test('the sentence dates given are the ones used: the text is not read again', () => {
  assert.match(resolve(STATED, 'visit', notOnReport, []) ?? '', /^2026-06-10\/published\/published\(/, 'no statement date given: the article date');
  assert.match(resolve(STATED, 'visit', notOnReport) ?? '', /^2026-06-10\/published\/published\(/, 'none given: only the mentions, without the statement');
});

test('an act that is not future ignores the sentence dates: only the dates kept for it count', () => {
  const text = 'Nepal reopened the border crossing on Tuesday, officials said on Wednesday.';
  const all = findDates(text, 0, PUB);
  const kept = (d: DateMention) => !d.text.includes('Wednesday');
  assert.equal(resolve(text, 'reopened', kept, all), resolve(text, 'reopened', kept));
  assert.match(resolve(text, 'reopened', kept, all) ?? '', /^2026-06-09\/text\//);
});
