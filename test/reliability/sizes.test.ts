/**
 * Size bounds: a 50 MB article is refused without being held whole, an oversized record or
 * page is skipped with its file and line, a 100,000-character sentence is left unanalysed
 * (never quadratic), a page full of scripts yields only its article text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { createCoder, codeArticle, DEFAULT_MAX_SENTENCE_TOKENS } from '../../src/pipeline/coder.ts';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../src/ingest/index.ts';
import { collect, page, tempFiles, warc, where, GOOD } from './helpers.ts';

const MB = 1024 * 1024;

/** Writes `prefix`, then `size` bytes of news-like words, then `suffix`, in 1 MB pieces. */
function bigFile(path: string, size: number, prefix = '', suffix = ''): void {
  const piece = Buffer.from('Freedonia and Sylvania signed a trade agreement on Monday. '.repeat(Math.ceil(MB / 50)).slice(0, MB));
  const fd = openSync(path, 'w');
  writeSync(fd, prefix);
  for (let left = size; left > 0; left -= MB) writeSync(fd, piece, 0, Math.min(MB, left));
  writeSync(fd, suffix);
  closeSync(fd);
}

test('a 50 MB article (text and one JSONL line) is skipped with a clear error; the rest is read', async () => {
  const dir = tempFiles({ 'b-after.txt': GOOD, 'small.jsonl': `{"id":"s1","text":"${GOOD}"}\n` });
  bigFile(join(dir, 'a-huge.txt'), 50 * MB);
  bigFile(join(dir, 'huge.jsonl'), 50 * MB, `{"id":"s0","text":"${GOOD}"}\n{"id":"big","text":"`, `"}\n{"id":"s2","text":"${GOOD}"}\n`);
  const { articles, diagnostics } = await collect([dir]);
  assert.deepEqual(where(diagnostics), ['too-large@a-huge.txt', 'too-large@huge.jsonl:2']);
  assert.match(diagnostics[0].message, new RegExp(`over --max-article-bytes ${DEFAULT_MAX_ARTICLE_BYTES}`));
  assert.deepEqual(articles.map((a) => a.id), ['b-after', 's0', 's2', 's1']);
});

test('--max-article-bytes bounds every format: text, JSONL, CSV, HTML and WARC records', async () => {
  const long = `${GOOD} `.repeat(40); // ~2.4 KB
  const dir = tempFiles({
    'long.txt': long,
    'short.txt': GOOD,
    'r.jsonl': `{"text":"${long}"}\n{"text":"${GOOD}"}\n`,
    'c.csv': `text\n"${long}"\n"${GOOD}"\n`,
    'p.html': page({ paragraphs: [long] }),
    'w.warc.gz': await warc([{ url: 'https://invented.example/long', html: page({ paragraphs: [long] }) }, { url: 'https://invented.example/ok', html: page({ paragraphs: [GOOD] }) }]),
  });
  const { articles, diagnostics } = await collect([dir], { maxArticleBytes: 1000 });
  assert.deepEqual(where(diagnostics), ['too-large@c.csv:2', 'too-large@long.txt', 'too-large@p.html', 'too-large@r.jsonl:1', 'too-large@w.warc.gz:2']);
  assert.ok(diagnostics.every((d) => d.severity === 'error' && /--max-article-bytes 1000/.test(d.message)), JSON.stringify(diagnostics));
  assert.deepEqual(articles.map((a) => a.id), ['c:3', 'r:2', 'short', 'https://invented.example/ok']);
});

test('a page far over the bound is refused before it is parsed', async () => {
  const dir = tempFiles({ 'big.html': `<html><body><p>${'x'.repeat(50_000)}</p></body></html>` });
  const { diagnostics } = await collect([dir], { maxArticleBytes: 1000 });
  assert.deepEqual(where(diagnostics), ['too-large@big.html']);
  assert.match(diagnostics[0].message, /page of \d+ bytes, over 4 x --max-article-bytes/);
});

test('a 100,000-character sentence without punctuation is not analysed: a bounded, reported skip', () => {
  const coder = createCoder();
  const words = ['Kenya', 'accused', 'Uganda', 'met', 'on', 'Monday', 'in', 'March', 'he', 'said', 'they', 'warned'];
  let sentence = '';
  for (let i = 0; sentence.length < 100_000; i++) sentence += `${words[(i * 7) % words.length]} `;
  const text = `${GOOD} ${sentence.trim()}. Ghana praised Togo for its help.`;
  const coding = codeArticle(coder, { id: 'long', text, published: '2025-03-10', origin: { file: 'long.txt' } });
  assert.deepEqual(coding.longSentences, [1]);
  const s = coding.doc.sentences[1];
  assert.ok(s.tokenEnd - s.tokenStart > DEFAULT_MAX_SENTENCE_TOKENS);
  assert.deepEqual([...new Set(coding.events.map((e) => e.sentenceIndex))].sort(), [0, 2], 'the sentences around it are coded');
});

test('the sentence bound is configurable', () => {
  const coder = createCoder({ maxSentenceTokens: 5 });
  const coding = codeArticle(coder, { id: 'x', text: `${GOOD} Ghana praised Togo.`, published: null, origin: { file: 'x' } });
  assert.deepEqual(coding.longSentences, [0]);
  assert.deepEqual(coding.events.map((e) => e.sentenceIndex), [1]);
  assert.match(coder.coder, / sent:5$/, 'a bound other than the default is in the coder stamp');
  assert.doesNotMatch(createCoder().coder, /sent:/);
});

test('a page full of scripts gives only its article text; a page of scripts alone is an error', async () => {
  const script = '<script>document.write("Freedonia attacked Sylvania"); var x = "<p>Sylvania invaded Freedonia</p>";</script>';
  const noisy = page({ paragraphs: [GOOD] }).replace('<body>', `<body>${script.repeat(3000)}<noscript>Enable scripts</noscript><style>p{color:red}</style>`);
  const dir = tempFiles({ 'noisy.html': noisy, 'scripts.html': `<html><head>${script.repeat(100)}</head><body>${script.repeat(100)}</body></html>` });
  const { articles, diagnostics } = await collect([dir]);
  assert.deepEqual(where(diagnostics), ['empty@scripts.html']);
  assert.equal(articles.length, 1);
  assert.ok(articles[0].text.includes(GOOD));
  assert.ok(!/attacked|invaded|document\.write/.test(articles[0].text), articles[0].text);
});
