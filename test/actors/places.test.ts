/** Places, the opening sentence's country, peoples, split titles and hyphenated names (invented sentences). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, mentions, only, rules } from './helpers.ts';

test('a region that is no country locates a group and qualifies a role', () => {
  assert.deepEqual(codes('Rebels in Darfur shelled a village.'), ['Rebels in Darfur=SDNREB']);
  assert.deepEqual(codes('Kashmir police arrested two men.'), ['Kashmir police=INDCOP']);
  assert.deepEqual(codes('Gunmen fled. Militants in the Gaza Strip fired rockets.'), ['Gunmen=UAF', 'Militants in the Gaza Strip=PSEINS']); // the gunmen are not located there
  assert.deepEqual(codes('Protesters in Crimea waved flags.'), ['Protesters in Crimea=UKRCVL']);
  assert.deepEqual(codes('Clashes in Northern Ireland spread.'), ['Northern Ireland=GBR']); // not Ireland
});

test('a region or capital after a place preposition is the country as a place; elsewhere a region is nothing', () => {
  const m = only(mentions('Israel reimposed a blockade in the West Bank.'), 'West Bank');
  assert.equal(m.code, 'PSE');
  assert.equal(m.sector, null);
  assert.deepEqual(codes('A bomb exploded in central Baghdad.'), ['Baghdad=IRQ']);
  assert.deepEqual(codes('A bomb went off near the northern city of Mosul.'), ['Mosul=IRQ']);
  assert.deepEqual(codes('West Bank settlers burned cars.'), []); // settlers are not of where they settle
  // a religious word names the settler state for settlers only (homelands.tsv roles), never the place
  assert.deepEqual(codes('Jewish settlers in the West Bank burned cars.'), ['Jewish settlers=ISRCVL', 'West Bank=PSE']);
  assert.deepEqual(codes('Darfur has suffered for years.'), []);
});

test('a people located by a place of another country are its civilians; "ethnic" looks ahead when nothing came before', () => {
  assert.deepEqual(codes('The Albanians of southern Serbia want autonomy.'), ['Albanians of southern Serbia=SRBCVL']);
  assert.equal(only(mentions('Ethnic Turks staged a strike against the Bulgarian government.'), 'Ethnic Turks').code, 'BGRCVL');
  assert.deepEqual(codes('Ethnic Armenians protested.'), ['Ethnic Armenians=ARMCVL']);
  assert.deepEqual(codes('Americans in Iraq left.'), ['Americans=USA', 'Iraq=IRQ']); // not a people of words.tsv
  assert.equal(only(mentions('Ethnic Tuareg rebels operating in Niger disarmed.'), 'Ethnic Tuareg rebels operating in Niger').code, 'NERREB');
  assert.equal(only(mentions('A terror group based in Somalia claimed it.'), 'terror group based in Somalia').code, 'SOMINS');
});

test('the opening sentence lends its country only from a sensible position', () => {
  const home = (text: string, surface: string) => only(mentions(text), surface).country;
  assert.equal(home('President Amadou Toure lifted the curfew in Mali.', 'President Amadou Toure'), 'MLI'); // a location
  assert.equal(home('President Amadou Toure banned Malian opposition parties.', 'President Amadou Toure'), 'MLI'); // a domestic body
  assert.equal(home('Minister Tran Van Ba said Vietnam would reform.', 'Minister Tran Van Ba'), 'VNM'); // a clause of its own
  assert.equal(home('President Amadou Toure welcomed Senegalese leader Ousmane Diop.', 'President Amadou Toure'), null); // another person's country
  assert.equal(home('Bishop John Okoro called for sanctions against Ghana.', 'Bishop John Okoro'), null);
  assert.equal(home('President Amadou Toure urged Niger to act.', 'President Amadou Toure'), null); // the object of a verb
  assert.equal(home('President Amadou Toure mediated between Chad and Sudan.', 'President Amadou Toure'), null);
  const m = only(mentions('President Amadou Toure urged Niger to act.'), 'President Amadou Toure');
  assert.ok(rules(m).includes('context.no-country'));
  assert.equal(home('Rebels clashed with guerrillas, Thai army sources said.', 'guerrillas'), null); // the army they fight
});

test('a title cut off by the sentence splitter still makes its name a person', () => {
  const m = only(mentions('Adm. William Crowe said the navy would leave.'), 'William Crowe');
  assert.equal(m.sector, 'MIL');
  assert.equal(m.kind, 'person');
  assert.ok(rules(m).includes('title.carried'));
  assert.equal(only(mentions('The inquiry heard Vice Adm. John Poindexter of the United States.'), 'John Poindexter of the United States').code, 'USAMIL');
  assert.deepEqual(codes('They left in May. John Smith stayed.'), []); // a month is no title
});

test('hyphenated names with a lower-case syllable, and well-known heads of IGOs', () => {
  assert.equal(only(mentions('Secretary-General Ban Ki-moon urged Israel to stop.'), 'Secretary-General Ban Ki-moon').code, 'IGOUNO');
  assert.equal(only(mentions('South Korean President Moon Jae-in spoke.'), 'South Korean President Moon Jae-in').name, 'Moon Jae-in');
  assert.equal(only(mentions('Prime Minister Imran Khan-led talks failed.'), 'Prime Minister Imran Khan').name, 'Imran Khan'); // "-led" is no syllable
});

test('role words used as modifiers make no mention of their own', () => {
  assert.deepEqual(codes('An official Syrian newspaper attacked the plan.'), ['Syrian newspaper=SYRMED']);
  assert.deepEqual(codes('Yesterday the rebel group Revolutionary United Front (RUF) agreed.').filter((c) => c.startsWith('rebel=')), []);
  assert.deepEqual(codes('Three US servicemen and British aircraft were hit.'), ['US servicemen=USAMIL', 'British aircraft=GBRMIL']);
});

test('a participle opening the sentence is no unknown qualifier; a capitalised name word still is', () => {
  assert.equal(only(mentions('Ousted president Ali Musa fled to Chad. He lived in Chad.'), 'Ousted president Ali Musa').code, 'ELI'); // "to Chad": no home; ousted: no longer the government
  assert.ok(!rules(only(mentions('Exiled opposition leader Ali Musa returned.'), 'Exiled opposition leader Ali Musa')).includes('context.unknown-qualifier'));
  assert.ok(rules(only(mentions('Zapatista forces attacked.'), 'Zapatista forces')).includes('context.unknown-qualifier'));
});
