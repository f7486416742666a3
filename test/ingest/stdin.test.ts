import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { sniffFormat } from '../../src/ingest/index.ts';
import { collect, fixture } from './helpers.ts';

const stdin = (...chunks: (string | Buffer)[]) => Readable.from(chunks);

test('stdin: JSON lines are sniffed from a leading "{"', async () => {
  const input = stdin('  \n{"text":"Freedonia called for talks.","published":"2022-03-04"}\n', '{"id":"s2","text":"Sylvania agreed."}\n');
  const { articles, diagnostics } = await collect(['-'], { stdin: input });
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(
    articles.map((a) => [a.id, a.published, a.origin]),
    [
      ['stdin:2', '2022-03-04', { file: '-', line: 2 }],
      ['s2', null, { file: '-', line: 3 }],
    ],
  );
});

test('stdin: a CSV header with a text column is sniffed as CSV', async () => {
  const input = stdin('id,date,text\n', 'x1,2022-03-05,"Sylvania, again, protested."\n');
  const { articles } = await collect(['-'], { stdin: input });
  assert.deepEqual(articles.map((a) => [a.id, a.text, a.published]), [['x1', 'Sylvania, again, protested.', '2022-03-05']]);
});

test('stdin: anything else is one text article with id "stdin"', async () => {
  const input = stdin(' date 2022-03-06 Freedonia, Sylvania and others met.\nNo deal.');
  const { articles } = await collect(['-'], { stdin: input, published: '2000-01-01' });
  assert.deepEqual(articles, [
    { id: 'stdin', text: 'Freedonia, Sylvania and others met.\nNo deal.', published: '2022-03-06', origin: { file: '-' } },
  ]);
});

test('stdin: options.format overrides sniffing', async () => {
  const input = stdin('{"text":"this is kept as plain text"}');
  const { articles } = await collect(['-'], { stdin: input, format: 'txt' });
  assert.equal(articles[0].text, '{"text":"this is kept as plain text"}');
});

test('options.format also forces the format of named files', async () => {
  const { articles, diagnostics } = await collect([fixture('undated.txt')], { format: 'jsonl' });
  assert.equal(articles.length, 0);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.line]), [['bad-json', 1]]);
});

test('stdin mixed with files keeps argument order', async () => {
  const input = stdin('Sylvania closed the border.');
  const { articles } = await collect([fixture('undated.txt'), '-', fixture('dated-own-line.txt')], { stdin: input });
  assert.deepEqual(articles.map((a) => a.id), ['undated', 'stdin', 'dated-own-line']);
});

test('sniffFormat', () => {
  assert.equal(sniffFormat('\uFEFF{"text":"x"}'), 'jsonl');
  assert.equal(sniffFormat('id,text,date\r\n1,a,b'), 'csv');
  assert.equal(sniffFormat('"id","Text"\n'), 'csv');
  assert.equal(sniffFormat('body,published\n'), 'csv');
  assert.equal(sniffFormat('text, they said, was final.\n'), 'txt');
  assert.equal(sniffFormat('id,title\n1,x'), 'txt');
  assert.equal(sniffFormat('Freedonia and Sylvania'), 'txt');
  assert.equal(sniffFormat(''), 'txt');
});
