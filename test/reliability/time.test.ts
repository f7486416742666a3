/**
 * The per-article time bound (--max-article-ms): the coder checks a deadline between stages
 * and sentences and gives the article up with a `timeout` diagnostic; the rest of the batch is
 * coded. The unit tests run on a fake clock (one tick per reading), so they do not depend on
 * the machine's speed; the CLI tests pair a bound of seconds with an article that takes a
 * minute or more, a margin of more than 20x either way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCoder, codeArticle, type Coder } from '../../src/pipeline/coder.ts';
import { ArticleTimeout, codingFailure, DEFAULT_MAX_ARTICLE_MS, startDeadline } from '../../src/pipeline/deadline.ts';
import type { Article } from '../../src/document/types.ts';
import type { QuarantineEntry } from '../../src/ingest/quarantine.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { dyad, tempFiles, GOOD } from './helpers.ts';

const SENTENCES = [
  'Freedonia and Sylvania signed a trade agreement on Monday.',
  'Ghana criticized Togo over new tariffs on Tuesday.',
  'India accused Pakistan of shelling border villages.',
  'Kenya praised Uganda for its help.',
  'Egypt hosted talks with Jordan in Cairo.',
  'Brazil and Argentina agreed to reopen their border crossing.',
];

const article = (text: string, id = 'a'): Article => ({ id, text, published: '2025-03-10', origin: { file: `${id}.txt`, line: 7 } });

/** A clock that moves one millisecond each time it is read. */
function ticking(): () => number {
  let t = 0;
  return () => t++;
}

let shared: Coder | undefined;
const coder = () => (shared ??= createCoder());

test('the deadline: a fake clock, one tick per check; stops at the first check past the bound', () => {
  const clock = ticking();
  const d = startDeadline(3, clock); // start reads 0
  d.check('one'); // 1
  d.check('two'); // 2
  d.check('three'); // 3: not over yet
  assert.throws(() => d.check(() => 'four'), (e: unknown) => e instanceof ArticleTimeout && e.stage === 'four' && e.elapsedMs === 4 && e.limitMs === 3);
});

test('a bound of 0 is off: the clock is never read', () => {
  const d = startDeadline(0, () => assert.fail('the clock was read'));
  d.check('anything');
  assert.equal(createCoder({ maxArticleMs: 0 }).options.maxArticleMs, 0);
  assert.equal(coder().options.maxArticleMs, DEFAULT_MAX_ARTICLE_MS);
});

test('the coder gives an article up between sentences once its time is spent, naming where', () => {
  const c = createCoder({ maxArticleMs: 5 });
  const text = SENTENCES.join(' ');
  // readings: start 0, after splitting 1, sentences 0..3 at 2..5, sentence 4 at 6 > 5
  assert.throws(
    () => codeArticle(c, article(text), { clock: ticking() }),
    (e: unknown) => e instanceof ArticleTimeout && e.stage === 'sentence 4 of 6' && e.elapsedMs === 6,
  );
  // a clock that is never past the bound: the whole article is coded
  const coding = codeArticle(c, article(text), { clock: () => 0 });
  assert.ok(coding.events.length >= 5);
});

test('when the bound is not hit the output is the same as without a bound, whatever the clock says', () => {
  const text = SENTENCES.join(' ');
  const json = (x: Coder, clock?: () => number) => JSON.stringify(codeArticle(x, article(text), { clock }).events);
  const without = json(createCoder({ maxArticleMs: 0 }));
  assert.equal(json(coder()), without);
  assert.equal(json(coder(), ticking()), without);
  assert.equal(json(createCoder({ maxArticleMs: 1_000_000 }), () => Math.random() * 999_999), without);
  assert.equal(coder().coder, createCoder({ maxArticleMs: 7 }).coder, 'the bound is not in the coder stamp');
});

test('a timed-out article is a timeout error naming file, record, reason and elapsed time', () => {
  const d = codingFailure(article('x', 'slow'), new ArticleTimeout(20000, 20013.4, 'sentence 41 of 120'));
  assert.deepEqual(d, {
    severity: 'error',
    file: 'slow.txt',
    line: 7,
    code: 'timeout',
    message: 'article slow not coded: took over --max-article-ms 20000 (gave up after 20013 ms, at sentence 41 of 120)',
  });
  assert.equal(codingFailure(article('x', 'bad'), new Error('boom')).code, 'internal');
});

