/**
 * Countries and roles that used to be inferred wrongly: each test is a class of error, on invented
 * sentences (missing role words, a country taken from the verb's object, then/former/acting before
 * a role, the country of an article's opening, bare "authorities" in a sentence about one state's
 * forces, an ethnic group's official).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, mentions, only, rules } from './helpers.ts';

test('role words: a premier in lower case, rioters, looters, activists and personnel', () => {
  assert.deepEqual(codes('The Peruvian premier flew home.'), ['Peruvian premier=PERGOV']);
  assert.deepEqual(codes('Rioters torched a bank.'), ['Rioters=CVL']);
  assert.deepEqual(codes('Looters emptied the stores.'), ['Looters=CVL']);
  assert.deepEqual(codes('Activists gathered at the gate.'), ['Activists=OPP']);
  assert.deepEqual(codes('Chadian rioters and Chadian looters fled.'), ['Chadian rioters=TCDCVL', 'Chadian looters=TCDCVL']);
  assert.deepEqual(codes('Military personnel cleared the square.'), ['Military personnel=MIL']);
  assert.deepEqual(codes('Bolivian military personnel cleared the square.'), ['Bolivian military personnel=BOLMIL']);
  assert.deepEqual(codes('Security personnel cleared the square.'), ['Security personnel=COP']);
  // "premier" as an adjective is no office
  assert.deepEqual(codes("Norway's premier port reopened."), ['Norway=NOR']);
});

test("an envoy, or a state's institution as the object of a verb, never gives its country to the subject", () => {
  const a = only(mentions('The caretaker government summoned the Finnish ambassador.'), 'government');
  assert.equal(a.code, 'GOV');
  assert.ok(!rules(a).includes('context.sentence-country'));
  assert.equal(only(mentions('President Omar Haddad praised the Peruvian mediators.'), 'President Omar Haddad').code, 'GOV');
  assert.equal(only(mentions('The cabinet expelled Finnish diplomats on Friday.'), 'cabinet').code, 'GOV');
  assert.equal(only(mentions('The ministry criticised Chilean officials.'), 'ministry').code, 'GOV');
  assert.equal(only(mentions('The president rebuked the Chilean army.'), 'president').code, 'GOV');
  // a country's people as the object are the government's own
  assert.equal(only(mentions('The ministry thanked Chilean nurses.'), 'ministry').code, 'CHLGOV');
  // an envoy is foreign by definition, even as the subject of a clause of its own
  assert.equal(only(mentions('The government said the Finnish envoy would leave.'), 'government').code, 'GOV');
  // a place still says whose: unchanged
  assert.equal(only(mentions('The president summoned the Finnish ambassador over the curfew in Gambia.'), 'president').code, 'GMBGOV');
});

test('then, former and acting before a role keep the appositive and known-person rules', () => {
  const kenya = 'Kenya hosted the summit. ';
  assert.equal(only(mentions(kenya + 'The then prime minister, Theresa May, left early.'), 'prime minister, Theresa May').code, 'GBRGOV');
  assert.equal(only(mentions(kenya + 'The acting president, Erdogan, left early.'), 'president, Erdogan').code, 'TURGOV');
  // one who held the office is one of the elite (ELI), no longer the government
  assert.equal(only(mentions(kenya + 'Former prime minister Theresa May left early.'), 'prime minister Theresa May').code, 'GBRELI');
  assert.equal(only(mentions(kenya + 'The then-president, Erdogan, left early.'), 'president, Erdogan').code, 'TURGOV');
  // office holders of recent years are known persons
  assert.equal(only(mentions(kenya + 'The then prime minister, David Cameron, left early.'), 'prime minister, David Cameron').code, 'GBRGOV');
  assert.equal(only(mentions(kenya + 'The acting defence secretary, Patrick Shanahan, left early.'), 'defence secretary, Patrick Shanahan').code, 'USAGOV');
});

test("an opening sentence: the people it responds to say the article's home, not a place later on", () => {
  const ms = mentions('The premier said the cabinet would act in response to Estonian parents of children held in Syrian camps. The government promised help.');
  assert.equal(only(ms, 'premier').code, 'ESTGOV');
  assert.equal(only(ms, 'government').code, 'ESTGOV');
});

test('bare authorities take the state whose forces the sentence is about, not the last country named', () => {
  const ms = mentions('Police in Mali detained dozens of Nigerien migrants, whom authorities accuse of smuggling.');
  assert.equal(only(ms, 'authorities').code, 'MLIGOV');
  assert.ok(rules(only(ms, 'authorities')).includes('context.sentence-state'));
});

test("an ethnic group's official follows the homeland rule, not the article's country", () => {
  const ms = mentions('Canada sent aid. A Kurdish intelligence official said the convoy was held near Iraq.');
  const m = only(ms, 'Kurdish intelligence official');
  assert.equal(m.code, 'IRQSPY');
  assert.ok(rules(m).includes('context.homeland'));
  assert.equal(only(mentions('Canada sent aid. Kurdish security officials said so.'), 'Kurdish security officials').code, 'GOV');
});
