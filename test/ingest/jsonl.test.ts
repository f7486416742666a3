import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { collect, fixture, tempFiles } from './helpers.ts';

test('JSONL: good lines become articles, bad lines become diagnostics with line numbers', async () => {
  const file = fixture('articles.jsonl');
  const { articles, diagnostics, items } = await collect([file], { published: '2018-01-01' });
  assert.deepEqual(
    articles.map((a) => [a.id, a.published, a.origin.line]),
    [
      ['fr-001', '2018-05-07', 1],
      ['articles:2', '2018-05-08', 2],
      ['fr-006', '2018-05-20', 8],
      ['fr-007', '2018-01-01', 9],
    ],
  );
  assert.deepEqual(
    diagnostics.map((d) => [d.severity, d.line, d.code]),
    [
      ['error', 4, 'bad-json'],
      ['error', 5, 'not-object'],
      ['error', 6, 'missing-text'],
      ['error', 7, 'empty'],
      ['warning', 9, 'bad-date'],
    ],
  );
  for (const d of diagnostics) assert.equal(d.file, file);
  assert.equal(diagnostics[3].message, 'empty article');
  // Items come in file order: the line-9 warning precedes the line-9 article.
  const last = items.slice(-2).map((i) => i.kind);
  assert.deepEqual(last, ['diagnostic', 'article']);
});

test('JSONL: known fields are mapped, the rest kept in extra', async () => {
  const { articles } = await collect([fixture('articles.jsonl')]);
  const [a, b] = articles;
  assert.equal(a.text, 'Freedonia expelled two Sylvanian diplomats on Monday.');
  assert.equal(a.url, 'https://example.org/fr-001');
  assert.equal(a.title, 'Diplomats expelled');
  assert.equal(a.source, 'Example Wire');
  assert.deepEqual(a.extra, { section: 'world' });
  assert.deepEqual(a.origin, { file: fixture('articles.jsonl'), line: 1 });
  assert.deepEqual(b.extra, { tags: ['diplomacy'] });
  assert.equal(b.url, undefined);
  assert.equal(articles[2].extra, undefined);
});

test('JSONL: .ndjson extension, CRLF lines, numeric ids, unused date aliases kept, "__proto__" stays data', async () => {
  const lines = [
    '{"id":42,"text":"Sylvania\\r\\nreplied.","date":"2020-05-05","publish_date":"2020-05-04"}',
    '{"text":"Freedonia answered.","__proto__":{"polluted":true},"url":7}',
  ];
  const dir = tempFiles({ 'feed.ndjson': lines.join('\r\n') + '\r\n' });
  const { articles, diagnostics } = await collect([join(dir, 'feed.ndjson')]);
  assert.equal(articles[0].id, '42');
  assert.equal(articles[0].text, 'Sylvania\nreplied.');
  assert.equal(articles[0].published, '2020-05-05');
  assert.deepEqual(articles[0].extra, { publish_date: '2020-05-04' });
  assert.equal(articles[1].id, 'feed:2');
  const extra = articles[1].extra!;
  assert.deepEqual(Object.keys(extra).sort(), ['__proto__', 'url']);
  assert.equal(Object.getPrototypeOf(extra), Object.prototype);
  assert.deepEqual(extra['__proto__'], { polluted: true });
  assert.deepEqual(diagnostics.map((d) => [d.code, d.line]), [['bad-field', 2]]);
});

test('JSONL: a file of blank lines yields nothing; a last line without newline is read', async () => {
  const dir = tempFiles({
    'blank.jsonl': '\n\n   \n' + ' '.repeat(9000) + '\n\n',
    'nonl.jsonl': '{"text":"Freedonia and Sylvania traded prisoners."}',
  });
  const blank = await collect([join(dir, 'blank.jsonl')]);
  assert.equal(blank.articles.length, 0);
  const nonl = await collect([join(dir, 'nonl.jsonl')]);
  assert.equal(nonl.articles[0].id, 'nonl:1');
});

test('JSONL: many lines across read chunks keep exact line numbers', async () => {
  const n = 5000;
  const body = Array.from({ length: n }, (_, i) =>
    i % 1000 === 999 ? 'broken' : JSON.stringify({ text: `Report ${i} on Freedonia and Sylvania ${'.'.repeat(i % 50)}` }),
  ).join('\n');
  const dir = tempFiles({ 'many.jsonl': body });
  const { articles, diagnostics } = await collect([join(dir, 'many.jsonl')]);
  assert.equal(articles.length, n - 5);
  assert.deepEqual(diagnostics.map((d) => d.line), [1000, 2000, 3000, 4000, 5000]);
  for (const a of articles) assert.equal(a.id, `many:${a.origin.line}`);
  assert.ok(articles[1234].text.startsWith(`Report ${articles[1234].origin.line! - 1} `));
});
