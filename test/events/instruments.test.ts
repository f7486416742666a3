/**
 * Attacks whose attacker is unnamed: a weapon stands for an unidentified armed actor (UAF), and
 * groups without a stated country take the country of the place where they acted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, dyads } from '../pipeline/helpers.ts';

test('a weapon opening the clause is the source: unidentified attackers of the place', () => {
  const [e] = code('A truck bomb killed nine people outside a ministry in Kabul on Monday.');
  assert.equal(e.source.code, 'AFGUAF');
  assert.equal(e.source.text, 'truck bomb');
  assert.equal(e.cameo, '190');
  assert.ok(e.source.evidence.some((x) => x.rule === 'instrument.bombs'));
  assert.ok(e.source.evidence.some((x) => x.rule === 'context.event-place' && /Kabul/.test(x.text)));
});

test('a weapon after a passive verb is its agent; the victims are the target', () => {
  assert.deepEqual(dyads('Four Turkish soldiers were killed by a landmine near the Syrian border town of Kilis.', { exact: true }), ['TUR>TUR:190']);
  assert.deepEqual(dyads('Eleven pilgrims were wounded in a grenade attack in Srinagar.', { exact: true }), ['IND>-:182']);
});

test('no attacker from a state arm, an accident or an attack told before', () => {
  assert.deepEqual(dyads('Six civilians were killed in a drone attack on a village in Marib.'), []);
  assert.deepEqual(dyads('Two miners were killed in an explosion at a coal mine in Zonguldak.'), []);
  assert.deepEqual(dyads('The bombing wounded dozens of shoppers.'), []);
});

test('a named attacker is never replaced by the weapon', () => {
  const events = code('Al-Shabaab militants killed five Somali soldiers with a car bomb in Baidoa.');
  assert.ok(events.length > 0);
  assert.ok(events.every((e) => !e.source.code.endsWith('UAF')), events.map((e) => e.source.code).join(' '));
});

test('gunmen are an actor without a stated country; the place of their attack gives it', () => {
  assert.deepEqual(dyads('Masked gunmen abducted a priest in the northern Nigerian city of Kaduna.', { exact: true }), ['NGA>NGA:181']);
  const [e] = code('Gunmen ambushed a convoy on a remote road, killing four guards.');
  assert.equal(e.source.code, 'UAF', 'no place named: the sector alone, no country guessed');
});

test('an armed group takes no country from the forces it attacks', () => {
  const [e] = code('Gunmen attacked two Beninese army posts overnight.');
  assert.equal(e.source.country, null);
  assert.equal(e.target?.country, 'BEN');
});

test('"after" with a subject and an inflected verb opens a clause of its own', () => {
  const events = dyads('Chad and Niger agreed to hold joint patrols after rebels raided a border post in Chad.', { exact: true });
  assert.ok(events.includes('TCD>NER:0312') && events.includes('NER>TCD:0312'), events.join(' '));
  assert.ok(events.some((e) => e.startsWith('TCD>') && e.endsWith(':190')), events.join(' '));
});
