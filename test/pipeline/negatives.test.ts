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

test('"meet" with a reaction or a requirement as its object is no meeting', () => {
  assert.deepEqual(dyads('Any landing on the islands would be met with force by Argentina.'), []);
  assert.deepEqual(dyads('The Serbian proposal met with fierce resistance from Kosovo.').filter((d) => d.endsWith(':04')), []);
  assert.deepEqual(dyads('Iran has not met the deadline set by the IAEA.').filter((d) => d.endsWith(':04')), []);
  // a party met is a meeting
  assert.deepEqual(dyads('The Chilean president met with his Peruvian counterpart in Lima.', { exact: true }), ['CHL>PER:040']);
});
