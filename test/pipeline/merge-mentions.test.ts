/** Within-article dedup: one event per directed dyad, base code, date and negation, with a mention count. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeMentions } from '../../src/pipeline/merge-mentions.ts';
import { event, textDate } from './build-event.ts';

test('the same dyad, base code and date read twice is one event: the first mention, counted twice', () => {
  const first = event('CHL>PER', '112', 1, 40);
  const again = event('CHL>PER', '112', 4, 310, { rule: 'accuse.other' });
  const { events } = mergeMentions([first, event('PER>-', '016', 2, 120), again]);
  assert.equal(events.length, 2);
  const [accusation] = events;
  assert.equal(accusation.id, first.id);
  assert.equal(accusation.sentenceIndex, 1);
  assert.equal(accusation.rule, 'rule.112');
  assert.equal(accusation.mentions, 2);
  assert.deepEqual(accusation.sentenceIndexes, [1, 4]);
  assert.deepEqual(accusation.merged, [again]);
  assert.equal(events[1].mentions, 1);
  assert.deepEqual(events[1].sentenceIndexes, [2]);
});

test('direction, base code, date and negation each keep events apart', () => {
  const { events } = mergeMentions([
    event('CHL>PER', '112', 1, 10),
    event('PER>CHL', '112', 2, 50),
    event('CHL>PER', '111', 3, 90),
    event('CHL>PER', '112', 4, 130, { date: textDate('2025-02-01') }),
    event('CHL>PER', '112', 5, 170, { negated: true }),
    event('CHL>PERGOV', '112', 6, 210),
  ]);
  assert.equal(events.length, 6);
  assert.ok(events.every((e) => e.mentions === 1));
});

test('4-digit codes of one base are one event; the most specific code is kept', () => {
  const [refined] = mergeMentions([event('ARM>AZE', '031', 0, 10), event('ARM>AZE', '0312', 2, 90)]).events;
  assert.equal(refined.cameo, '0312', 'a later mention refines a 3-digit code');
  assert.equal(refined.rule, 'rule.031', 'the evidence stays the first mention\'s');
  const [first] = mergeMentions([event('ARM>AZE', '0311', 0, 10), event('ARM>AZE', '0312', 2, 90)]).events;
  assert.equal(first.cameo, '0311', 'two 4-digit codes: the first mention\'s');
});

test('the first mention is the first in text order, whatever the order events came in', () => {
  const late = event('GHA>TGO', '042', 3, 200);
  const early = event('GHA>TGO', '042', 3, 20);
  const [e] = mergeMentions([late, early]).events;
  assert.equal(e.id, early.id);
  assert.equal(e.mentions, 2);
  assert.deepEqual(e.sentenceIndexes, [3]);
});

test('one reading found twice (same id) is one mention', () => {
  const e = event('GHA>TGO', '042', 3, 20);
  const [merged] = mergeMentions([e, { ...e }]).events;
  assert.equal(merged.mentions, 1);
  assert.deepEqual(merged.merged, []);
});

test('hedged only when every mention hedges; a date read from the text beats the same publication date', () => {
  const [plain] = mergeMentions([event('IND>PAK', '190', 1, 10, { hedged: true }), event('IND>PAK', '190', 2, 60)]).events;
  assert.equal(plain.hedged, false);
  const [hedged] = mergeMentions([event('IND>PAK', '190', 1, 10, { hedged: true }), event('IND>PAK', '190', 2, 60, { hedged: true })]).events;
  assert.equal(hedged.hedged, true);
  const [dated] = mergeMentions([event('IND>PAK', '190', 1, 10), event('IND>PAK', '190', 2, 60, { date: textDate('2025-03-10') })]).events;
  assert.equal(dated.date?.basis, 'text');
  assert.equal(dated.date?.value, '2025-03-10');
});

test('a headline event the body reports is folded into the body event, whatever date the headline fell back to', () => {
  const head = event('CHL>PER', '1125', 0, 6);
  const body = event('CHL>PER', '1125', 1, 60, { date: textDate('2025-03-10') });
  const { events, dropped } = mergeMentions([head, body, event('PER>-', '016', 2, 150)], new Set([0]));
  assert.deepEqual(dropped, []);
  assert.equal(events.length, 2);
  assert.equal(events[0].id, body.id);
  assert.equal(events[0].sentenceIndex, 1);
  assert.equal(events[0].mentions, 2);
  assert.deepEqual(events[0].sentenceIndexes, [0, 1]);
});

test('a headline event alone is kept only with a target', () => {
  const withTarget = event('KEN>UGA', '111', 0, 6);
  const bare = event('IRN>-', '127', 0, 40);
  const { events, dropped } = mergeMentions([withTarget, bare, event('IRN>-', '040', 1, 90)], new Set([0]));
  assert.deepEqual(events.map((e) => e.id), [withTarget.id, events[1].id]);
  assert.equal(events[1].cameo, '040');
  assert.deepEqual(dropped.map((d) => [d.event.id, d.reason]), [[bare.id, 'headline event without a target']]);
});

test('a headline stating its own date is folded only into a body event of that date', () => {
  const head = event('CHL>PER', '1125', 0, 6, { date: textDate('2025-03-03') });
  const body = event('CHL>PER', '1125', 1, 60, { date: textDate('2025-03-10') });
  const { events } = mergeMentions([head, body], new Set([0]));
  assert.equal(events.length, 2);
  assert.deepEqual(events.map((e) => e.sentenceIndex), [0, 1]);
});
