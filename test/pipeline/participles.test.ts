/** Participles and gerunds that tell no act of the actor before them, and figures of speech of war (invented sentences of shapes met in news). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, dyads } from './helpers.ts';

test('a past participle after an actor, with the clause verb still to come, is a passive modifier', () => {
  const jailed = dyads('A former Danish soldier jailed in Iran for six years after joining a Kurdish militia has fled the country.');
  assert.ok(!jailed.some((e) => e.startsWith('DNK>')), jailed.join(' '));
  const accused = dyads('Another former Dutch soldier, Jan Visser, 41, accused of attending camps run by the YPG, had the charges dropped.');
  assert.ok(!accused.some((e) => e.startsWith('NLD>') && e.endsWith(':11')), accused.join(' '));
  // the participle is the clause's verb when an infinitive or another clause follows
  assert.ok(dyads('The Azerbaijani parliament threatened on Monday to cut ties with Russia unless the Kremlin closed its base.').some((e) => e.startsWith('AZE>RUS:13')));
  assert.ok(dyads('Bosnia and Slovenia agreed to a ceasefire after two days of fighting but reports said clashes went on.').some((e) => e.startsWith('BIH>SVN:03')));
});

test('a present participle after a noun that is no actor has that noun as subject', () => {
  const events = dyads('The Chilean volunteer joined a Kurdish unit fighting Islamic State in 2017.');
  assert.ok(!events.some((e) => e.startsWith('CHL>') && e.endsWith(':19')), events.join(' '));
});

test('a gerund as the object of a verb ("to face questioning", "risks endorsing") is no act; after a verb of aspect it is', () => {
  assert.deepEqual(dyads('Nationals captured in Syria have the right to return home to face questioning by Belgian police.').filter((e) => e.endsWith(':11')), []);
  assert.ok(dyads('Russian forces began shelling the Ukrainian town of Avdiivka.').some((e) => e.startsWith('RUS>') && e.endsWith(':19')));
});

test('a cold war, a trade war, a war of words: no violence', () => {
  const events = dyads("Relations were strained by Riyadh's cold war with Qatar and Ankara's alliance with Iran.");
  assert.ok(!events.some((e) => e.endsWith(':19')), events.join(' '));
  assert.ok(!dyads('Washington waged a trade war against Beijing last year.').some((e) => e.endsWith(':19')));
});

test('leaders who clash are in a dispute of words; police and protesters who clash fight', () => {
  assert.ok(!dyads('Erdogan and Putin clashed in public over the fate of Idlib.').some((e) => e.endsWith(':19')));
  assert.ok(dyads('Israeli police clashed with Palestinian protesters in Jerusalem.').some((e) => e.startsWith('ISR>PSE:19')));
});

test('"rarely" and "seldom" do not tell an act', () => {
  assert.deepEqual(dyads('Israel rarely claims responsibility for its strikes in Syria.'), []);
});

test('what someone is said to be ("charged him with being a member of Isis") is no target', () => {
  const events = dyads('The Kurdish administration in Syria has charged the Swede with being a member of Isis.');
  assert.ok(!events.some((e) => e.includes('>IMG')), events.join(' '));
});

test('a conjoined verb phrase ends the target search of the verb before it', () => {
  const events = dyads('The YPG denies any links to Turkey, and is not a banned organisation in Britain.');
  assert.ok(!events.some((e) => e.endsWith('>GBR:01')), events.join(' '));
});

test('"getting bombed" is a passive; a threat noun governs its infinitive', () => {
  assert.deepEqual(dyads('Civilians in Idlib are more scared of prisons than getting bombed.'), []);
  const threat = dyads('The Pentagon is concerned about a Russian threat to attack eastern Syria.');
  assert.ok(!threat.some((e) => e.endsWith(':19')) && threat.some((e) => e.startsWith('RUS>SYR:13')), threat.join(' '));
});

test('forces named by the pattern, of a country only inferred, are the means of the act, not its target', () => {
  const events = dyads('Turkish soldiers patrolled the border. Russia sent troops to the region on Monday.');
  assert.ok(!events.some((e) => e.startsWith('RUS>TUR')), events.join(' '));
  assert.ok(dyads('The Nicaraguan government banned the main opposition party.').includes('NIC>NIC:17'));
});

test('"sent to jail" names a place of detention, no act of jailing by the sentence subject', () => {
  assert.deepEqual(dyads('If the protesters are not killed they will be sent to jail.'), []);
});

test('a reduced passive names its agent in its first by-phrase and its patient right before it', () => {
  const events = code('The lawyer was abducted in 2013 by an Islamist militia, along with an activist previously imprisoned by the Syrian regime.');
  const jailed = events.find((e) => e.cameo.startsWith('17'));
  assert.equal(jailed?.source.code, 'SYRGOV');
  assert.equal(jailed?.target?.sector, 'OPP', 'the activist right before the participle is the one imprisoned');
  assert.equal(events.find((e) => e.cameo.startsWith('18'))?.source.sector, 'REB');
  const backed = dyads('Kurdish militias in Syria are supported by about 2,000 US troops.');
  assert.ok(backed.some((e) => e.startsWith('USA>')), backed.join(' '));
  assert.ok(dyads('Obama spoke by phone with Putin on Monday.').some((e) => e.startsWith('USA>RUS:04')));
});

test('"be to" plans the act; "the failure of X to" governs like "failure to"', () => {
  const plan = dyads('The Home Office is to suspend cooperation with the US over the prosecution.', { exact: true });
  assert.ok(plan.some((e) => e.startsWith('GBR>USA:13')), plan.join(' '));
  const failure = dyads('The failure of Serbian leaders to meet the Kosovo delegation angered Brussels.', { exact: true });
  assert.ok(!failure.some((e) => e.endsWith(':040')), failure.join(' '));
});

test('a by-phrase after another verb is that verb\'s agent; gerunds joined to nouns are nouns', () => {
  const events = dyads('Rebel-held areas near Homs have been recaptured, along with territory held by Kurdish forces in Syria.');
  assert.ok(!events.some((e) => e.endsWith(':19')), events.join(' '));
  assert.deepEqual(dyads('More than 100 Syrian civilians have been killed in airstrikes and shelling since June.'), []);
});

test('an event that is averted, feared or prevented did not happen', () => {
  const events = dyads('To avert a military clash between US and Turkish forces, Washington asked the Kurds to leave Manbij.');
  assert.ok(!events.some((e) => e.endsWith(':19')), events.join(' '));
  const negated = dyads('US forces have not taken action to stop the attacks on Daraa.');
  assert.deepEqual(negated, []);
});

test('"fight to" do something is a struggle; "kill off speculation" a figure of speech after any pattern', () => {
  assert.deepEqual(dyads('The Kenyan minister fought hard to keep the talks with Somalia on track.').filter((e) => e.endsWith(':19')), []);
  assert.deepEqual(dyads('Cypriot officials are attempting to kill off speculation that Russia would retaliate.').filter((e) => e.endsWith(':18')), []);
});

test('an actor before a present participle is the subject of the verb after the participle phrase', () => {
  const events = dyads('US troops fighting alongside Kurds and other rebels have shot down Iranian drones.');
  assert.ok(events.includes('USA>IRN:19'), events.join(' '));
});

test('what someone wants another to do is no act of the other', () => {
  assert.deepEqual(dyads('Syrian activists want Trump to shell the presidential palace.').filter((e) => e.startsWith('USA>')), []);
});
