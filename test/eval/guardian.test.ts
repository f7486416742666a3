/** eval/guardian-judgments.tsv and eval/guardian-heldout.tsv: hand judgments of dyad's events on real news, checked on load, matched by key, summed per batch. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  evaluateGuardian, formatGuardian, GUARDIAN_BATCHES, GUARDIAN_HELDOUT_FILE, GUARDIAN_VERDICTS, loadGuardianJudgments, matchJudgments,
  type EmittedEvent, type GuardianBatchResult, type GuardianResult,
} from '../../eval/guardian.ts';
import type { Coder } from '../../src/pipeline/coder.ts';

const HEADER = 'article\tsentence\tcameo\tsource\ttarget\tverb\tverdict\tclass\tnote';

function judgments(rows: string[], name = 'guardian-judgments.tsv'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dyad-guardian-')), name);
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

test('the shipped held-out batch loads, every verdict known, and shares no article with the development batch', () => {
  const dev = loadGuardianJudgments();
  const { articles, events } = loadGuardianJudgments(GUARDIAN_HELDOUT_FILE);
  assert.ok(articles.size >= 10, `${articles.size} articles`);
  assert.ok(events.length >= 50, `${events.length} events`);
  for (const e of events) assert.equal(e.errorClass === null, e.verdict === 'right', `line ${e.line}: class iff not right`);
  for (const a of articles) assert.ok(!dev.articles.has(a), `${a} is in both batches`);
  assert.deepEqual(GUARDIAN_BATCHES.map((b) => b.name), ['development', 'held-out']);
});

test('a malformed row of the held-out file names that file and line', () => {
  const ok = row('g:80', '1', '036', 'USAGOV', 'CHN', 'agreed to', 'right', '-', 'an intent');
  const file = judgments([ok, row('g:80', '2', '036', 'USAGOV', 'CHN', '-', 'fine', '-', 'x')], 'guardian-heldout.tsv');
  assert.throws(() => loadGuardianJudgments(file), /guardian-heldout\.tsv:4: unknown verdict "fine"/);
  const short = judgments([row('g:80', '1', '036')], 'guardian-heldout.tsv');
  assert.throws(() => loadGuardianJudgments(short), /guardian-heldout\.tsv:3: expected 9 tab-separated columns/);
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

type Match = GuardianBatchResult['match'];

function batch(name: string, articles: string[], matched: Match['matched'], gone: Match['gone'] = []): GuardianBatchResult {
  return { name, judgmentsFile: `/repo/eval/guardian-${name}.tsv`, articles, match: { matched, gone } };
}

function result(...batches: GuardianBatchResult[]): GuardianResult {
  return { corpus: '/x/guardian.csv', found: true, articles: batches.reduce((n, b) => n + b.articles.length, 0), ms: 5, batches };
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
  const text = formatGuardian(result(batch('development', ['g:2', 'g:3'], matched, gone)), { showMisses: 1 });
  assert.match(text, /precision \(right \/ judged events present\): 50\.0% \(2\/4\), 95% Wilson interval 15\.0-85\.0%/);
  assert.match(text, /unjudged events \(new since the judging\): 1\n/);
  assert.match(text, /\(gone\): 1\n/);
  assert.match(text, /wrong-actor\s+1\s+25\.0%/);
  assert.match(text, /\n\s*19\s+2\s+1\s+50\.0%/);
  assert.match(text, /wrong-actor: partner-as-target\s+1/);
  assert.match(text, /1 judged events still emitted that are not right/);
  assert.match(text, /\ndevelopment g:2 s4 190 RUS -> TUR \[hit\] wrong-actor \(partner-as-target\): partner taken as target/);
  assert.doesNotMatch(text, /private trip/, 'only N misses are listed');
});

test('two batches are reported apart, with their article ranges, and combined', () => {
  const { events: dev } = loadGuardianJudgments(judgments([
    row('g:2', '1', '036', 'USAGOV', 'CHN', '-', 'right', '-', 'intent'),
    row('g:7', '2', '190', 'RUS', 'TUR', '-', 'wrong-actor', 'partner-as-target', 'partner taken as target'),
  ]));
  const { events: held } = loadGuardianJudgments(judgments([
    row('g:80', '0', '042', 'NLD', 'SYR', '-', 'not-event', 'private-travel', 'a private trip'),
    row('g:80', '3', '111', 'GBR', 'FRA', '-', 'right', '-', 'criticism'),
    row('g:95', '1', '010', 'GBR', '-', '-', 'right', '-', 'statement'),
    row('g:99', '-', '-', '-', '-', '-', 'read', '-', 'no event'),
  ], 'guardian-heldout.tsv'));
  const devMatch = matchJudgments([event('g:2', 1, '036', 'USAGOV', 'CHN'), event('g:7', 2, '190', 'RUS', 'TUR')], dev);
  const heldMatch = matchJudgments([event('g:80', 0, '042', 'NLD', 'SYR'), event('g:80', 3, '111', 'GBR', 'FRA'), event('g:95', 4, '020', 'GBR', null)], held);
  const text = formatGuardian(result(
    batch('development', ['g:2', 'g:7'], devMatch.matched, devMatch.gone),
    batch('held-out', ['g:80', 'g:95', 'g:99'], heldMatch.matched, heldMatch.gone),
  ), { showMisses: 5 });
  assert.match(text, /development: articles 2-7\s+2\s+2\s+2\s+50\.0% \(1\/2\)\s+\S+\s+0\s+0\n/);
  assert.match(text, /held-out: articles 80-99\s+3\s+3\s+2\s+50\.0% \(1\/2\)\s+\S+\s+1\s+1\n/);
  assert.match(text, /combined\s+5\s+5\s+4\s+50\.0% \(2\/4\)\s+15\.0-85\.0%\s+1\s+1\n/);
  assert.match(text, /combined precision \(right \/ judged events present\): 50\.0% \(2\/4\), 95% Wilson interval/);
  assert.match(text, /Batch held-out: articles 80-99\n=+\n/);
  assert.match(text, /\ndevelopment g:7 s2 190 RUS -> TUR \[v\] wrong-actor \(partner-as-target\)/);
  assert.match(text, /\nheld-out g:80 s0 042 NLD -> SYR \[v\] not-event \(private-travel\): a private trip/);
  assert.match(text, /not-event: private-travel\s+1/);
});

test('an article judged in two batches stops the run', async () => {
  const a = judgments([row('g:2', '-', '-', '-', '-', '-', 'read', '-', 'no event')]);
  const b = judgments([row('g:2', '-', '-', '-', '-', '-', 'read', '-', 'no event')], 'guardian-heldout.tsv');
  await assert.rejects(evaluateGuardian({ cameo: new Map() } as unknown as Coder, '/nonexistent/guardian.csv',
    [{ name: 'development', file: a }, { name: 'held-out', file: b }]), /guardian-heldout\.tsv: article g:2 is judged in .*guardian-judgments\.tsv too/);
});

test('a missing corpus file skips the part', async () => {
  const r = await evaluateGuardian({ cameo: new Map() } as unknown as Coder, '/nonexistent/guardian.csv', [{ name: 'development', file: judgments([]) }]);
  assert.equal(r.found, false);
  assert.match(formatGuardian(r), /skipped: corpus file \/nonexistent\/guardian\.csv not found/);
});
