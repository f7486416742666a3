import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyads, dyadsAt } from './helpers.ts';

test('a compound subject of a one-sided act gives each member alone, not pairs among them', () => {
  assert.deepEqual(dyads('Britain and France launched airstrikes overnight.').sort(), ['FRA>-:19', 'GBR>-:19']);
});

test('a compound subject of a mutual act pairs the members', () => {
  assert.deepEqual(dyads('Britain and France agreed to share intelligence.').sort(), ['FRA>GBR:03', 'GBR>FRA:03']);
});

test('a conjoined verb takes the first verb\'s source (here a weapon: unnamed attackers), never the first object', () => {
  assert.deepEqual(dyads('A car bomb killed two Afghan soldiers and wounded four others.'), ['UAF>AFG:19', 'UAF>-:18']);
});

test('a participle with a by-agent is a passive: the agent acts, unless the participle tells a standing relation', () => {
  assert.deepEqual(dyads('Assad, condemned by Turkey, has rejected the talks.').filter((e) => e.endsWith(':11')), ['TUR>SYR:11']);
  // "supported by", "armed by", "occupied by": a description of the actor, no act of the agent
  assert.deepEqual(dyads('Assad, supported by Russia, has rejected the talks.').filter((e) => e.endsWith(':05')), []);
  assert.deepEqual(dyads('Kurdish fighters surrounded the last village held by Isis.', { exact: true }).filter((e) => e.endsWith(':192')), []);
  assert.deepEqual(dyads('The US president spoke by phone with Chinese President Xi Jinping.'), ['USA>CHN:04']);
});

test('an -ing verb after a comma with its own auxiliary is not a participle clause', () => {
  const events = dyads('Turkish forces, backed by Qatar, have been shelling Syria.');
  assert.ok(events.includes('TUR>SYR:19'), events.join(' '));
});

test('an infinitive after a possessed noun has the possessor as subject', () => {
  const events = dyads('Officials reacted to Japan’s decision to impose sanctions on North Korea.');
  assert.ok(events.includes('JPN>PRK:16'), events.join(' '));
});

test('a country adjective before an event noun is its actor when the noun has a target', () => {
  assert.deepEqual(dyads('Palestinian protests against Israel continued for a week.'), ['PSE>ISR:14']);
  assert.deepEqual(dyads('The Chinese visit was short.'), []);
});

test('an act inside an if-clause is a condition, not an event', () => {
  assert.deepEqual(dyads('Ankara will respond if Damascus attacks Turkish posts again.').filter((e) => e.startsWith('SYR')), []);
});

test('the act an accusation is about is not coded as a fact', () => {
  assert.deepEqual(dyads('Nigeria accused the militants for carrying out attacks on Chad.').filter((e) => !e.startsWith('NGA>')), []);
  assert.deepEqual(dyads('Kenya accused Somalia of shelling border posts.'), ['KEN>SOM:11']);
});

test('what is denied did not happen; "yet to" is not done', () => {
  assert.deepEqual(dyads('Syria denied that its army attacked civilians in Douma.').filter((e) => e.endsWith(':19')), []);
  assert.deepEqual(dyads('Turkey is yet to offer aid to Syria.'), []);
  assert.ok(dyads('Russia said Syria attacked rebels in Idlib.').some((e) => e.startsWith('SYR>') && e.endsWith(':19')));
});

test('a bare count after a conjoined verb stands for the noun counted before it ("killed three policemen and wounded five")', () => {
  assert.deepEqual(dyads('Gunmen killed three Nigerian policemen and wounded five in Kano.'), ['NGA>NGA:19', 'NGA>NGA:18']);
  assert.deepEqual(dyadsAt('Rebels killed four Malian soldiers and injured another seven on Monday.', 'injured'), ['REB>MLIMIL:182']);
  // "others" are other people, and a counted noun of its own is the object
  assert.deepEqual(dyadsAt('Rebels killed four Malian soldiers and injured seven others on Monday.', 'injured'), ['REB>-:182']);
  assert.deepEqual(dyadsAt('Rebels killed four Malian soldiers and injured seven civilians on Monday.', 'injured'), ['REB>MLICVL:182']);
});
