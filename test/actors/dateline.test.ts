/** Datelines: where a report was filed is no actor, and is the home of offices without a country. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, mentions, only, rules } from './helpers.ts';

test('a dateline is no actor mention', () => {
  assert.deepEqual(codes('LUSAKA, March 3 - Zambia and Malawi signed a trade pact.'), ['Zambia=ZMB', 'Malawi=MWI']);
  assert.deepEqual(codes('NAIROBI: Kenya protested.'), ['Kenya=KEN']);
  assert.deepEqual(codes('HANOI (Newswire) -- Vietnam protested.'), ['Vietnam=VNM']);
});

test('an office without a stated country belongs to the dateline country, with evidence', () => {
  const ms = mentions('CHINA TO BUY MORE WHEAT\n\nCANBERRA, May 9 - A Chinese trade envoy met the Prime Minister. China praised Chinese farmers and Chinese buyers.');
  const pm = only(ms, 'Prime Minister');
  assert.equal(pm.code, 'AUSGOV'); // not China, the most named country
  assert.ok(rules(pm).includes('context.dateline'));
});

test('a capital elsewhere, or without capitals or a date, is still an actor', () => {
  assert.deepEqual(codes('Officials said Nairobi: would respond.').filter((c) => c.startsWith('Nairobi')), ['Nairobi=KENGOV']);
  assert.deepEqual(codes('Nairobi - the government said it would respond.').filter((c) => c.startsWith('Nairobi')), ['Nairobi=KENGOV']);
  assert.deepEqual(codes('First line here. Second line here. Third line. LUSAKA - Zambia agreed.').filter((c) => c.startsWith('LUSAKA')), ['LUSAKA=ZMBGOV']);
});
