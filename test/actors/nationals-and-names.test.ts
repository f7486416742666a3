/**
 * A nationality is not the state ("a Dutch woman" is a Dutch civilian), and names that contain
 * another actor's name are not that actor (an Iraqi "Hezbollah" militia, a UN ambassador, an
 * Isis expert). Invented sentences; each test is a class of construction.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../../src/pipeline/coder.ts';
import { codeText } from '../../eval/common.ts';
import { codes, mentions, only, rules } from './helpers.ts';

test('a demonym before a private person noun is that country\'s civilians, never the state', () => {
  assert.equal(only(mentions('Officials spoke to a Dutch woman held in the camp.'), 'Dutch woman').code, 'NLDCVL');
  assert.equal(only(mentions('Two Belgian men and a French mother were released.'), 'Belgian men').code, 'BELCVL');
  assert.equal(only(mentions('Two Belgian men and a French mother were released.'), 'French mother').code, 'FRACVL');
  assert.equal(only(mentions('A Swedish jihadi bride asked to go home.'), 'Swedish jihadi bride').code, 'SWECVL');
  // in the possessive before another role word they are that role's people, not the actor
  assert.equal(only(mentions("Afghan women's rights activists marched in Herat."), "Afghan women's rights activists").code, 'AFGHRI');
  // without a stated country the noun is no actor at all
  assert.deepEqual(codes('The woman said her brother was missing.'), []);
});

test('demonyms coordinated before one role share it', () => {
  const ms = mentions('Russian and Tunisian women in the camp threatened the guards.');
  assert.equal(only(ms, 'Russian').code, 'RUSCVL');
  assert.ok(rules(only(ms, 'Russian')).includes('role.shared'));
  assert.equal(only(ms, 'Tunisian women').code, 'TUNCVL');
  assert.deepEqual(codes('Israeli and Palestinian negotiators met in Oslo.').slice(0, 2), ['Israeli=ISRGOV', 'Palestinian negotiators=PSEGOV']);
  assert.deepEqual(codes('Dutch and US envoys met in Oslo.').slice(0, 1), ['Dutch=NLDGOV']);
});

test('an Iraqi militia named after Hezbollah is not the Lebanese group', () => {
  assert.equal(only(mentions("Iraq's Kataib Hezbollah threatened the embassy."), 'Kataib Hezbollah').code, 'IRQREBKTH');
  assert.equal(only(mentions('The Hezbollah Brigades fired rockets at the base.'), 'Hezbollah Brigades').code, 'IRQREBKTH');
  // a known group's name before another armed head word begins another body's name: not the known group
  assert.deepEqual(codes('The Hezbollah Battalions claimed the attack.'), []);
  // the group itself and its fighters are still read
  assert.equal(only(mentions('Hezbollah fighters crossed the border.'), 'Hezbollah fighters').code, 'LBNREBHEZ');
});

test("an ambassador to an international organisation is a state's envoy, never the organisation", () => {
  assert.equal(only(mentions("Canada's UN ambassador criticised the vote."), 'UN ambassador').code, 'CANGOV');
  const m = only(mentions('The White House named a new team. The UN ambassador Dana Wells praised the deal.'), 'UN ambassador Dana Wells');
  assert.equal(m.code, 'USAGOV');
  assert.ok(rules(m).includes('role.igo-ambassador'));
  // the organisation's own envoy keeps it
  assert.equal(only(mentions('The UN envoy for Yemen met both sides.'), 'UN envoy').code, 'IGOUNO');
});

test('one who studies a country or an armed group is not it', () => {
  assert.deepEqual(codes('The Isis expert warned Iraq of a revival.').filter((c) => c.includes('Isis')), []);
  assert.deepEqual(codes('A Russia analyst accused Nato of provoking Moscow.').filter((c) => c.startsWith('Russia')), []);
  // an international organisation's experts are its staff
  assert.equal(only(mentions('UN experts accused Iran of torture.'), 'UN').code, 'IGOUNO');
  // and no event is coded with the topic as its source
  const coder = createCoder();
  for (const text of ['The Taliban expert accused Pakistan of sheltering the militants.', 'An expert on the Taliban warned Pakistan of a new offensive.']) {
    const { records } = codeText(coder, 't', text, '2019-05-01', 't');
    assert.ok(records.every((r) => r.source.code !== 'AFGREBTAL'), `${text}: ${JSON.stringify(records.map((r) => r.source.code))}`);
  }
});
