/**
 * Damaged and malformed input: empty and binary files, truncated gzip and WARC, bad JSONL and
 * CSV lines. Each is one diagnostic naming the file (and line or record); the rest is read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { collect, page, tempFiles, warc, where, GOOD } from './helpers.ts';

test('empty, blank and binary files are errors for that file only', async () => {
  const dir = tempFiles({
    'a-empty.txt': '',
    'b-blank.jsonl': '\n  \n\t\n',
    'c-header-only.csv': 'id,text\n',
    'd-image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    'e-archive.txt': gzipSync(GOOD),
    'z-ok.txt': GOOD,
  });
  const { articles, diagnostics } = await collect([dir]);
  assert.deepEqual(where(diagnostics), ['empty@a-empty.txt', 'empty@b-blank.jsonl', 'binary@d-image.txt', 'binary@e-archive.txt']);
  assert.deepEqual(articles.map((a) => a.id), ['z-ok']);
});

test('a truncated gzip WARC keeps the records before the cut and names the record after', async () => {
  const bytes = await warc([
    { url: 'https://invented.example/one', html: page({ paragraphs: [GOOD] }) },
    { url: 'https://invented.example/two', html: page() },
    { url: 'https://invented.example/three', html: page() },
  ]);
  const dir = tempFiles({ 'cut.warc.gz': bytes.subarray(0, Math.floor(bytes.length * 0.7)), 'zero.warc.gz': Buffer.alloc(0), 'z.txt': GOOD });
  const { articles, diagnostics } = await collect([dir]);
  assert.ok(articles.some((a) => a.id === 'https://invented.example/one'), 'what came before the damage is kept');
  assert.ok(articles.some((a) => a.id === 'z'), 'the next file is read');
  const cut = diagnostics.filter((d) => d.file.endsWith('cut.warc.gz'));
  assert.equal(cut.length, 1, JSON.stringify(diagnostics));
  assert.equal(cut[0].code, 'bad-warc');
  assert.ok(cut[0].line !== undefined && cut[0].line >= 2, 'the damaged record is named');
  assert.ok(diagnostics.some((d) => d.file.endsWith('zero.warc.gz') && d.severity === 'error'));
});

test('a truncated plain WARC (cut inside a record) is one diagnostic, never a hang', async () => {
  const bytes = await warc([{ url: 'https://invented.example/a', html: page() }, { url: 'https://invented.example/b', html: page() }], false);
  const dir = tempFiles({ 'cut.warc': bytes.subarray(0, bytes.length - 300), 'z.txt': GOOD });
  const { articles, diagnostics } = await collect([dir]);
  assert.ok(articles.some((a) => a.id === 'https://invented.example/a'));
  assert.ok(articles.some((a) => a.id === 'z'));
  assert.ok(diagnostics.every((d) => d.file.endsWith('cut.warc') && d.line !== undefined), JSON.stringify(diagnostics));
});

test('malformed JSONL lines: each one error with its line and reason, the other lines read', async () => {
  const lines = [
    `{"id":"a","text":"${GOOD}"}`,
    '{"id":"b","text":"unterminated',
    '[1,2,3]',
    '"just a string"',
    '{"id":"c"}',
    '{"id":"d","text":42}',
    '{"id":"e","text":"   "}',
    `{"id":"f","text":"${GOOD}"`,
    `{"id":"g","text":"${GOOD}","__proto__":{"polluted":true}}`,
    '\u0000{"id":"h"}',
    `{"id":"i","text":"${GOOD}"}`,
  ];
  // The NUL on line 10 lies beyond the binary check only if the head is long: pad line 1.
  lines[0] = `{"id":"a","text":"${GOOD}","pad":"${'x'.repeat(9000)}"}`;
  const dir = tempFiles({ 'bad.jsonl': `${lines.join('\n')}\n` });
  const { articles, diagnostics } = await collect([dir]);
  assert.deepEqual(where(diagnostics), [
    'bad-json@bad.jsonl:2',
    'not-object@bad.jsonl:3',
    'not-object@bad.jsonl:4',
    'missing-text@bad.jsonl:5',
    'missing-text@bad.jsonl:6',
    'empty@bad.jsonl:7',
    'bad-json@bad.jsonl:8',
    'bad-json@bad.jsonl:10',
  ]);
  assert.deepEqual(articles.map((a) => a.id), ['a', 'g', 'i']);
  assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
});

test('malformed CSV lines: stray quotes, wrong field counts, an unclosed quote at the end', async () => {
  const csv = [
    'id,text,date',
    `a,"${GOOD}",2025-03-10`,
    'b,He said "no" twice,2025-03-10',
    'c,"closed" then junk,2025-03-10',
    'd,too,many,fields,here',
    'e,short',
    `f,"${GOOD}",not a date`,
    `g,"${GOOD} On two
lines.",2025-03-11`,
    'h,"never closed, 2025-03-12',
  ].join('\n');
  const { articles, diagnostics } = await collect([tempFiles({ 'bad.csv': csv })]);
  assert.deepEqual(where(diagnostics), ['bad-csv@bad.csv:3', 'bad-csv@bad.csv:4', 'bad-csv@bad.csv:5', 'bad-csv@bad.csv:6', 'bad-date@bad.csv:7', 'bad-csv@bad.csv:10']);
  assert.ok(diagnostics.every((d) => d.message.length > 10));
  assert.deepEqual(articles.map((a) => a.id), ['a', 'f', 'g']);
});
