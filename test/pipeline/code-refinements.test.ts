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

test('ordering forces deployed is mobilising them; beginning airstrikes is the airstrikes; a labour strike begun is no attack', () => {
  assert.deepEqual(dyads('The Nigerian president ordered the deployment of troops to the north.', { exact: true }), ['NGA>-:154']);
  assert.deepEqual(dyads('The Brazilian president ordered additional police forces into the state.', { exact: true }), ['BRA>-:153']);
  assert.ok(dyads('Saudi Arabia began airstrikes against Houthi rebels in Yemen.', { exact: true }).some((e) => e.startsWith('SAU>YEM:195')));
  assert.deepEqual(dyads('Chilean dockers began a strike on Monday over pay.').filter((e) => e.endsWith(':19')), []);
});

test('a participle spelt as its base form is passive after "be": "was hit by the crisis" is no attack by the country', () => {
  assert.deepEqual(dyads('Bulgaria was hit hardest by the crisis.'), []);
  assert.deepEqual(dyads('A Chilean banker was put under investigation in Spain over the loans.', { exact: true }), ['ESP>CHL:090']);
});

test('a warning that someone will face consequences is a threat to them (130); a warning of prices is a comment', () => {
  assert.deepEqual(dyads('The United States warned Iran it would face retaliation.', { exact: true }), ['USA>IRN:130']);
  assert.deepEqual(dyads('China warned that Lithuania would face consequences for the move.', { exact: true }), ['CHN>LTU:130']);
  assert.ok(dyads('The Kenyan minister warned of rising prices.', { exact: true }).every((e) => !e.endsWith(':130')));
});

test('"recognised that" and "appreciate the value of" are no recognition or praise; recognising a state is', () => {
  assert.deepEqual(dyads('The police recognised that at the time.'), []);
  assert.deepEqual(dyads('Sweden recognised the Palestinian state in 2014.', { exact: true }), ['SWE>PSE:054']);
  assert.deepEqual(dyads('The militants appreciate the value of a strategic retreat.'), []);
  assert.deepEqual(dyads('Kenya appreciated the efforts of Ethiopia.', { exact: true }), ['KEN>ETH:051']);
});

test('mediators of a passive brokering are not each other\'s parties; a demonym before "city" is a place', () => {
  assert.deepEqual(dyads('The truce was brokered by Moscow and Ankara last autumn.', { exact: true }).sort(), ['RUS>-:045', 'TUR>-:045']);
  const met = dyads('Putin, Erdogan and Rouhani are due to meet in the Russian city of Sochi on Thursday.');
  assert.ok(met.every((e) => !e.endsWith('>RUS:03') || e.startsWith('TUR') || e.startsWith('IRN')), met.join(' '));
  assert.equal(met.length, 6);
});

test('a negated verb before an object and a purpose infinitive negates the purpose: "would not risk lives to rescue"', () => {
  assert.deepEqual(dyads('The minister said he would not risk Irish lives to rescue the hostages.'), []);
});

test('hitting back at comments is criticism; hitting back at an actor with airstrikes is an attack', () => {
  assert.deepEqual(dyads('Iraq’s president has hit back at comments made by Donald Trump.', { exact: true }), ['IRQ>USA:111']);
  assert.ok(dyads('Israel hit back at Hamas with airstrikes.').every((e) => !e.endsWith(':11')));
});

test('peacekeepers arriving in a country give it protection (074); other forces arriving pay no visit', () => {
  assert.ok(dyads('Ghanaian peacekeepers arrived in Liberia on Monday.', { exact: true }).includes('GHA>LBR:074'));
  assert.ok(dyads('A first batch of Nepalese peacekeeping troops arrived in Chad.', { exact: true }).includes('NPL>TCD:074'));
  assert.ok(dyads('UN peacekeepers arrived in Kosovo.', { exact: true }).includes('IGOUNO>XKX:074'));
  assert.deepEqual(dyads('Russian troops arrived in Belarus.'), []);
  assert.deepEqual(dyads('A Chilean whale arrived off the coast of Peru.'), []);
});

test('force readied is a show of force (150), other acts readied are intent; "was prepared to" is willingness', () => {
  assert.ok(dyads('The Malian army prepared to shell rebel positions near Gao again.', { exact: true }).some((e) => e.startsWith('MLI>') && e.endsWith(':150')));
  const sign = dyads('Kenya is preparing to sign the border accord with Somalia.', { exact: true });
  assert.ok(sign.some((e) => e.startsWith('KEN>SOM:03')) && !sign.some((e) => e.endsWith(':057')), sign.join(' '));
});

test('a warning that something will not be tolerated threatens those who do it (130)', () => {
  assert.ok(dyads('The Bolivian interior minister warned that police would no longer tolerate roadblocks by Chilean truckers.', { exact: true }).includes('BOL>CHL:130'));
});

test('people converging or massing for a rally demonstrate (141)', () => {
  assert.ok(dyads('Thousands of Zambians were converging on Friday for a rally in Lusaka to protest the new tax.').some((e) => e.startsWith('ZMB>') && e.endsWith(':14')));
});

