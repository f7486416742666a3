/**
 * Acts that are governed by words saying they did not happen, were only possible or intended,
 * or are a figure of speech; and sentences that open with a subordinate clause. Invented
 * sentences of the shapes met in real news.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, dyads } from './helpers.ts';

test('"failure to" and "refusal to" before an act: refused, not done', () => {
  const events = dyads("Ankara's failure to meet Kurdish negotiators angered Washington.", { exact: true });
  assert.ok(!events.some((e) => e.endsWith(':040')), events.join(' '));
  assert.ok(events.some((e) => e.startsWith('TUR>') && e.split(':')[1].startsWith('12')), events.join(' '));
  assert.ok(!dyads("Serbia's refusal to extradite the suspects to Croatia", { exact: true }).some((e) => e.endsWith(':063') || e.endsWith(':0313')));
});

test('"unable to" and "unwilling to": the act did not happen', () => {
  assert.deepEqual(dyads('Jordan was unable to reopen its border with Syria.'), []);
  assert.deepEqual(dyads('Egypt was reluctant to send troops to Libya.'), []);
  assert.deepEqual(dyads('Hezbollah has been unwilling to meet Lebanese government negotiators.'), []);
});

test('a possibility ("ability to", "a chance to", "a way to") is no act', () => {
  assert.deepEqual(dyads("The Dutch government's ability to provide consular help in Yemen is small."), []);
  assert.deepEqual(dyads('The summit gives Japan a chance to meet South Korean leaders.'), []);
  const events = code('Hungary casts itself as a bridge to Serbia as a way to appeal to Germany.');
  assert.ok(events.every((e) => !e.cameo.startsWith('02')), events.map((e) => e.cameo).join(' '));
});

test('"was able to" is an act that happened', () => {
  assert.ok(dyads('Iraq was able to reach an agreement with Iran on Monday.').some((e) => e.startsWith('IRQ>IRN')));
});

test('nouns of intent govern their infinitive: "his intent to attack" is a threat, "an invitation to visit" an intent', () => {
  const threat = code('The Azerbaijani president has declared his intent to attack the Armenian enclave in the mountains.');
  assert.ok(threat.some((e) => e.cameo.startsWith('13')), threat.map((e) => e.cameo).join(' '));
  assert.ok(!threat.some((e) => e.cameo.startsWith('19')), threat.map((e) => e.cameo).join(' '));
  const visit = dyads('The Brazilian president has received an invitation to visit Angola next year.', { exact: true });
  assert.ok(!visit.some((e) => e.endsWith(':042')), visit.join(' '));
});

test('a violent verb on a thing said or planned is a figure of speech', () => {
  assert.deepEqual(dyads('The verdict has effectively killed off any political challenge to President Museveni.'), []);
  assert.deepEqual(dyads("The Labour party attacked the government's plan to cut welfare.").filter((e) => e.endsWith(':19') || e.endsWith(':18')), []);
  // a real object keeps the attack
  assert.ok(dyads('Russian jets attacked rebel positions near Idlib.').some((e) => e.startsWith('RUS>') && e.endsWith(':19')));
  assert.ok(dyads('Israeli troops killed three Palestinian protesters in Gaza.').some((e) => e.startsWith('ISR>PSE')));
});

test('a sentence opening with a subordinate clause: the main verb takes its subject after the comma', () => {
  // "few" is the subject of "questioned", not the regime of the opening clause
  assert.deepEqual(dyads('Since the Burmese junta took over Mandalay in early 2021, few have questioned its hold on the city.').filter((e) => e.endsWith(':11')), []);
  const events = dyads('When the talks collapsed, Russia accused Ukraine of sabotage.');
  assert.ok(events.includes('RUS>UKR:11'), events.join(' '));
});

test('the verb of an opening subordinate clause takes no target from the main clause', () => {
  const events = dyads('After Iran seized the tanker, Britain sent a warship to the Gulf.');
  assert.ok(events.includes('IRN>-:17'), events.join(' '));
  assert.ok(!events.includes('IRN>GBR:17'), events.join(' '));
});

test('leave to act ("a green light to invade") is no act; attempts are intent when cooperative, the act when not', () => {
  const invade = dyads('Beijing effectively gave Moscow a green light to invade eastern Ukraine.');
  assert.ok(!invade.some((e) => e.endsWith(':19')), invade.join(' '));
  const deal = dyads('The Tuareg rebels of Mali tried to reach a deal with the Malian government.', { exact: true });
  assert.ok(!deal.some((e) => e.endsWith(':057')), deal.join(' '));
  assert.ok(dyads('Rebels tried to assassinate the governor of Kandahar on Monday.').some((e) => e.endsWith(':18')));
});

test('scheduled acts ("was due to meet", "are set to sign") are intended, not done', () => {
  const meet = dyads('The Iraqi foreign minister was due to meet the Saudi crown prince on Monday.', { exact: true });
  assert.ok(meet.includes('IRQ>SAU:036'), meet.join(' '));
  const sign = dyads('Israel and Hamas are set to sign a ceasefire in Cairo.', { exact: true });
  assert.ok(sign.some((e) => e.startsWith('ISR>') && e.endsWith(':0356')), sign.join(' '));
});

test('a question about a possible act tells none; "should" is an obligation, no act', () => {
  assert.deepEqual(dyads('Will China hit back at Japan if it sends warships to the strait?'), []);
  assert.deepEqual(dyads('Madrid and Lisbon should join forces against the traffickers.').filter((e) => e.endsWith(':06')), []);
});

test('"ordered a missile strike" is the strike; "prosecute the war" is no trial', () => {
  assert.ok(dyads("The French president ordered a cruise missile strike against a Libyan airbase.").includes('FRA>LBY:19'));
  assert.ok(!dyads('The junta used the bases to prosecute the war against Kachin rebels in Myanmar.').some((e) => e.endsWith(':17')));
});

test('motivation, need and means to act are no act', () => {
  assert.deepEqual(dyads('Only the Sudanese army has the motivation to launch such raids on villages.'), []);
});

test('support goes one way: several backers of one actor do not back each other', () => {
  const events = dyads('Russia and Belarus are responsible for backing the Malian junta.');
  assert.ok(!events.includes('RUS>IRN:05') && !events.includes('IRN>RUS:05'), events.join(' '));
  assert.ok(dyads('Japan and South Korea signed a trade pact.').includes('JPN>KOR:05'));
});

test('an infinitive joined by "and" to a governed one shares its governor: "plans to expel ... and impose" is two intents', () => {
  const events = dyads('Iran plans to expel the inspectors and impose a blockade on the port.', { exact: true });
  assert.ok(events.every((e) => e.endsWith(':131') || e.endsWith(':138')), events.join(' '));
  assert.equal(events.length, 2);
});

test('a participle joined to a passive verb is passive: "were killed or wounded" has no civilian attacker', () => {
  assert.deepEqual(dyads('Lebanon complained to the UN over Israeli air raids in which 20 people were killed or wounded.').filter((e) => e.endsWith(':18') || e.endsWith(':19')), []);
});

test('a likelihood, a judgment or a habit tells no act: "unlikely to", "it would be safe to", "a history of mounting"', () => {
  assert.deepEqual(dyads('China is unlikely to impose sanctions on New Zealand.'), []);
  assert.deepEqual(dyads('The Kenyan minister said it would be safe to rescue the children.').filter((e) => e.endsWith(':07')), []);
  assert.deepEqual(dyads('Russia has a history of mounting assaults on the city.'), []);
  assert.deepEqual(dyads('The Somali militants are hardly likely to attack Kenyan officials.'), []);
});

test('an infinitive after an indefinite object is its purpose: "the search for a committee to rewrite the constitution"', () => {
  assert.deepEqual(dyads('The envoy relaunched the search for a balanced committee to rewrite the Syrian constitution.').filter((e) => e.endsWith(':08')), []);
  assert.ok(dyads('Russia agreed to withdraw its troops.').some((e) => e.startsWith('RUS>')));
});

test('what is requested in the subjunctive is no act, even when the request has no actor: "request the government assist them"', () => {
  assert.deepEqual(dyads('The family would request the Irish government assist them in returning the child.'), []);
  assert.ok(dyads('The report suggested that Iran had attacked the tanker.').some((e) => e.startsWith('IRN>') && e.endsWith(':19')));
});

test('a verb of letting: the permission is the event (0811 for gatherings), the permitted act is not told as done', () => {
  const rally = dyads('The Peruvian interior minister allowed opposition leaders to hold a rally in Lima.', { exact: true });
  assert.ok(rally.includes('PER>PER:0811'), rally.join(' '));
  assert.ok(!rally.some((e) => e.endsWith(':141')), rally.join(' '));
  assert.ok(dyads('Police in Ghana permitted the students to march to parliament.', { exact: true }).includes('GHA>GHA:0811'));
  assert.deepEqual(dyads('A new law authorises the Latvian government to expel foreign reporters.').filter((e) => e.endsWith(':17')), []);
});

test('an "until" clause after a future, intended or negated verb tells an awaited outcome, no act', () => {
  assert.deepEqual(dyads('Tuareg fighters in Mali have vowed to fight on until they seize the town of Kidal.').filter((e) => e.endsWith(':19') && !e.endsWith(':138')), []);
  assert.deepEqual(dyads('Hezbollah said it would not stop until Israel withdraws its troops from Lebanon.').filter((e) => e.startsWith('ISR>')), []);
  assert.ok(dyads('Malian rebels fought until they captured the town of Gao.').some((e) => e.endsWith(':19')));
});

test('letting aid through is 0863, letting a rally be brought out is 0811', () => {
  assert.ok(dyads('Turkmenistan allowed the delivery of flour to Afghanistan.', { exact: true }).includes('TKM>AFG:0863'));
  assert.ok(dyads('The Peruvian interior minister allowed the opposition leader to bring out a rally in Cusco.', { exact: true }).includes('PER>PER:0811'));
});

test('a negated verb governing an infinitive negates it, unless it is one of "hesitate", "fail" ("did not hesitate to condemn")', () => {
  assert.deepEqual(dyads('The Chadian army did not move quickly to withdraw from the border.').filter((e) => e.endsWith(':08') || e.endsWith(':16')), []);
  assert.ok(dyads('Kenya did not hesitate to condemn Uganda.', { exact: true }).includes('KEN>UGA:111'));
});

test('an act another failed to bring about, was kept from, or only has an excuse for did not happen', () => {
  assert.deepEqual(dyads('The UN failed to persuade Russia to agree to a ceasefire.'), []);
  assert.deepEqual(dyads('The UN did not persuade Russia to agree to a ceasefire.'), []);
  assert.ok(dyads('The UN persuaded Russia to agree to a ceasefire.').some((e) => e.startsWith('RUS>')));
  assert.deepEqual(dyads('The general restrained Kenya from attacking Somalia.'), []);
  assert.deepEqual(dyads('The general restrained the Kenyan president from threatening to leave the alliance.'), []);
  assert.deepEqual(dyads('Kenya refrained from attacking Somali positions.'), []);
  assert.deepEqual(dyads('The raid could give Turkey an excuse to shell Kurdish villages.'), []);
});

test('an act kept from through a noun ("from his impulse of threatening"), or a gerund judged by "be", is not done', () => {
  assert.deepEqual(dyads('The general restrained the Kenyan president from his first impulse of threatening to leave the alliance.'), []);
  assert.deepEqual(dyads('The Kenyan senator said withdrawing Kenyan troops from Somalia would be a mistake.'), []);
  assert.deepEqual(dyads('Attacking Iran is not an option, the Kenyan president said.'), []);
  assert.ok(dyads('Kenyan troops began attacking Somali positions.').includes('KEN>SOM:19'));
});
