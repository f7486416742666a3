/** Saved HTML pages: main text, title, date, url and outlet from the page. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collect, tempFiles } from './helpers.ts';
import { page, PARAGRAPHS } from './pages.ts';
import { extractPage } from '../../src/ingest/html-extract.ts';
import { pageDateValue } from '../../src/ingest/html.ts';

test('a saved page gives its article text without navigation, scripts or sidebars', async () => {
  const dir = tempFiles({ 'talks.html': page({ title: 'Talks in Islamabad', published: '2025-03-10T09:30:00+05:00', site: 'Invented Daily', url: 'https://invented.example/world/talks' }) });
  const { articles, diagnostics } = await collect([dir]);
  assert.deepEqual(diagnostics, []);
  assert.equal(articles.length, 1);
  const [a] = articles;
  assert.equal(a.id, 'talks');
  assert.equal(a.published, '2025-03-10');
  assert.equal(a.title, 'Talks in Islamabad');
  assert.equal(a.url, 'https://invented.example/world/talks');
  assert.equal(a.source, 'Invented Daily');
  for (const p of PARAGRAPHS) assert.ok(a.text.includes(p), `paragraph kept: ${p.slice(0, 30)}`);
  assert.equal(a.text.split('\n\n').filter((p) => PARAGRAPHS.includes(p)).length, 3, 'one paragraph per block');
  for (const noise of ['tracking', 'Most read', 'Copyright', 'Sport']) assert.ok(!a.text.includes(noise), `no ${noise}`);
});

test('the outlet falls back to the url host; the date to --published', async () => {
  const dir = tempFiles({ 'a.htm': page({ url: 'https://www.invented.example/a' }) });
  const { articles } = await collect([dir], { published: '2025-01-02' });
  assert.equal(articles[0].source, 'invented.example');
  assert.equal(articles[0].published, '2025-01-02');
});

test('dates in the forms pages write them', () => {
  assert.equal(pageDateValue('2025-03-10T23:30:00Z'), '2025-03-10');
  assert.equal(pageDateValue('Mon, 10 Mar 2025 08:00:00 GMT'), '2025-03-10');
  assert.equal(pageDateValue('March 9, 2025'), '2025-03-09');
  assert.equal(pageDateValue(null), null);
  const html = page({ published: '2025/03/08', dateMeta: 'pubdate' });
  assert.equal(extractPage(html).published, '2025/03/08');
});

test('an unreadable page date is a warning naming the file, the article is kept', async () => {
  const dir = tempFiles({ 'odd.html': page({ published: 'sometime last spring' }) });
  const { articles, diagnostics } = await collect([dir]);
  assert.equal(articles.length, 1);
  assert.equal(articles[0].published, null);
  assert.equal(diagnostics[0].code, 'bad-date');
  assert.match(diagnostics[0].file, /odd\.html$/);
});

test('a page without text is an error for that file only', async () => {
  const dir = tempFiles({ 'blank.html': '<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>'.replace('<nav>Home</nav>', ''), 'good.html': page() });
  const { articles, diagnostics } = await collect([dir]);
  assert.deepEqual(articles.map((a) => a.id), ['good']);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].severity, 'error');
  assert.match(diagnostics[0].file, /blank\.html$/);
});

test('a page in a legacy charset is decoded by its meta charset', async () => {
  const html = page({ charset: 'windows-1252', paragraphs: ['The minister of Côte d’Ivoire met officials from Ghana in Accra on Tuesday to discuss the border.'] });
  const dir = tempFiles({ 'legacy.html': Buffer.from(html.replace('’', "'"), 'latin1') });
  const { articles } = await collect([dir]);
  assert.ok(articles[0].text.includes("Côte d'Ivoire"), articles[0].text);
});
