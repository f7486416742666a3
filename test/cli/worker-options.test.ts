/**
 * `dyad worker`'s bounds, as `dyad ingest`'s: --max-article-ms and --max-sentence-tokens reach
 * the coder every thread builds (the options the pool hands to createCoder), without timing
 * anything; --max-article-bytes reaches the readers; --quarantine names the report. No
 * PostgreSQL needed: the options are checked before any connection is opened.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../../src/pipeline/coder.ts';
import { DEFAULT_MAX_ARTICLE_MS } from '../../src/pipeline/deadline.ts';
import { workerSettings, type WorkerCliOptions } from '../../src/cli/worker.ts';
import { dyad } from '../store/helpers.ts';

const URL = 'postgres://nobody@127.0.0.1:1/none';
const given = (extra: Partial<WorkerCliOptions>): WorkerCliOptions => ({ db: URL, lease: '300', attempts: '3', workers: '1', ...extra });

test('worker: --max-article-ms goes into the coder options, and the coder built from them has that bound', () => {
  const settings = workerSettings(given({ maxArticleMs: '1500', lexicon: 'lexicon', keepNegated: true }));
  assert.deepEqual(settings.coder, { lexiconDir: 'lexicon', keepNegated: true, maxSentenceTokens: undefined, maxArticleMs: 1500 });
  assert.equal(createCoder(settings.coder).options.maxArticleMs, 1500);
});

test('worker: --max-sentence-tokens goes to the coder, --max-article-bytes to the readers, --quarantine is kept', () => {
  const settings = workerSettings(given({ maxSentenceTokens: '120', maxArticleBytes: '65536', quarantine: 'q.jsonl' }));
  assert.equal(settings.coder.maxSentenceTokens, 120);
  assert.equal(createCoder(settings.coder).options.maxSentenceTokens, 120);
  assert.match(createCoder(settings.coder).coder, / sent:120$/, 'a sentence bound is part of the coder stamp, as with ingest');
  assert.deepEqual(settings.read, { maxArticleBytes: 65536 });
  assert.equal(settings.quarantine, 'q.jsonl');
  const plain = workerSettings(given({}));
  assert.deepEqual(plain.read, { maxArticleBytes: undefined }, 'the readers\' default bound');
  assert.equal(plain.quarantine, undefined);
});

test('worker: without --max-article-ms the coder has the default bound; 0 turns it off', () => {
  const coder = createCoder(workerSettings(given({})).coder);
  assert.equal(coder.options.maxArticleMs, DEFAULT_MAX_ARTICLE_MS);
  assert.equal(workerSettings(given({ maxArticleMs: '0' })).coder.maxArticleMs, 0);
});

test('worker: junk bounds and other bad options are usage errors, before any connection', () => {
  for (const bad of ['-1', 'soon', '1.5', '']) {
    assert.throws(() => workerSettings(given({ maxArticleMs: bad })), { code: 'USAGE', message: /--max-article-ms must be a whole number of milliseconds \(0: no bound\)/ }, bad);
  }
  for (const bad of ['0', '-5', 'big', '2.5']) {
    assert.throws(() => workerSettings(given({ maxArticleBytes: bad })), { code: 'USAGE', message: /--max-article-bytes must be a whole number above 0/ }, bad);
    assert.throws(() => workerSettings(given({ maxSentenceTokens: bad })), { code: 'USAGE', message: /--max-sentence-tokens must be a whole number above 0/ }, bad);
  }
  assert.throws(() => workerSettings(given({ db: 'store.db' })), { code: 'USAGE', message: /--db must be a postgres:\/\/ URL/ });
  assert.throws(() => workerSettings(given({ lease: '0' })), { code: 'USAGE', message: /--lease and --attempts/ });
});

test('dyad worker: the options are on the command line, as on ingest, and a junk bound exits 2 without connecting', () => {
  const help = dyad(['worker', '--help']);
  assert.equal(help.code, 0, help.err);
  const ingestHelp = dyad(['ingest', '--help']);
  for (const option of ['--max-article-ms <ms>', '--max-article-bytes <n>', '--max-sentence-tokens <n>', '--quarantine <file>']) {
    assert.ok(help.out.includes(option), `worker: ${option}`);
    assert.ok(ingestHelp.out.includes(option), `ingest: ${option}`);
  }
  for (const [option, value, message] of [['--max-article-ms', 'soon', /--max-article-ms must be a whole number of milliseconds/], ['--max-article-bytes', '0', /--max-article-bytes must be a whole number above 0/], ['--max-sentence-tokens', 'many', /--max-sentence-tokens must be/]] as const) {
    const junk = dyad(['worker', '--db', URL, option, value]);
    assert.equal(junk.code, 2, junk.err);
    assert.match(junk.err, message);
    assert.doesNotMatch(junk.err, /ECONNREFUSED|connect/);
  }
});
