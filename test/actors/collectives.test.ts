import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectiveMembers } from '../../src/actors/index.ts';
import { mentions, only } from './helpers.ts';

test('"the two countries" is one collective mention of the two countries last named', () => {
  const ms = mentions('Nepal and Bhutan signed a water deal. Officials said the two countries would meet again.');
  const c = only(ms, 'the two countries');
  assert.equal(c.kind, 'collective');
  assert.equal(c.code, 'NPL');
  assert.equal(c.name, 'Nepal and Bhutan');
  assert.equal(c.evidence[0].rule, 'collective.two-countries');
  assert.match(c.evidence[0].note ?? '', /NPL.*BTN/);
  const members = collectiveMembers(c);
  assert.deepEqual(members.map((m) => m.code), ['NPL', 'BTN']);
  assert.ok(members.every((m) => m.span.start === c.span.start && m.kind === 'state'));
});

test('"both sides" takes the two actors last named, whatever they are', () => {
  const ms = mentions('Sudanese troops clashed with Chadian police. Both sides blamed each other.');
  assert.deepEqual(collectiveMembers(only(ms, 'Both sides')).map((m) => m.code), ['SDNMIL', 'TCDCOP']);
});

test('a role of a collective: "the leaders of both countries"', () => {
  const ms = mentions('Laos and Vietnam agreed. The leaders of both countries will meet.');
  const c = only(ms, 'leaders of both countries');
  assert.deepEqual(collectiveMembers(c).map((m) => m.code), ['LAOGOV', 'VNMGOV']);
});

test('members of a hyphenated pair', () => {
  const c = only(mentions('The Ghana-Togo border reopened.'), 'Ghana-Togo');
  assert.deepEqual(collectiveMembers(c).map((m) => m.code), ['GHA', 'TGO']);
});

test('a plain mention expands to itself', () => {
  const m = mentions('Ghana protested.')[0];
  assert.deepEqual(collectiveMembers(m), [m]);
});

test('no antecedents, no collective', () => {
  assert.deepEqual(mentions('Both sides claimed victory.'), []);
});

test('"both navies", "the two foreign ministers": a plural role of each of the two countries', () => {
  const ms = mentions('Peru and Ecuador met in Lima. Both navies increased patrols. The two foreign ministers spoke by phone.');
  const navies = only(ms, 'Both navies');
  assert.deepEqual(navies.members!.map((m) => m.code), ['PERMIL', 'ECUMIL']);
  assert.deepEqual(only(ms, 'The two foreign ministers').members!.map((m) => m.code), ['PERGOV', 'ECUGOV']);
  // groups are not states' pairs, and a single country gives no pair
  assert.ok(!mentions('Peru and Ecuador met. Both refugees fled.').some((m) => m.text === 'Both refugees'));
  assert.ok(!mentions('Peru protested. Both navies sailed.').some((m) => m.kind === 'collective'));
});
