/** WARC files: HTML responses are articles, everything else is passed over, damage is a diagnostic. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collect, tempFiles } from './helpers.ts';
import { page, warc } from './pages.ts';

const talks = page({ title: 'Talks in Islamabad', published: '2025-03-10', site: 'Invented Daily' });
const tariffs = page({ title: 'Tariff row', published: '2025-03-11', paragraphs: ['Ghana criticized Togo over new tariffs on cross-border trade, saying the measures would hurt small traders in both countries and their markets.'] });

test('a gzipped WARC gives one article per HTML response, id and url from the target URI', async () => {
  const bytes = await warc([
    { url: 'https://invented.example/talks', html: talks },
    { url: 'https://invented.example/talks', type: 'request' },
    { url: 'https://invented.example/logo.png', html: 'PNG', contentType: 'image/png' },
    { url: 'https://invented.example/old', html: '', status: 'HTTP/1.1 301 Moved Permanently' },
    { url: 'https://other.example/tariffs', html: tariffs, contentType: 'text/html' },
  ]);
  const dir = tempFiles({ 'news.warc.gz': bytes });
  const { articles, diagnostics } = await collect([dir]);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(articles.map((a) => [a.id, a.url, a.published, a.source, a.origin.line]), [
    ['https://invented.example/talks', 'https://invented.example/talks', '2025-03-10', 'Invented Daily', 2],
    ['https://other.example/tariffs', 'https://other.example/tariffs', '2025-03-11', 'other.example', 6],
  ]);
  assert.ok(articles[1].text.startsWith('Tariff row\n\nGhana criticized Togo') || articles[1].text.includes('Ghana criticized Togo'));
});

test('an uncompressed WARC and resource records are read too', async () => {
  const bytes = await warc([{ url: 'https://invented.example/r', html: talks, type: 'resource' }], false);
  const { articles } = await collect([tempFiles({ 'plain.warc': bytes })]);
  assert.equal(articles.length, 1);
});

test('a truncated WARC keeps what came before and names the file and record', async () => {
  const bytes = await warc([{ url: 'https://invented.example/a', html: talks }, { url: 'https://invented.example/b', html: tariffs }], false);
  const cut = bytes.subarray(0, bytes.length - 200);
  const dir = tempFiles({ 'cut.warc': Buffer.concat([cut, Buffer.from('WARC/1.1\r\nbroken\r\n')]), 'after.html': page() });
  const { articles, diagnostics } = await collect([dir]);
  assert.ok(articles.some((a) => a.id === 'https://invented.example/a'));
  assert.ok(articles.some((a) => a.id === 'after'), 'the next file is still read');
  assert.ok(diagnostics.every((d) => /cut\.warc$/.test(d.file) && d.line !== undefined), JSON.stringify(diagnostics));
});

test('a file that is no WARC is an error for that file only', async () => {
  const dir = tempFiles({ 'junk.warc.gz': Buffer.from('this is not a warc file at all\n'), 'ok.html': page() });
  const { articles, diagnostics } = await collect([dir]);
  assert.deepEqual(articles.map((a) => a.id), ['ok']);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].code, 'bad-warc');
});
