import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { csvRecords } from '../../src/ingest/csv-records.ts';
import { lines } from '../../src/ingest/source.ts';
import { collect, fixture, tempFiles } from './helpers.ts';

async function records(text: string) {
  const out = [];
  for await (const r of csvRecords(lines(Readable.from([text])))) out.push(r);
  return out;
}

test('CSV: multi-line quoted records, a broken record in the middle, the rest still read', async () => {
  const file = fixture('articles.csv');
  const { articles, diagnostics } = await collect([file]);
  assert.deepEqual(
    articles.map((a) => [a.id, a.origin.line, a.published]),
    [
      ['sy-1', 2, '2019-04-10'],
      ['sy-2', 4, '2019-04-11'],
      ['sy-4', 6, '2019-04-13'],
      ['articles:10', 10, '2019-04-14'],
      ['sy-6', 11, null],
    ],
  );
  assert.deepEqual(
    diagnostics.map((d) => [d.severity, d.line, d.code]),
    [
      ['error', 5, 'bad-csv'],
      ['warning', 11, 'bad-date'],
      ['error', 12, 'empty'],
    ],
  );
  assert.equal(diagnostics[2].message, 'empty article');
  for (const d of diagnostics) assert.equal(d.file, file);
});

test('CSV: field values, quoting and extra columns', async () => {
  const { articles } = await collect([fixture('articles.csv')]);
  const [a, b, c] = articles;
  assert.equal(
    a.text,
    'Sylvania and Freedonia agreed to a ceasefire on Wednesday, officials said.\n' +
      'The agreement, brokered by neighbouring states, takes effect at midnight.',
  );
  assert.equal(a.title, 'Ceasefire');
  assert.equal(a.source, 'Example Wire');
  assert.deepEqual(a.extra, { region: 'north' });
  assert.equal(b.text, 'Freedonia pledged food aid to Sylvanian border towns, its "relief" minister said.');
  assert.equal(c.text, 'Freedonia imposed sanctions on three Sylvanian banks.\n\nSylvania called the move hostile.');
});

test('CSV: BOM, CRLF, body/published aliases, case-insensitive header, url column, options.published', async () => {
  const dir = tempFiles({
    'alias.csv': '\uFEFFPublished,Body,URL,Lang\r\n2020/01/05,"Freedonia, again.",https://example.org/x,en\r\n,Sylvania too.,,fr\r\n',
  });
  const { articles, diagnostics } = await collect([join(dir, 'alias.csv')], { published: '2020-02-02' });
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(articles[0], {
    id: 'alias:2',
    text: 'Freedonia, again.',
    published: '2020-01-05',
    url: 'https://example.org/x',
    extra: { Lang: 'en' },
    origin: { file: join(dir, 'alias.csv'), line: 2 },
  });
  assert.equal(articles[1].published, '2020-02-02');
  assert.equal(articles[1].url, undefined);
});

test('CSV: no text column is one error for the file', async () => {
  const dir = tempFiles({ 'notext.csv': 'id,headline\n1,Freedonia wins\n' });
  const { articles, diagnostics } = await collect([join(dir, 'notext.csv')]);
  assert.equal(articles.length, 0);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.line]), [['no-text-column', 1]]);
});

test('CSV: wrong field counts and stray quotes are skipped one record at a time', async () => {
  const csv = [
    'id,text',
    'a,Freedonia protested,loudly', // 3 fields
    'b,Sylvania "quoted" badly', // quote inside an unquoted field
    'c,"He said "no" twice"', // text after a closing quote
    'd,"fine, really"',
  ].join('\n');
  const dir = tempFiles({ 'bad.csv': csv });
  const { articles, diagnostics } = await collect([join(dir, 'bad.csv')]);
  assert.deepEqual(articles.map((a) => a.id), ['d']);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.line]), [['bad-csv', 2], ['bad-csv', 3], ['bad-csv', 4]]);
  assert.match(diagnostics[0].message, /expected 2 fields, got 3/);
});

test('CSV: an unclosed quote is reported and the lines it swallowed are read again', async () => {
  const atEnd = await records('id,text\n1,"Freedonia never closes this\n2,Sylvania answered.\n3,Calm returned.\n');
  assert.deepEqual(atEnd, [
    { line: 1, fields: ['id', 'text'] },
    { line: 2, error: 'quoted field not closed before end of input' },
    { line: 3, fields: ['2', 'Sylvania answered.'] },
    { line: 4, fields: ['3', 'Calm returned.'] },
  ]);
  // A later quote "closes" the bad field and fails there: still only one record lost.
  const closedLater = await records('id,text\n1,"Freedonia never closes this\n2,Sylvania answered.\n3,"Still, fine."\n');
  assert.deepEqual(closedLater, [
    { line: 1, fields: ['id', 'text'] },
    { line: 2, error: 'unexpected "S" after a closing quote' },
    { line: 3, fields: ['2', 'Sylvania answered.'] },
    { line: 4, fields: ['3', 'Still, fine.'] },
  ]);
});

test('csvRecords agrees with csv-parse on well-formed CSV', async () => {
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const pieces = ['Freedonia', 'Sylvania', ',', '"', '\n', ' ', 'talks', '""', '', 'x'];
  const cell = () => Array.from({ length: rand(6) }, () => pieces[rand(pieces.length)]).join('');
  for (let round = 0; round < 50; round++) {
    const width = 1 + rand(4);
    const rows = Array.from({ length: 1 + rand(6) }, () => Array.from({ length: width }, cell));
    const quote = (v: string) => (/[",\n]/.test(v) || v === '' || rand(2) ? `"${v.replace(/"/g, '""')}"` : v);
    const text = rows.map((r) => r.map(quote).join(',')).join('\n') + (rand(2) ? '\n' : '');
    const mine = (await records(text)).map((r) => ('fields' in r ? r.fields : r));
    assert.deepEqual(mine, parse(text, { relax_column_count: true }), text);
  }
});

test('CSV: line numbers stay exact across read chunks', async () => {
  const rows = ['id,text'];
  let line = 2;
  const want: [string, number][] = [];
  for (let i = 0; i < 3000; i++) {
    const extra = i % 3; // 0-2 extra lines inside the quoted text
    rows.push(`r${i},"Report ${i} on Freedonia${'\nand Sylvania'.repeat(extra)}."`);
    want.push([`r${i}`, line]);
    line += 1 + extra;
  }
  const dir = tempFiles({ 'long.csv': rows.join('\n') + '\n' });
  const { articles, diagnostics } = await collect([join(dir, 'long.csv')]);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(articles.map((a) => [a.id, a.origin.line]), want);
});
