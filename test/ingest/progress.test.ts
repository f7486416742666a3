/** The ingest progress line and summary. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Progress, summary, type IngestCounts } from '../../src/cli/ingest-progress.ts';

function fakeTerminal() {
  const writes: string[] = [];
  return { writes, out: { isTTY: true, write: (s: string) => writes.push(s) > 0 } as unknown as NodeJS.WriteStream };
}

const counts: IngestCounts = { read: 10, inserted: 6, replaced: 1, unchanged: 3, events: 42, errors: 0 };

test('on a terminal one line is redrawn with articles/s, share read and ETA', async () => {
  const { writes, out } = fakeTerminal();
  const progress = new Progress(out, new Map([['a.jsonl', 1000], ['b.txt', 1000]]));
  progress.article('a.jsonl', 400);
  progress.article('a.jsonl', 400);
  assert.equal(progress.fraction(), 0.4);
  progress.article('b.txt', 5000);
  assert.equal(progress.fraction(), 1, 'a file read counts whole, an article never counts more than its file');
  await new Promise((r) => setTimeout(r, 20));
  progress.update(counts);
  assert.equal(writes.length, 1);
  assert.match(writes[0], /^\r\x1b\[2K100% 10 articles, 42 events, [\d.]+ articles\/s, ETA 0:00$/);
  progress.update(counts);
  assert.equal(writes.length, 1, 'at most five redraws a second');
  progress.clear();
  assert.equal(writes[1], '\r\x1b[2K');
});

test('in a pipe nothing is drawn', () => {
  const writes: string[] = [];
  const progress = new Progress({ isTTY: false, write: (s: string) => writes.push(s) > 0 } as unknown as NodeJS.WriteStream, new Map());
  progress.update(counts);
  progress.clear();
  assert.deepEqual(writes, []);
});

test('the summary names counts, rate, workers and store', () => {
  assert.equal(
    summary({ ...counts, errors: 2 }, 2, 2, 'x.db'),
    'dyad ingest: 10 articles read, 7 coded (6 new, 1 changed), 3 unchanged, 42 event records stored, 2 input errors (skipped) in 2.0 s (5.0 articles/s, 2 workers) -> x.db',
  );
});
