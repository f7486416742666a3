/**
 * Acts a sentence names without reporting them as done (src/events/unreported.ts and the
 * governors that use it): habits and general truths, descriptions, duties, attitudes, pleas,
 * suppositions, conditionals in questions, passive obligations; and the modality an infinitive
 * of purpose or a joined verb takes from the verb it depends on. Invented sentences of the
 * shapes met in real news; each class keeps a done act beside it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyads } from './helpers.ts';

const roots = (text: string, ...wanted: string[]) => dyads(text).filter((e) => wanted.some((w) => e.endsWith(`:${w}`)));

test('a purpose the participle of a description names ("clansmen armed to fight") is no act; a sent force still acts', () => {
  assert.deepEqual(roots('Kurdish fighters trained by France to fight Isis now guard the border with Turkey.', '19'), []);
  assert.deepEqual(roots('Somali clansmen armed to fight al-Shabaab refused to hand over their rifles.', '19'), []);
  assert.ok(dyads('The Kenyan army stayed in Somalia to fight al-Shabaab.').includes('KEN>SOM:19'));
});

test('a habit ("tends to side with"), an attitude ("not averse to negotiating"), a duty and a plea tell no act', () => {
  assert.deepEqual(roots('The Hungarian prime minister tends to side with Russia in disputes with the EU.', '05'), []);
  assert.deepEqual(roots('The Colombian government is not averse to negotiating with the ELN rebels.', '04'), []);
  assert.deepEqual(roots('The Dutch government has a responsibility to assist Dutch children held in Syria.', '07'), []);
  assert.deepEqual(roots('A Kenyan senator pleaded to lift the sanctions on Uganda.', '08'), []);
  assert.deepEqual(roots('France will take back the children, but is less willing to allow their parents to return.', '03', '08'), []);
  assert.ok(dyads('France is willing to allow the parents to return.', { exact: true }).includes('FRA>-:035'));
});

test('the simple present of a habit, a general case or a relative clause describes; a past relative clause still tells', () => {
  assert.deepEqual(roots('Venezuelan officials routinely accuse Colombia of harbouring rebels.', '11', '112'), []);
  assert.deepEqual(roots('When Ethiopia negotiates with Egypt, the talks stall.', '04'), []);
  assert.deepEqual(roots('Analysts studied how Russia withdraws its troops from conflicts.', '08'), []);
  const council = dyads('The Norwegian Refugee Council, which provides shelter to refugees in Lebanon, criticised the Lebanese government.');
  assert.deepEqual(council.filter((e) => e.endsWith(':07')), []);
  assert.ok(council.includes('NOR>LBN:11'), council.join(' '));
  assert.ok(dyads('The Iranian foreign minister, who met the Iraqi prime minister on Monday, praised Iraq.').includes('IRN>IRQ:04'));
  assert.ok(dyads("Iraq's prime minister quit last week after protesters attacked the parliament.").some((e) => e.endsWith(':08')));
});

test('a description set off after a noun ("the Kurds, a people committed to") and a participle as adjective tell no act', () => {
  assert.deepEqual(roots('Turkey must not betray the Kurds, a people committed to democracy.', '03'), []);
  assert.deepEqual(roots('Some of the Isis fighters are children or wounded, and the Iraqi army refused to release them.', '18'), []);
  assert.deepEqual(roots('European governments have a plan for their captured nationals in Syria.', '19'), []);
  assert.ok(dyads('Iran said it is committed to the nuclear deal.').includes('IRN>-:03'));
});

test('a supposed act ("the suggestion that it could attack") and a conditional in a question tell no act, nor an intent', () => {
  assert.deepEqual(roots('Serbia rejected the suggestion that it could attack Kosovo.', '19', '13'), []);
  assert.deepEqual(roots('What does it say about the government that it would allow militants to return to Tunisia?', '03', '08'), []);
});

test('an obligation in the passive ("had to be approved by", "should be patrolled by") is no demand and no act', () => {
  assert.deepEqual(roots('Any further deployments of Syrian troops had to be approved by Russia.', '03'), []);
  assert.deepEqual(roots('The buffer zone should be patrolled by Turkish troops, the Turkish defence minister said.', '10', '15'), []);
});

test('an infinitive judged by "be" ("that to withdraw troops would be a mistake") is no act', () => {
  assert.deepEqual(roots('A Republican senator said that to withdraw US troops from Syria would be a grave mistake.', '08'), []);
});

test('prevention reaches a passive gerund and crosses a relative clause on its object', () => {
  assert.deepEqual(roots('The UN mission prevented the refugees from being attacked by Sudanese troops.', '18', '19'), []);
  assert.deepEqual(roots('The embargo prevents the Kurdish militias that defeated Isis from attacking Turkish troops.', '19'), []);
});

test('an infinitive of purpose takes the modality of its verb; a verb joined to a modal verb shares the modal', () => {
  assert.deepEqual(roots('US troops must stay in Iraq to protect Israel.', '07'), []);
  assert.deepEqual(roots("The British minister said he would not risk soldiers' lives to rescue the hostages in Mali.", '07', '12'), []);
  // "would accept but prosecute": the prosecution is announced (a threat of repression by the modality table), not done
  const sweden = dyads('Sweden announced it would accept but prosecute the Swedish fighters returning from Syria.', { exact: true });
  assert.deepEqual(sweden.filter((e) => e.endsWith(':173')), []);
  assert.ok(sweden.some((e) => e.endsWith(':137')), sweden.join(' '));
});

test('a chain of purposes stays a possibility; a goal is no act; permission reaches past a slashed name', () => {
  assert.deepEqual(roots('The raid could give Syrian forces an excuse to launch an offensive to retake the town.', '19'), []);
  assert.deepEqual(roots('US troops are in Iraq under a bilateral agreement with the goal of fighting terrorism.', '19'), []);
  assert.deepEqual(roots('The deal would allow the YPG/J to fight on equal terms.', '19'), []);
  assert.deepEqual(roots('Washington tried to prevent the allied fighters from being slaughtered by Turkey.', '18', '19', '20'), []);
});

test('a present participle describing who a noun is ("citizens backing Isis", "its citizens fighting in Syria") and "themselves to blame" tell no act', () => {
  assert.deepEqual(roots('British citizens backing Islamic State in Syria have only themselves to blame.', '05', '11', '112'), []);
  assert.deepEqual(roots('Britain will not repatriate its citizens fighting in Syria.', '19'), []);
  assert.ok(dyads('Nigeria arrested militants attacking a police station.').some((e) => e.endsWith(':19')));
});
