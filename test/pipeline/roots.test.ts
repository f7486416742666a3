/**
 * Every CAMEO root is reachable from real sentences: for each root 01..20, sentences of our
 * own test set (test/fixtures/event-sentences.tsv) are coded with the expected dyad and root.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/util/paths.ts';
import { dyads } from './helpers.ts';

interface Case {
  id: string;
  sentence: string;
  expected: string[];
}

const cases: Case[] = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'event-sentences.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('id\t'))
  .map((l) => {
    const [id, sentence, expected] = l.split('\t');
    return { id, sentence, expected: expected.trim() === '-' ? [] : expected.split(';').map((e) => e.trim()) };
  });

/** "TUR>GRC:040" -> "TUR>GRC:04" */
const byRoot = (e: string) => e.replace(/:(\d\d)\d*$/, ':$1');

for (let r = 1; r <= 20; r++) {
  const root = String(r).padStart(2, '0');
  test(`root ${root} is coded from sentences of the test set`, () => {
    const withRoot = cases.filter((c) => c.expected.some((e) => e.endsWith(`:${root}`) || new RegExp(`:${root}\\d+$`).test(e)));
    assert.ok(withRoot.length >= 5, `the test set has ${withRoot.length} sentences for root ${root}`);
    const right = withRoot.filter((c) => {
      const got = new Set(dyads(c.sentence));
      return c.expected.filter((e) => byRoot(e).endsWith(`:${root}`)).every((e) => got.has(byRoot(e)));
    });
    assert.ok(right.length >= 3, `root ${root}: ${right.length} of ${withRoot.length} sentences coded right`);
  });
}

test('negative sentences of the test set: most give no event at all', () => {
  const negatives = cases.filter((c) => c.expected.length === 0);
  assert.ok(negatives.length >= 50);
  const quiet = negatives.filter((c) => dyads(c.sentence).length === 0);
  assert.ok(quiet.length / negatives.length >= 0.8, `${quiet.length} of ${negatives.length} negatives are quiet`);
});
