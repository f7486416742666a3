/** Sentences that must give no event: dyad's precision promise. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyads } from './helpers.ts';

const QUIET = [
  'The price of Brazilian coffee rose for a third week.',
  'Temperatures in Canada fell below freezing overnight.',
  'NORWAY TO REVIEW FISHING QUOTAS',
  'Spain did not sign the fisheries accord with Morocco.',
  'Greece never recognised the breakaway region.',
  'The Japanese yen weakened against the dollar on Monday.',
  'Chinese restaurants in the city reported a busy holiday season.',
  'Indian cricket fans celebrated late into the night.',
  'Officials said the meeting would be discussed later.',
  'The report was published on Tuesday.',
  'Korean dramas have become popular across Latin America.',
  'Analysts expect inflation to ease next year.',
  'The conference hall was renovated in 2019.',
  'Russian literature is taught at the university.',
];

for (const sentence of QUIET) {
  test(`no event: ${sentence}`, () => {
    assert.deepEqual(dyads(sentence), []);
  });
}
