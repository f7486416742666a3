/** Codes refined by who acts and how the act is told (invented sentences of shapes met in news). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, dyads } from './helpers.ts';

test('violence by protesters is a violent protest (145), not an assault by civilians', () => {
  const [riot] = code('Protesters attacked the police headquarters in Lagos on Monday.');
  assert.equal(riot.cameo, '145');
  assert.ok(riot.evidence.some((e) => e.rule === 'event.violent-protest'));
  assert.ok(dyads('Russian troops attacked the town.', { exact: true }).every((e) => !e.endsWith(':145')));
});

test('a refused act takes the rejection code of its kind: mediation 126, an agreement 127, a meeting 125', () => {
  assert.equal(code('The Ethiopian government is not going to accept mediation by the African Union.')[0].cameo, '126');
  assert.equal(code('Sudan will not accept the proposal.')[0].cameo, '120');
});

test('"announced a possible ban": an act on an object that is only possible is not done; cancelling or rejecting one is', () => {
  assert.deepEqual(dyads('Iran announced a possible ban on flights from Europe.'), []);
  assert.deepEqual(dyads('Uganda imposed a ban on opposition rallies last week.', { exact: true }), ['UGA>UGA:172']);
  assert.ok(dyads('The Chilean minister cancelled a planned visit to Peru.').some((e) => e.startsWith('CHL>PER:16')));
});

test('the rebels released 30 people: a release of persons', () => {
  assert.ok(dyads('The rebels released 30 people on Friday.', { exact: true }).some((e) => e.endsWith(':0841')));
});