test('forces of several countries exercising together cooperate militarily (062 between them); one country alone shows force (150)', () => {
  const joint = dyads('Ghanaian and Togolese warships on Monday launched ten days of war games off Lome.', { exact: true });
  assert.ok(joint.includes('GHA>TGO:062') && joint.includes('TGO>GHA:062'), joint.join(' '));
  assert.ok(dyads('The Iranian navy held exercises in the Gulf.', { exact: true }).some((e) => e.startsWith('IRN>') && e.endsWith(':150')));
});

test('verbs the tagger misreads as nouns: a participle after a perfect "have", a gerund joined to a gerund phrase', () => {
  assert.ok(dyads('Malian forces have retaken a key town near the border with Niger.').some((e) => e.startsWith('MLI>') && e.endsWith(':19')));
  assert.ok(dyads('Kenyan police fired on the crowd, killing one student and arresting twelve.', { exact: true }).some((e) => e.startsWith('KEN>') && e.endsWith(':173')));
});

test('breaking a ceasefire agreement is a truce violation (196), not a law defied', () => {
  assert.ok(dyads('The Peruvian army and the rebels broke the ceasefire agreement of May.', { exact: true }).some((e) => e.startsWith('PER>') && e.endsWith(':196')));
});

test('an investigation completed is 090; a request or allocation denied is a rejection (120); concessions offered are intent to yield (035)', () => {
  assert.ok(dyads('The Truce Monitoring Committee (TMC) has finished its inquiry into the clashes in Kenya.', { exact: true }).some((e) => e.endsWith(':090')));
  assert.ok(dyads('The Kenyan land ministry has denied the allocation of land for the new mosque.', { exact: true }).some((e) => e.startsWith('KEN>') && e.endsWith(':120')));
  assert.ok(dyads('A Peruvian negotiator offered concessions to Chile last week.', { exact: true }).includes('PER>CHL:035'));
  assert.ok(dyads('Kenya denied the allegations.', { exact: true }).includes('KEN>-:016'));
});

test('a named facility between a verb and its infinitive is no actor: the subject keeps control ("opened the Friendship Bridge to allow")', () => {
  assert.ok(dyads('Tajikistan opened the Unity Bridge to allow the delivery of flour to Afghanistan.', { exact: true }).includes('TJK>AFG:0863'));
});

test('an organisation expelled is 166 (an aid agency 1663); individuals expelled stay 174', () => {
  assert.deepEqual(dyads('Eritrea forced the World Food Programme out of the country in March.', { exact: true }), ['ERI>IGOUNOWFP:1663']);
  assert.deepEqual(dyads('Burundi expelled Amnesty International last year.', { exact: true }), ['BDI>NGOHRIAMN:166']);
  const [ngo] = code('Eritrea forced the World Food Programme out of the country in March.');
  assert.ok(ngo.evidence.some((e) => e.rule === 'event.organisation-expelled'));
  assert.ok(dyads('Burundi expelled three Rwandan traders.', { exact: true }).every((e) => e.endsWith(':174')));
});

test('a battle told as the way to a military act is fought by the act\'s source, with the foe named or the act\'s target', () => {
  assert.ok(dyads('Ethiopian troops recaptured the town of Dessie after heavy fighting with Tigrayan rebels.', { exact: true }).includes('ETH>ETH:190'));
  const [battle] = code('Malian soldiers seized a rebel base after three days of fighting.').filter((e) => e.cameo === '190');
  assert.equal(`${battle.source.code}>${battle.target?.code}`, 'MLIMIL>REB');
  assert.ok(battle.evidence.some((e) => e.rule === 'nominal.battle-of-act'));
  // not a military act, not done, or no foe: no battle
  assert.ok(dyads('The rebels signed a truce after weeks of fighting.', { exact: true }).every((e) => !e.endsWith(':190')));
  assert.ok(dyads('Malian soldiers did not seize the rebel base after three days of fighting.', { exact: true }).every((e) => !e.endsWith(':190')));
  assert.ok(dyads('Malian soldiers seized the airport after three days of fighting.', { exact: true }).every((e) => !e.endsWith(':190')));
});

test('a withdrawal from a place, or with nothing named, is military de-escalation (087/0874); withdrawing support reduces relations (160)', () => {
  assert.deepEqual(dyads('Chad withdrew from northern Mali in March.', { exact: true }), ['TCD>MLI:0874']);
  assert.deepEqual(dyads("Kenya's withdrawal from Somalia began on Monday.", { exact: true }), ['KEN>SOM:0874']);
  assert.deepEqual(dyads('The Chadian army pulled out on Friday.', { exact: true }), ['TCD>-:087']);
  assert.deepEqual(dyads('The Dutch parliament withdrew support for the Malian government.', { exact: true }), ['NLD>MLI:160']);
  assert.deepEqual(dyads('Chad withdrew its ambassador from Sudan.', { exact: true }), ['TCD>SDN:161']);
});

test('private people travelling pay no visit; officials do', () => {
  assert.deepEqual(dyads('Hundreds of Belgian citizens travelled to Syria in 2014.'), []);
  assert.deepEqual(dyads('Foreign jihadists came to Iraq from around the world.'), []);
  assert.deepEqual(dyads('The Belgian foreign minister travelled to Syria in 2014.', { exact: true }), ['BEL>SYR:042']);
});
