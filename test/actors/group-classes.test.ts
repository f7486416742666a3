/**
 * Groups the actor stage used to drop or mis-code, one class per test, on invented sentences:
 * religion-qualified radicals, settlers named by their religion, supporters of a politician,
 * criminals, unknown parties with a lower-case head, "the regime" in a foreign state's mouth,
 * a country's role after an unknown field word ("justice minister").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, mentions, only, rules } from './helpers.ts';

test('radicals qualified by a religion are an actor: the article country, else a later office holder, else the sector alone', () => {
  // the article names the country first
  const a = only(mentions('Tunisia banned the march. Islamist extremists pressed on with their sit-in.'), 'Islamist extremists');
  assert.equal(a.code, 'TUNRAD');
  assert.ok(rules(a).includes('context.ethnic'));
  // no country before: the office holder named next, unless a verb's object or a counterpart
  const b = only(mentions('Islamic fundamentalists kept up their fast to demand the removal of Moroccan Prime Minister Karim Alaoui.'), 'Islamic fundamentalists');
  assert.equal(b.code, 'MARRAD');
  assert.ok(rules(b).includes('context.ethnic-office'));
  assert.equal(only(mentions('Sikh hardliners greeted Kenyan President Daniel Otieno at the airport.'), 'Sikh hardliners').code, 'RAD');
  assert.equal(only(mentions('Buddhist extremists marched against Sri Lankan President Anura Silva.'), 'Buddhist extremists').code, 'RAD');
  // nothing at all: the sector alone, as for militants
  assert.deepEqual(codes('Christian fundamentalists blocked the clinic doors.'), ['Christian fundamentalists=RAD']);
  assert.deepEqual(codes('Extremists torched two buses in Lagos.'), ['Extremists=NGARAD', 'Lagos=NGA']);
});

test('settlers named by a religion are civilians of the settler state homelands.tsv names for that role, never of where they live', () => {
  const m = only(mentions('Jewish settlers near the Palestinian town of Nablus uprooted olive trees.'), 'Jewish settlers');
  assert.equal(m.code, 'ISRCVL');
  assert.ok(rules(m).includes('context.homeland'));
  // the row holds for settlers only: other roles keep the article's country
  assert.equal(only(mentions('Canada hosted the summit. Jewish leaders welcomed the statement.'), 'Jewish leaders').country, 'CAN');
});

test('supporters of a politician are civilians of that politician\'s country, never the politician or a government', () => {
  const a = only(mentions('Some 300 supporters of former President Amadou Keita blocked the main road out of Bamako.'), 'supporters of former President Amadou Keita');
  assert.equal(a.code, 'MLICVL');
  assert.ok(rules(a).includes('role.backs'));
  assert.deepEqual(mentions('Some 300 supporters of former President Amadou Keita blocked roads.').map((m) => m.kind), ['state']); // no person mention
  assert.equal(only(mentions('Ghana delayed the count. Loyalists of the opposition leader rallied outside.'), 'Loyalists of the opposition leader').code, 'GHACVL');
  assert.deepEqual(codes('Opposition supporters clashed with police in Lusaka.'), ['Opposition supporters=ZMBCVL', 'police in Lusaka=ZMBCOP']);
  // a known body before the backers' word: its country, never the body itself
  const b = only(mentions('Thousands of Hamas loyalists gathered at the crossing.'), 'Hamas loyalists');
  assert.equal(b.code, 'PSECVL');
  assert.ok(rules(b).includes('role.backs'));
  // backing something that is no actor: no actor
  assert.deepEqual(codes('Supporters of the new stadium cheered.'), []);
});

test('criminals are an actor with a country only where the text states one', () => {
  assert.deepEqual(codes('Muslim hackers defaced hundreds of Norwegian websites.'), ['Muslim hackers=CRM', 'Norwegian=NOR']);
  assert.equal(only(mentions('Brazil tightened its borders. Pirates seized the cargo at night.'), 'Pirates').code, 'CRM');
  assert.equal(only(mentions('Ukrainian hackers leaked the files.'), 'Ukrainian hackers').code, 'UKRCRM');
  assert.equal(only(mentions('Hackers in Libya held the files.'), 'Hackers in Libya').code, 'LBYCRM');
});

test('an unknown party with a lower-case head or a bracketed gloss is a party of the article\'s country', () => {
  const m = only(mentions('Niger will vote in May. The fundamentalist Hadin Kai (Unity) party has said it will stay out.'), 'Hadin Kai (Unity) party');
  assert.equal(m.code, 'NERPTY');
  assert.ok(rules(m).includes('org.unknown-name'));
  assert.deepEqual(codes('The office threw a Christmas party.'), []);
  // a religious or regional word before "party" describes, it names nothing
  assert.deepEqual(codes('She joined an Islamist party in 1990.'), []);
});

test('a body named for watching a truce is a neutral monitor (NGO), not an unknown code, and its acronym follows it', () => {
  const ms = mentions('The Truce Supervision Committee (TSC) ended its inquiry. The TSC blamed both armies.');
  assert.equal(only(ms, 'Truce Supervision Committee (TSC)').code, 'NGO');
  assert.equal(only(ms, 'TSC').code, 'NGO');
});

test('"the regime" in the mouth of a state is another state\'s government', () => {
  const m = only(mentions('Canadian officials said they would widen sanctions on Belarus because the regime jailed reporters.'), 'regime');
  assert.equal(m.code, 'BLRGOV');
  assert.ok(rules(m).includes('context.regime-other'));
  assert.equal(only(mentions('Cuba hosted the talks. Spain condemned the regime.'), 'regime').code, 'CUBGOV');
  // a state named after it is as often the critic: no country
  const after = only(mentions('The regime jailed three reporters, the Dutch government said.'), 'regime');
  assert.equal(after.code, 'GOV');
  assert.ok(rules(after).includes('context.no-country'));
  // an opposition speaks of its own state's regime
  assert.equal(only(mentions('Chile praised the vote. Venezuela\'s opposition said the regime had rigged it.'), 'regime').code, 'VENGOV');
});

test('a field word between a country and a role is a sector noun: "Belgium\'s justice minister"', () => {
  const m = only(mentions('Portugal\'s justice minister, Rita Lopes, called for calm.'), 'Portugal\'s justice minister, Rita Lopes');
  assert.equal(m.code, 'PRTGOV');
});

test('the forces of an international organisation belong to it: "NATO peacekeeping troops", "UN peacekeepers"', () => {
  const nato = mentions('NATO peacekeeping troops arrived in Kosovo.');
  assert.ok(nato.some((m) => m.text === 'NATO peacekeeping troops' && m.code === 'IGOWSTNAT'), nato.map((m) => m.text).join(' | '));
  assert.ok(!mentions('EU citizens protested in Brussels.').some((m) => m.text === 'EU citizens'));
});

test('a body word read as an adjective before "and the" is a noun: "the Chilean military and the rebels"', () => {
  assert.ok(mentions('Both the Chilean military and the rebels broke the truce.').some((m) => m.text === 'Chilean military' && m.code === 'CHLMIL'));
});
