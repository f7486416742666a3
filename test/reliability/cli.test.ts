/**
 * A batch of bad input through `dyad code` and `dyad ingest` (temporary SQLite store): every
 * bad file or record is one message naming file and line, the good articles are coded, and
 * --quarantine lists what was skipped and why.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuarantineEntry } from '../../src/ingest/quarantine.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { dyad, tempFiles, GOOD } from './helpers.ts';

function batch(): string {
  let sentence = '';
  for (let i = 0; sentence.length < 100_000; i++) sentence += ['Kenya', 'accused', 'Uganda', 'met', 'said', 'they'][i % 6] + ' ';
  return tempFiles({
    'a-good.txt': ` date 2025-03-10\n${GOOD}`,
    'b-empty.txt': '',
    'c-binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
    'd-records.jsonl': `{"id":"r1","text":"India accused Pakistan of shelling border villages."}\n{"id":"r2","text":\n{"id":"r3","text":"Egypt praised Jordan."}\n`,
    'e-records.csv': 'id,text\nc1,"Kenya criticized Uganda over new tariffs."\nc2,oops "quoted" here\n',
    'f-long-sentence.txt': `Ghana praised Togo. ${sentence}`,
    'g-too-large.txt': `${GOOD} `.repeat(6000),
  });
}

function entries(path: string): QuarantineEntry[] {
  return readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as QuarantineEntry);
}

const short = (q: QuarantineEntry[]) => q.map((e) => `${e.code}@${e.file.split('/').pop()}${e.line === null ? '' : `:${e.line}`}`).sort();

const EXPECTED = ['bad-csv@e-records.csv:3', 'bad-json@d-records.jsonl:2', 'binary@c-binary.txt', 'empty@b-empty.txt', 'long-sentence@f-long-sentence.txt', 'too-large@g-too-large.txt'];

test('dyad code: bad inputs are reported and quarantined, the rest of the batch is coded', () => {
  const dir = batch();
  const quarantine = join(tempFiles({}), 'q.jsonl');
  const run = dyad(['code', dir, '--format', 'jsonl', '--max-article-bytes', '200000', '--quarantine', quarantine]);
  assert.equal(run.code, 0, run.err);
  const ids = new Set(run.out.trim().split('\n').map((l) => (JSON.parse(l) as { article_id: string }).article_id));
  assert.deepEqual([...ids].sort(), ['a-good', 'c1', 'f-long-sentence', 'r1', 'r3']);
  assert.match(run.err, /d-records\.jsonl:2: error: not JSON: .* \[bad-json\]/);
  assert.match(run.err, /f-long-sentence\.txt: warning: article f-long-sentence: sentence 1 \(\d+ tokens, characters \d+-\d+\) is over --max-sentence-tokens 400; not coded \[long-sentence\]/);
  assert.match(run.err, /5 articles coded, 5 input errors \(skipped\), 6 quarantined in /);
  const q = entries(quarantine);
  assert.deepEqual(short(q), EXPECTED);
  assert.ok(q.every((e) => e.reason.length > 5 && (e.severity === 'error' || e.code === 'long-sentence')));
});

test('dyad ingest: the same batch into a temporary SQLite store, the same quarantine', async () => {
  const dir = batch();
  const quarantine = join(tempFiles({}), 'q.jsonl');
  const db = join(tempFiles({}), 'store.db');
  const run = dyad(['ingest', dir, '--db', db, '--workers', '1', '--max-article-bytes', '200000', '--quarantine', quarantine]);
  assert.equal(run.code, 0, run.err);
  assert.match(run.err, /5 articles read, 5 coded .*; 6 quarantined in /);
  assert.deepEqual(short(entries(quarantine)), EXPECTED);
  const store = new SqliteStore(db);
  const states = await Promise.all(['a-good', 'r1', 'r3', 'c1', 'f-long-sentence', 'r2'].map((id) => store.articleState(id)));
  await store.close();
  assert.deepEqual(states.map((s) => s !== null), [true, true, true, true, true, false]);
});

test('bad bound values are usage errors', () => {
  const run = dyad(['code', '-', '--max-sentence-tokens', 'lots']);
  assert.equal(run.code, 2);
  assert.match(run.err, /--max-sentence-tokens must be a whole number above 0, got "lots"/);
});
