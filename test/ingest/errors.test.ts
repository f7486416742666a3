import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readInputs } from '../../src/ingest/index.ts';
import { collect, fixture, tempFiles } from './helpers.ts';

test('a missing path is one error and the other inputs are still read', async () => {
  const missing = join(fixture('tree'), 'nope.txt');
  const { articles, diagnostics } = await collect([missing, fixture('undated.txt')]);
  assert.deepEqual(diagnostics, [
    { severity: 'error', file: missing, code: 'not-found', message: 'no such file or directory' },
  ]);
  assert.deepEqual(articles.map((a) => a.id), ['undated']);
});

test('empty and whitespace-only files: "empty article", in every format', async () => {
  const dir = tempFiles({
    'empty.txt': '',
    'blank.txt': ' \n\t\r\n ',
    'bom.txt': '\uFEFF  \n',
    'prefix-only.txt': ' date 2020-01-01\n\n',
    'empty.jsonl': '',
    'empty.csv': '\n\n',
  });
  const names = ['empty.txt', 'blank.txt', 'bom.txt', 'prefix-only.txt', 'empty.jsonl', 'empty.csv'];
  const { articles, diagnostics } = await collect(names.map((n) => join(dir, n)));
  assert.equal(articles.length, 0);
  assert.deepEqual(
    diagnostics.map((d) => [d.file, d.severity, d.code, d.message]),
    names.map((n) => [join(dir, n), 'error', 'empty', 'empty article']),
  );
});

test('binary files (NUL in the first 8 KB) are skipped with an error', async () => {
  const dir = tempFiles({
    'photo.txt': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]),
    'wide.txt': Buffer.from('\uFEFFFreedonia', 'utf16le'),
    'late-nul.txt': Buffer.concat([Buffer.from('x'.repeat(9000)), Buffer.from([0])]),
    'ok.txt': 'Sylvania reopened its consulate.',
  });
  const names = ['photo.txt', 'wide.txt', 'late-nul.txt', 'ok.txt'];
  const { articles, diagnostics } = await collect(names.map((n) => join(dir, n)));
  assert.deepEqual(diagnostics.map((d) => [d.file, d.severity, d.code]), [[join(dir, 'photo.txt'), 'error', 'binary']]);
  // UTF-16 with a byte order mark is decoded (test/reliability/encodings.test.ts).
  // A NUL after the first 8 KB is not looked for: the file is read as text.
  assert.deepEqual(articles.map((a) => a.id), ['wide', 'late-nul', 'ok']);
  assert.equal(articles[0].text, 'Freedonia');
});

test('invalid UTF-8 is decoded with replacement characters and warned about', async () => {
  const bad = Buffer.concat([Buffer.from('Freedonia '), Buffer.from([0xc3, 0x28]), Buffer.from(' Sylvania')]);
  const badJsonl = Buffer.concat([Buffer.from('{"text":"ok"}\n{"text":"bad '), Buffer.from([0xff]), Buffer.from('"}\n')]);
  const dir = tempFiles({ 'bad.txt': bad, 'bad.jsonl': badJsonl, 'good.txt': 'Caf\u00e9 talks in Sylvania.' });
  const { items } = await collect([join(dir, 'bad.txt'), join(dir, 'bad.jsonl'), join(dir, 'good.txt')]);
  const summary = items.map((i) => (i.kind === 'article' ? `article ${i.article.id}` : `${i.diagnostic.severity} ${i.diagnostic.code}`));
  // The warning follows the file's articles (a stable place, whatever the read chunks).
  assert.deepEqual(summary, ['article bad', 'warning encoding', 'article bad:1', 'article bad:2', 'warning encoding', 'article good']);
  const articles = items.flatMap((i) => (i.kind === 'article' ? [i.article] : []));
  assert.equal(articles[0].text, 'Freedonia \uFFFD( Sylvania');
  const warning = items.find((i) => i.kind === 'diagnostic');
  assert.deepEqual(warning?.kind === 'diagnostic' && warning.diagnostic, {
    severity: 'warning',
    file: join(dir, 'bad.txt'),
    code: 'encoding',
    message: 'invalid UTF-8, decoded with replacement characters',
  });
  assert.equal(articles[2].text, 'bad \uFFFD');
  assert.equal(articles[3].text, 'Caf\u00e9 talks in Sylvania.');
});

test('a multi-byte character split across read chunks is not an encoding error', async () => {
  const text = 'a'.repeat(64 * 1024 - 1) + '\u00e9\u20ac end';
  const dir = tempFiles({ 'split.txt': text });
  const { articles, diagnostics } = await collect([join(dir, 'split.txt')]);
  assert.deepEqual(diagnostics, []);
  assert.equal(articles[0].text, text);
});

test('empty stdin and a failing stdin stream become diagnostics, never exceptions', async () => {
  const empty = await collect(['-'], { stdin: Readable.from([]) });
  assert.deepEqual(empty.diagnostics.map((d) => [d.file, d.code]), [['-', 'empty']]);

  const failing = new Readable({
    read() {
      this.destroy(new Error('connection reset'));
    },
  });
  const failed = await collect(['-', fixture('undated.txt')], { stdin: failing });
  assert.deepEqual(failed.diagnostics.map((d) => [d.file, d.severity, d.message]), [['-', 'error', 'connection reset']]);
  assert.deepEqual(failed.articles.map((a) => a.id), ['undated']);
});

test('unreadable file: permission denied is reported', { skip: process.getuid?.() === 0 && 'running as root' }, async () => {
  const dir = tempFiles({ 'locked.txt': 'Freedonia sealed the archive.' });
  chmodSync(join(dir, 'locked.txt'), 0o000);
  const { diagnostics } = await collect([join(dir, 'locked.txt')]);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.message]), [['unreadable', 'permission denied']]);
});

test('duplicate article ids are kept but warned about', async () => {
  const dir = tempFiles({ 'one/report.txt': 'Freedonia A.', 'two/report.txt': 'Sylvania B.' });
  const { articles, diagnostics } = await collect([dir]);
  assert.deepEqual(articles.map((a) => a.id), ['report', 'report']);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.file]), [['duplicate-id', join(dir, 'two', 'report.txt')]]);
});

test('an unreadable options.published is warned about once and ignored', async () => {
  const { articles, diagnostics } = await collect([fixture('undated.txt')], { published: '31/12/2020' });
  assert.deepEqual(diagnostics.map((d) => [d.file, d.code]), [['--published', 'bad-date']]);
  assert.equal(articles[0].published, null);
  const iso = await collect([fixture('undated.txt')], { published: '2020-12-31T10:00:00Z' });
  assert.equal(iso.articles[0].published, '2020-12-31');
});

test('stopping early releases the input (no hang, no leak)', async () => {
  const big = Array.from({ length: 20000 }, (_, i) => JSON.stringify({ text: `Item ${i} about Freedonia.` })).join('\n');
  const dir = tempFiles({ 'big.jsonl': big });
  let n = 0;
  for await (const item of readInputs([join(dir, 'big.jsonl'), join(dir, 'big.jsonl')])) {
    if (item.kind === 'article' && ++n === 3) break;
  }
  assert.equal(n, 3);
});
