import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { splitDatePrefix } from '../../src/ingest/text.ts';
import { collect, fixture, tempFiles } from './helpers.ts';

test('text file: " date" prefix on the same line as the first text', async () => {
  const { articles, diagnostics } = await collect([fixture('dated-inline.txt')]);
  assert.deepEqual(diagnostics, []);
  assert.equal(articles.length, 1);
  const a = articles[0];
  assert.equal(a.id, 'dated-inline');
  assert.equal(a.published, '2016-09-04');
  assert.ok(a.text.startsWith("Freedonia's foreign minister arrived"), JSON.stringify(a.text.slice(0, 40)));
  assert.ok(!a.text.includes('date 2016'));
  assert.deepEqual(a.origin, { file: fixture('dated-inline.txt') });
  // Offsets are into the text after the prefix.
  const start = a.text.indexOf('Sylvania');
  assert.equal(a.text.slice(start, start + 8), 'Sylvania');
  assert.equal(start, "Freedonia's foreign minister arrived in ".length);
});

test('text file: date alone on the first line, without the leading space', async () => {
  const { articles } = await collect([fixture('dated-own-line.txt')]);
  assert.equal(articles[0].published, '2017-03-12');
  assert.ok(articles[0].text.startsWith('Sylvanian troops withdrew'));
});

test('text file without prefix gets options.published, else null', async () => {
  const a = await collect([fixture('undated.txt')], { published: '2021-06-01' });
  assert.equal(a.articles[0].published, '2021-06-01');
  assert.ok(a.articles[0].text.startsWith('The president of Freedonia'));
  const b = await collect([fixture('undated.txt')]);
  assert.equal(b.articles[0].published, null);
});

test('the own date prefix wins over options.published', async () => {
  const { articles } = await collect([fixture('dated-inline.txt')], { published: '2000-01-01' });
  assert.equal(articles[0].published, '2016-09-04');
});

test('splitDatePrefix variants', () => {
  assert.deepEqual(splitDatePrefix(' date 2016-09-04 Follows weeks of quiet talks'), {
    date: '2016-09-04',
    text: 'Follows weeks of quiet talks',
  });
  assert.deepEqual(splitDatePrefix('date 2016-09-04\nBody'), { date: '2016-09-04', text: 'Body' });
  assert.deepEqual(splitDatePrefix(' date 2016/9/4\nBody'), { date: '2016/9/4', text: 'Body' });
  assert.deepEqual(splitDatePrefix(' date 2016-09-04T10:00:00Z Body'), { date: '2016-09-04T10:00:00Z', text: 'Body' });
  // Not a prefix: ordinary text starting with the word "date".
  assert.deepEqual(splitDatePrefix('date palms grew along the border.'), { date: null, text: 'date palms grew along the border.' });
  assert.deepEqual(splitDatePrefix('Body\n date 2016-09-04'), { date: null, text: 'Body\n date 2016-09-04' });
});

test('an impossible prefix date is stripped, warned about and replaced by the fallback', async () => {
  const dir = tempFiles({ 'bad.txt': ' date 2016-02-30 Freedonia closed its embassy.' });
  const { articles, diagnostics } = await collect([join(dir, 'bad.txt')], { published: '2016-03-01' });
  assert.equal(articles[0].text, 'Freedonia closed its embassy.');
  assert.equal(articles[0].published, '2016-03-01');
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].severity, 'warning');
  assert.equal(diagnostics[0].code, 'bad-date');
});

test('BOM is stripped and CRLF normalised', async () => {
  const body = '\uFEFF date 2018-01-02 Sylvania protested.\r\nFreedonia denied it.\r\n';
  const dir = tempFiles({ 'crlf.txt': Buffer.from(body, 'utf8'), 'cr.txt': 'One.\rTwo.\r' });
  const { articles } = await collect([join(dir, 'crlf.txt'), join(dir, 'cr.txt')]);
  assert.equal(articles[0].text, 'Sylvania protested.\nFreedonia denied it.\n');
  assert.equal(articles[0].published, '2018-01-02');
  assert.equal(articles[1].text, 'One.\nTwo.\n');
});

test('a named file with an unknown extension is read as text; id drops the extension', async () => {
  const dir = tempFiles({ 'report.2019.dat': 'Freedonia held elections.', 'NOEXT': 'Sylvania voted.' });
  const { articles } = await collect([join(dir, 'report.2019.dat'), join(dir, 'NOEXT')]);
  assert.deepEqual(articles.map((a) => [a.id, a.text]), [['report.2019', 'Freedonia held elections.'], ['NOEXT', 'Sylvania voted.']]);
});

test('CRLF split across read chunks still becomes one LF', async () => {
  const line = 'x'.repeat(64 * 1024 - 1) + '\r\n';
  const dir = tempFiles({ 'big.txt': line + 'after' });
  const { articles } = await collect([join(dir, 'big.txt')]);
  assert.equal(articles[0].text.length, 64 * 1024 - 1 + 1 + 5);
  assert.ok(!articles[0].text.includes('\r'));
});
