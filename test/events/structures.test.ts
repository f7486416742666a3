/** Sentence structures of issue 4: reported speech, content clauses, governed complements, nominal events. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, dyads } from '../pipeline/helpers.ts';

test('reported speech: the reported actor acts, the reporter is kept in evidence', () => {
  const [event, ...rest] = code('Kenya said Somali militants had attacked Ethiopian troops.');
  assert.equal(rest.length, 0);
  assert.equal(`${event.source.country}>${event.target?.country}:${event.cameo}`, 'SOM>ETH:190');
  const reported = event.evidence.find((e) => e.rule === 'reported-speech');
  assert.deepEqual(reported && { text: reported.text, note: reported.note }, { text: 'Kenya', note: 'KEN' });
});

test('reported speech: a trailing reporter is neither source nor target', () => {
  const events = code('Ethiopian troops were attacked by Somali militants, Kenyan officials said.');
  assert.deepEqual(events.map((e) => `${e.source.country}>${e.target?.country}`), ['SOM>ETH']);
  assert.ok(events[0].evidence.some((e) => e.rule === 'reported-speech' && e.text === 'Kenyan officials'));
});

test('a pronoun resolved to the reporter keeps no reported-speech entry', () => {
  const [event] = code('Switzerland said it had expelled two Russian diplomats.');
  assert.equal(event.evidence.some((e) => e.rule === 'reported-speech'), false);
});

test('a demand\'s that-clause names what is demanded and of whom, and is no act', () => {
  assert.deepEqual(dyads('Japan demanded that China release the detained businessmen.', { exact: true }), ['JPN>CHN:1053']);
  assert.deepEqual(dyads('Egypt repeated its demand that Ethiopia halt the filling of the dam.', { exact: true }), ['EGY>ETH:100']);
});

test('an appeal\'s complement names what is appealed for', () => {
  assert.deepEqual(dyads('Kenya urged Somalia to reopen talks with the rebels.', { exact: true }), ['KEN>SOM:026']);
});

test('vowing, swearing and threatening make the complement an intent or a threat', () => {
  assert.deepEqual(dyads('Chad has sworn to fight Sudan until the border is secure.', { exact: true }), ['TCD>SDN:138']);
  assert.deepEqual(dyads('Bolivia vowed not to return the seized aircraft to Chile.'), ['BOL>CHL:12']);
});

test('a decided conflictual act keeps its code', () => {
  assert.deepEqual(dyads('The Greek government decided to expel two Turkish diplomats.', { exact: true }), ['GRC>TUR:161']);
});

test('a modal act on a condition is announced, not done', () => {
  assert.deepEqual(dyads('The European Union may halt its mediation with Serbia if the violence continues.', { exact: true }), ['IGOEUREEC>SRB:131']);
});

test('nominal events: parties after "between" act on each other; a nominal inside a verb\'s clause is its topic', () => {
  assert.deepEqual(dyads('Fighting between Armenia and Azerbaijan resumed on Sunday.').sort(), ['ARM>AZE:19', 'AZE>ARM:19']);
  assert.deepEqual(dyads('Poland condemned Russia\'s invasion of Ukraine.'), ['POL>RUS:11']);
  assert.deepEqual(dyads('Russia\'s invasion of Ukraine began in February.'), ['RUS>UKR:19']);
});

test('commas without a closing "and" join no list of actors', () => {
  assert.deepEqual(dyads('Ethiopian troops were attacked by Somali militants, Kenyan officials said.'), ['SOM>ETH:19']);
  assert.equal(dyads('Serbia, Croatia and Bosnia signed the agreement.').length, 6);
});

test('content clauses: nested complements stay content, conjoined verbs stay events', () => {
  assert.deepEqual(dyads('China demanded that Japan scrap plans to deploy missiles near Taiwan.', { exact: true }), ['CHN>JPN:1042']);
  assert.deepEqual(dyads('Malaysia demanded the release of the crew and called on Indonesia to return the vessel.', { exact: true }), ['MYS>IDN:1053', 'MYS>IDN:0253']);
  assert.deepEqual(dyads('Norway is ready to send engineers to help rebuild Ukraine.'), ['NOR>UKR:03']);
});

test('a warning whose clause states a threat is that threat', () => {
  assert.deepEqual(dyads('China warned that it will impose sanctions on Lithuania.', { exact: true }), ['CHN>LTU:131']);
  assert.deepEqual(dyads('Iran warned Israel that it would strike back.', { exact: true }), ['IRN>ISR:138']);
  assert.deepEqual(dyads('Japan warned that the typhoon would hit Okinawa.', { exact: true }), ['JPN>-:012']);
});
