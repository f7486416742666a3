/** Passives news tells without an agent, or with the pattern's object as subject (invented sentences of shapes met in news). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, dyads, dyadsAt } from './helpers.ts';

test('an arrest, a sentence or an expulsion told in the passive is the act of the state where it happened', () => {
  const [arrest] = code('Two opposition journalists were arrested in Minsk on Tuesday.');
  assert.equal(`${arrest.source.code}:${arrest.cameo}`, 'BLRCOP:173');
  assert.ok(arrest.evidence.some((e) => e.rule === 'state.arrest'), JSON.stringify(arrest.evidence));
  assert.deepEqual(dyads('In Tehran, two British tourists were arrested for spying.', { exact: true }), ['IRN>GBR:173']);
  assert.deepEqual(dyads('Dozens of foreign aid workers were expelled from Sudan last week.').map((e) => e.split(':')[0]), ['SDN>-']);
  // a domestic political figure is tried by the courts of their own country
  assert.deepEqual(dyads('The former Belarusian prime minister was sentenced to nine years in prison on Monday.', { exact: true }), ['BLR>BLR:116']);
  assert.equal(code('The former Belarusian prime minister was sentenced to nine years in prison on Monday.')[0].source.code, 'BLRJUD');
});

test('no state is implied for a describing participle, a state of affairs, a possibility or an unknown agent', () => {
  assert.deepEqual(dyads('A retired Estonian teacher jailed in Russia for spying has returned to Tallinn.'), []);
  assert.deepEqual(dyads('Hundreds of foreign fighters are held in camps in northern Syria.'), []);
  assert.deepEqual(dyads('The activist could be charged in Turkey if she returns.'), []);
  assert.deepEqual(dyads('The Serbian minister was indicted by the war crimes tribunal in The Hague.').filter((e) => e.startsWith('SRB>')), []);
  // a place far from the verb, past another verb, is not where it happened
  assert.deepEqual(dyads('Two aid workers were detained after they crossed into Chad from Sudan.'), []);
  // killings are not only a state's: no agent, no event
  assert.deepEqual(dyads('Four soldiers were killed in Mali on Sunday.'), []);
});

test('a passive whose subject is the object a pattern names: "a curfew was imposed", "sanctions were imposed on"', () => {
  const [sanction] = code('Sweeping sanctions were imposed on Russia by the European Union.');
  assert.equal(`${sanction.source.code}>${sanction.target?.code}:${sanction.cameo}`, 'IGOEUREEC>RUS:163');
  assert.ok(sanction.evidence.some((e) => e.rule === 'clause.passive-object'));
  assert.deepEqual(dyads('A state of emergency was declared in Ethiopia on Friday.', { exact: true }), ['ETH>-:1724']);
  assert.deepEqual(dyads('Protesters were dispersed with tear gas in central Caracas.', { exact: true }), ['VEN>VEN:175']);
  // the noun phrase "the sanctions imposed by Washington" tells no act of its own
  assert.ok(!dyads('"We condemn the sanctions imposed by Washington," the Chinese foreign ministry said.').some((e) => e.startsWith('USA>')));
});

test('parties of an agreement signed or talks held in the passive do it with each other', () => {
  assert.deepEqual(dyads('The border accord was signed by Peru and Ecuador in Brasilia.', { exact: true }).sort(), ['ECU>PER:057', 'PER>ECU:057']);
  assert.deepEqual(dyads('Talks were held in Geneva between Iran and the United States.', { exact: true }).sort(), ['IRN>USA:040', 'USA>IRN:040']);
  // the owner in "Iran's foreign minister" is not a party of its own
  const events = dyads("The deal was signed by Turkey's foreign minister and Iran's foreign minister.");
  assert.deepEqual(events.sort(), ['IRN>TUR:05', 'TUR>IRN:05']);
});

test('a by-phrase past a clause opener is not the agent', () => {
  assert.deepEqual(dyads('No further aid will be provided until a ruling by the Kenyan high court.'), []);
});

test('forces deployed, sent or put on alert in the passive are the state arm that acts', () => {
  assert.deepEqual(dyads('Japanese riot police were deployed to the island on Sunday.', { exact: true }), ['JPN>-:153']);
  assert.deepEqual(dyads('Thousands of Indian troops have been sent to the disputed border.', { exact: true }), ['IND>-:154']);
});

test('a ban or sanctions named in the subject with their target: "a ban on opposition rallies was imposed"', () => {
  assert.deepEqual(dyads('A ban on opposition rallies was imposed in Uganda.', { exact: true }), ['UGA>UGA:172']);
  assert.deepEqual(dyads('New sanctions against Iran were announced by Washington on Friday.', { exact: true }), ['USA>IRN:163']);
});

test('"a ceasefire was signed in 2000 between the two countries": the parties after "between", and the year', () => {
  const events = code('Ethiopia and Eritrea fought a border war. A ceasefire was signed in 2000 between the two countries.').filter((e) => e.cameo === '0871');
  assert.deepEqual(events.map((e) => `${e.source.code}@${e.date?.value}`).sort(), ['ERI@2000', 'ETH@2000']);
});

test('forces demobilised or peacekeepers withdrawn, told with no agent, stand down under their own command', () => {
  assert.ok(dyads('Some 3,000 Congolese soldiers were demobilised last year.', { exact: true }).includes('COD>-:0873'));
  assert.ok(dyads('One third of the Tuareg rebels in Niger have been demobilised since the accord.', { exact: true }).includes('NER>-:0873'));
  assert.deepEqual(dyads('Three activists were demobilised.'), []);
});

test('the by-agent of a passive: after an adjective, after a gerund complement set off by commas, and passed whole by a pattern gap', () => {
  assert.deepEqual(dyads('The Peruvian mayor was accused of fraud by angry Peruvian lawmakers.'), ['PER>PER:11']);
  assert.deepEqual(dyads('The Kenyan minister was accused of diverting aid, much of it meant for refugees, by Kenyan opposition leaders.').map((e) => e.split('>')[0]), ['KEN']);
  // a by-phrase after a verb of its own still belongs to that verb
  assert.deepEqual(dyads('Rebels were accused of seizing villages held by the army.').filter((e) => e.startsWith('MIL')), []);
  // "indicted by the tribunal for atrocities": the gap passes the agent to reach the charge
  const [indictment] = code('The Serbian army commander was indicted by the UN war crimes tribunal for his role in the massacres.');
  assert.equal(`${indictment.source.code}>${indictment.target?.code}:${indictment.cameo}`, 'IGOUNO>SRBMIL:1124');
  assert.deepEqual(dyads('The Kenyan governor was indicted for fraud by a Kenyan court.', { exact: true }), ['KEN>KEN:173']);
});

test('the patient of a passive is its grammatical subject wherever the subject resolver finds it', () => {
  // a relative pronoun: its antecedent
  assert.deepEqual(dyadsAt('The opposition leader, who was detained by riot police on Monday, called for new protests.', 'detained'), ['COP>OPP:173']);
  assert.deepEqual(dyadsAt('Two Kenyan aid workers, who were abducted by al-Shabaab gunmen last year, have been freed.', 'abducted'), ['SOMREBSHB>KENNGO:181']);
  // a verb conjoined with an active one: the shared subject
  assert.deepEqual(dyadsAt('Riot police raided the party offices and were attacked by stone-throwing protesters.', 'attacked'), ['CVL>COP:145']);
});
