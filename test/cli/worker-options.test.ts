/**
 * `dyad worker --max-article-ms`: the per-article time bound reaches the coder every thread
 * builds (the options the pool hands to createCoder), without timing anything. No PostgreSQL
 * needed: the options are checked before any connection is opened.
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
  assert.deepEqual(settings.coder, { lexiconDir: 'lexicon', keepNegated: true, maxArticleMs: 1500 });
  assert.equal(createCoder(settings.coder).options.maxArticleMs, 1500);
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
  assert.throws(() => workerSettings(given({ db: 'store.db' })), { code: 'USAGE', message: /--db must be a postgres:\/\/ URL/ });
  assert.throws(() => workerSettings(given({ lease: '0' })), { code: 'USAGE', message: /--lease and --attempts/ });
});

test('dyad worker: the option is on the command line, and a junk bound exits 2 without connecting', () => {
  const help = dyad(['worker', '--help']);
  assert.equal(help.code, 0, help.err);
  assert.match(help.out, /--max-article-ms <ms>/);
  const junk = dyad(['worker', '--db', URL, '--max-article-ms', 'soon']);
  assert.equal(junk.code, 2, junk.err);
  assert.match(junk.err, /--max-article-ms must be a whole number of milliseconds/);
  assert.doesNotMatch(junk.err, /ECONNREFUSED|connect/);
});
