/** Whole example articles against their reviewed golden output (regenerate: npm run golden). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createCoder } from '../src/pipeline/coder.ts';
import { exampleFiles, goldenLines, goldenPath } from '../scripts/golden.ts';

const coder = createCoder();

for (const file of exampleFiles()) {
  test(`golden: ${file.split('/').pop()}`, async () => {
    const path = goldenPath(file);
    assert.ok(existsSync(path), `${path} is missing: run npm run golden and review it`);
    assert.equal(await goldenLines(coder, file), readFileSync(path, 'utf8'));
  });
}