/**
 * An article that takes about a minute to code: a thousand 370-token sentences of dates,
 * actors and verbs (about 65 ms each on this machine), under both size bounds.
 */
function slowText(): string {
  const unit = 'on Monday in March 2024 last week Freedonia met Sylvania and India accused Nepal ';
  let s = '';
  while (s.split(' ').length < 370) s += unit;
  return Array.from({ length: 1000 }, () => `${s.trim()}.`).join(' ');
}

const BOUND = '3000';

function batch(): string {
  return tempFiles({ 'a-good.txt': ` date 2025-03-10\n${GOOD}`, 'b-slow.txt': ` date 2025-03-10\n${slowText()}`, 'c-good.jsonl': `{"id":"r1","text":"${SENTENCES[1]}"}\n` });
}

function entries(path: string): QuarantineEntry[] {
  return readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as QuarantineEntry);
}

const TIMEOUT = /b-slow\.txt: error: article b-slow not coded: took over --max-article-ms 3000 \(gave up after \d+ ms, at (sentence \d+ of 1000|actors, after splitting 1000 sentences)\) \[timeout\]/;

test('dyad code --max-article-ms: the slow article is reported and quarantined, the others are coded', () => {
  const dir = batch();
  const quarantine = join(tempFiles({}), 'q.jsonl');
  const run = dyad(['code', dir, '--format', 'jsonl', '--max-article-ms', BOUND, '--quarantine', quarantine]);
  assert.equal(run.code, 0, run.err);
  assert.match(run.err, TIMEOUT);
  const ids = new Set(run.out.trim().split('\n').map((l) => (JSON.parse(l) as { article_id: string }).article_id));
  assert.deepEqual([...ids].sort(), ['a-good', 'r1']);
  assert.match(run.err, /2 articles coded, 1 input error \(skipped\), 1 quarantined/);
  const q = entries(quarantine);
  assert.deepEqual(q.map((e) => [e.code, e.file.split('/').pop(), e.line, e.severity]), [['timeout', 'b-slow.txt', null, 'error']]);
  assert.match(q[0].reason, /gave up after \d+ ms/);
});

test('dyad ingest --max-article-ms: the bound reaches the worker threads; the slow article is not stored', async () => {
  const dir = batch();
  const quarantine = join(tempFiles({}), 'q.jsonl');
  const db = join(tempFiles({}), 'store.db');
  const run = dyad(['ingest', dir, '--db', db, '--workers', '1', '--max-article-ms', BOUND, '--quarantine', quarantine]);
  assert.equal(run.code, 0, run.err);
  assert.match(run.err, TIMEOUT);
  assert.match(run.err, /3 articles read, 2 coded .*; 1 quarantined in /);
  assert.deepEqual(entries(quarantine).map((e) => e.code), ['timeout']);
  const store = new SqliteStore(db);
  const stored = await Promise.all(['a-good', 'b-slow', 'r1'].map((id) => store.articleState(id)));
  await store.close();
  assert.deepEqual(stored.map((s) => s !== null), [true, false, true]);
});

test('dyad explain --max-article-ms: a diagnostic and exit 1 instead of a hang; junk bounds are usage errors', () => {
  const dir = tempFiles({ 'slow.txt': slowText() });
  const run = dyad(['explain', join(dir, 'slow.txt'), '--max-article-ms', '1000']);
  assert.equal(run.code, 1, run.err);
  assert.match(run.err, /slow\.txt: error: article slow not coded: took over --max-article-ms 1000 .* \[timeout\]/);
  for (const bad of ['-1', 'soon', '1.5']) {
    const junk = dyad(['code', '-', '--max-article-ms', bad], GOOD);
    assert.equal(junk.code, 2, bad);
    assert.match(junk.err, /--max-article-ms must be a whole number of milliseconds \(0: no bound\)/);
  }
  const off = dyad(['code', '-', '--max-article-ms', '0', '--format', 'jsonl'], GOOD);
  assert.equal(off.code, 0, off.err);
  assert.ok(off.out.trim().length > 0);
});
