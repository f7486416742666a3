/** eval/guardian-judgments.tsv: hand judgments of dyad's events on real news, checked on load, matched by key, summed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  evaluateGuardian, formatGuardian, GUARDIAN_VERDICTS, loadGuardianJudgments, matchJudgments,
  type EmittedEvent, type GuardianResult,
} from '../../eval/guardian.ts';
import type { Coder } from '../../src/pipeline/coder.ts';

const HEADER = 'article\tsentence\tcameo\tsource\ttarget\tverb\tverdict\tclass\tnote';

function judgments(rows: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dyad-guardian-')), 'guardian-judgments.tsv');
  writeFileSync(file, ['# a comment', HEADER, ...rows, ''].join('\n'));
  return file;
}

const row = (...cells: string[]) => cells.join('\t');
const event = (article: string, sentence: number, cameo: string, source: string, target: string | null, verb = 'v'): EmittedEvent =>
  ({ article, sentence, cameo, source, target, verb });

test('the shipped judgments load: at least 40 articles and 250 events, every verdict known', () => {
  const { articles, events } = loadGuardianJudgments();
  assert.ok(articles.size >= 40, `${articles.size} articles`);
  assert.ok(events.length >= 250, `${events.length} events`);
  for (const e of events) {
    assert.ok(GUARDIAN_VERDICTS.includes(e.verdict), `line ${e.line}`);
    assert.equal(e.errorClass === null, e.verdict === 'right', `line ${e.line}: class iff not right`);
  }
});

test('a malformed row names its file and line', () => {
  const ok = row('g:2', '1', '036', 'USAGOV', 'CHN', 'agreed to', 'right', '-', 'an intent');
  const bad = (r: string) => () => loadGuardianJudgments(judgments([ok, r]));
  assert.throws(bad(row('g:2', '1', '036', 'USAGOV', 'CHN', '-', 'fine', '-', 'x')), /guardian-judgments\.tsv:4: unknown verdict "fine"/);
  assert.throws(bad(row('g:2', 'one', '036', 'USAGOV', 'CHN', '-', 'right', '-', 'x')), /:4: sentence index "one"/);
  assert.throws(bad(row('g:2', '1', '999', 'USAGOV', 'CHN', '-', 'right', '-', 'x')), /:4: unknown CAMEO code "999"/);
  assert.throws(bad(row('g:2', '1', '036', 'usa gov', 'CHN', '-', 'right', '-', 'x')), /:4: source "usa gov" is not an actor code/);
  assert.throws(bad(row('g:2', '1', '036', 'USAGOV', 'CHN', 'a b c d', 'right', '-', 'x')), /:4: verb "a b c d" has more than 3 words/);
  assert.throws(bad(row('g:2', '1', '036', 'USAGOV', 'CHN', '-', 'not-event', '-', 'x')), /:4: a not-event event needs an error class/);
  assert.throws(bad(row('g:2', '1', '036', 'USAGOV', 'CHN', '-', 'right', 'oops', 'x')), /:4: a right event has class "-"/);
  assert.throws(bad(row('g:2', '1', '036', 'USAGOV', 'CHN', '-', 'wrong-code', 'Bad Class', 'x')), /:4: error class "Bad Class"/);
  assert.throws(bad(row('g:2', '1', '036', 'USAGOV', 'CHN', '-', 'right', '-', '')), /:4: no note/);
  assert.throws(bad(row('g:2', '1', '036', 'USAGOV', 'CHN', '-', 'right', '-', 'x'.repeat(201))), /:4: note longer than 200/);
  assert.throws(bad(row('g:2', '1', '036', 'USAGOV', 'CHN', 'agreed to', 'not-event', 'dup', 'again')), /:4: the same event is judged on line 3/);
  assert.throws(bad(row('g:3', '1', '-', '-', '-', '-', 'read', '-', 'x')), /:4: a "read" row has "-" in every column/);
  assert.throws(bad(row('g:2', '1', '036')), /guardian-judgments\.tsv:4: expected 9 tab-separated columns/);
});

test('read rows count the article as judged without adding an event', () => {
  const { articles, events } = loadGuardianJudgments(judgments([row('g:9', '-', '-', '-', '-', '-', 'read', '-', 'no event')]));
  assert.deepEqual([...articles], ['g:9']);
  assert.equal(events.length, 0);
});

test('events match judgments by key, repeated keys in order; the rest are unjudged or gone', () => {
  const { events: judged } = loadGuardianJudgments(judgments([
    row('g:2', '1', '036', 'USAGOV', 'CHN', 'agreed to', 'right', '-', 'an intent'),
    row('g:2', '3', '190', 'RUS', 'SYRREB', 'attack', 'right', '-', 'first of two'),
    row('g:2', '3', '190', 'RUS', 'SYRREB', 'hit', 'wrong-actor', 'partner-as-target', 'second of two'),
    row('g:2', '5', '042', 'NLD', 'SYR', '-', 'not-event', 'private-travel', 'a private trip'),
  ]));
  const { matched, gone } = matchJudgments([
    event('g:2', 1, '036', 'USAGOV', 'CHN'),
    event('g:2', 3, '190', 'RUS', 'SYRREB'),
    event('g:2', 3, '190', 'RUS', 'SYRREB'),
    event('g:2', 1, '036', 'USAGOV', null),
  ], judged);
  assert.deepEqual(matched.map((m) => m.judgment?.verdict ?? null), ['right', 'right', 'wrong-actor', null]);
  assert.deepEqual(gone.map((j) => j.sentence), [5]);
});

function result(matched: GuardianResult['match']['matched'], gone: GuardianResult['match']['gone'] = []): GuardianResult {
  return { corpus: '/x/guardian.csv', judgmentsFile: '/repo/eval/guardian-judgments.tsv', found: true, articles: 2, ms: 5, match: { matched, gone } };
}

test('the report gives precision with its Wilson interval, verdicts, roots, classes and misses', () => {
  const { events: judged } = loadGuardianJudgments(judgments([
    row('g:2', '1', '036', 'USAGOV', 'CHN', '-', 'right', '-', 'intent'),
    row('g:2', '2', '190', 'RUS', 'SYRREB', '-', 'right', '-', 'attack'),
    row('g:2', '4', '190', 'RUS', 'TUR', '-', 'wrong-actor', 'partner-as-target', 'partner taken as target'),
    row('g:3', '0', '042', 'NLD', 'SYR', '-', 'not-event', 'private-travel', 'a private trip'),
    row('g:3', '9', '111', 'GBR', '-', '-', 'right', '-', 'gone later'),
  ]));
  const emitted = [
    event('g:2', 1, '036', 'USAGOV', 'CHN'), event('g:2', 2, '190', 'RUS', 'SYRREB'),
    event('g:2', 4, '190', 'RUS', 'TUR', 'hit'), event('g:3', 0, '042', 'NLD', 'SYR'), event('g:3', 7, '010', 'GBR', null),
  ];
  const { matched, gone } = matchJudgments(emitted, judged);
  const text = formatGuardian(result(matched, gone), { showMisses: 1 });
  assert.match(text, /precision \(right \/ judged events present\): 50\.0% \(2\/4\), 95% Wilson interval 15\.0-85\.0%/);
  assert.match(text, /unjudged events \(new since the judging\): 1\n/);
  assert.match(text, /\(gone\): 1\n/);
  assert.match(text, /wrong-actor\s+1\s+25\.0%/);
  assert.match(text, /\n\s*19\s+2\s+1\s+50\.0%/);
  assert.match(text, /wrong-actor: partner-as-target\s+1/);
  assert.match(text, /1 judged events still emitted that are not right/);
  assert.match(text, /g:2 s4 190 RUS -> TUR \[hit\] wrong-actor \(partner-as-target\): partner taken as target/);
  assert.doesNotMatch(text, /private trip/, 'only N misses are listed');
});

test('a missing corpus file skips the part', async () => {
  const r = await evaluateGuardian({ cameo: new Map() } as unknown as Coder, '/nonexistent/guardian.csv', judgments([]));
  assert.equal(r.found, false);
  assert.match(formatGuardian(r), /skipped: corpus file \/nonexistent\/guardian\.csv not found/);
});
