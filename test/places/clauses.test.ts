import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atVerb, everyEvent } from './helpers.ts';

test('a place in a subordinate clause the verb is not in is not its scene', () => {
  // ", as" clause: the strike was not in Geneva
  assert.equal(atVerb('Ethiopian jets bombed rebel positions in the north, as envoys gathered in Geneva to discuss aid.', 'bombed'), '-');
  assert.equal(atVerb('Ethiopian jets bombed rebel positions near Mekelle, as envoys gathered in Geneva to discuss aid.', 'bombed'), "Mek'ele ETH");
  // "while" clause with its own subject
  assert.equal(atVerb('Chile and Peru are ready to discuss fishing rights while thousands of migrants in Tacna wait at the border.', 'discuss', '040'), '-');
  // "after" followed by a clause; "after" before a noun phrase is a preposition
  assert.equal(atVerb('The minister resigned after the president announced an end to army patrols in Mindanao.', 'resigned'), '-');
  assert.equal(atVerb('Police arrested two men after a raid in Mombasa.', 'arrested'), 'Mombasa KEN');
  // "while" + -ing is the same act's circumstance
  assert.equal(atVerb('A Malian soldier was killed by a mine while patrolling near Gao.', 'killed'), 'Gao MLI');
});

test('a verb in a clause opened after the place is not placed there, unless the place opens the sentence', () => {
  assert.equal(atVerb('The governor told reporters at a briefing in Kano that soldiers were fighting bandits.', 'fighting', '190'), '-');
  assert.equal(atVerb('In Kano the governor said that soldiers were fighting bandits.', 'fighting', '190'), 'Kano NGA');
  // a relative clause may act where its antecedent is
  assert.equal(atVerb('The army sent troops against the rebels in Mali whom Chad has fought for years.', 'fought', '190'), 'Mali MLI');
});

test('a list of places: each event in the place that is its own actor', () => {
  assert.deepEqual(everyEvent('Chilean trade ministers travelled to Peru and Bolivia last month.'), ['042 Peru PER', '042 Bolivia BOL']);
  // a later name of a list is no scene for an event it is not an actor of
  assert.equal(atVerb('Rebels have regrouped in the Kidal and Gao regions of Mali, staging raids on villages.', 'staging', '190'), 'Kidal MLI');
});

test('a conjunct with a verb of its own, a clause opened by "as" before a verb, and a colon end the scene', () => {
  // ", and" + verb
  assert.equal(atVerb('The president ordered troops out of Somalia, and cut the forces deployed in Djibouti.', 'ordered'), '-');
  assert.equal(atVerb('Police searched the houses in Garissa, and the officers they had sent found nothing.', 'searched'), 'Garissa KEN');
  // "as" + clause, without a comma; "as" before a noun is no clause
  assert.equal(atVerb('Kenya asked Somalia to close its camps in Baidoa as the African Union prepared to withdraw.', 'prepared'), '-');
  assert.equal(atVerb('She served as an envoy in Nairobi for years.', 'served'), 'Nairobi KEN');
  // a colon: what comes before it is no scene for the words after it
  assert.equal(atVerb('Relief for thousands of families in Bosaso: Kenya and Somalia agree on a plan to reopen trade.', 'agree', '030'), '-');
});

test('a place phrase chained to the act commented on still belongs to the act', () => {
  assert.equal(atVerb('Ankara accuses the envoy of ordering the killing inside the consulate in Baku.', 'accuses', '112'), '-');
  assert.equal(atVerb('The two ministers met over the killing inside the consulate in Baku.', 'met', '040'), '-');
  assert.equal(atVerb('Ankara criticised the killing at a news conference in Baku.', 'criticised', '111'), 'Baku AZE');
});
