import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, mentions } from './helpers.ts';

test('a title alone with nothing to attach is not a person or a place', () => {
  const ms = mentions('The Speaker and the General Secretary arrived.');
  assert.ok(ms.every((m) => m.kind !== 'person'));
});

test('capitalised words that are no known actor are not actors', () => {
  assert.deepEqual(codes('Counter Terrorism remains a priority for Global Strategy Partners.'), []);
  assert.deepEqual(codes('Mount Kenyatta Holdings posted a loss.'), []);
});

test('months, weekdays and sentence-initial capitals are not actors', () => {
  assert.deepEqual(codes('Most agreed on Monday. In March, Tuesday and May were quiet. However, Several left.'), []);
});

test('a capital or region after in, at, near or outside is a place: the country, never its government', () => {
  const ms = mentions('The talks were held in Lahore, then in Islamabad, at Kabul and near Tehran.');
  assert.deepEqual(ms.map((m) => `${m.text}=${m.code}`), ['Lahore=PAK', 'Islamabad=PAK', 'Kabul=AFG', 'Tehran=IRN']);
  assert.ok(ms.every((m) => m.sector === null && m.kind === 'state'));
  assert.deepEqual(codes('Protests continued outside Moscow.'), ['Moscow=RUS']);
  assert.deepEqual(codes("Moscow warned Kyiv. In Beijing's view, talks failed."), ['Moscow=RUSGOV', 'Kyiv=UKRGOV', 'Beijing=CHNGOV']);
  assert.deepEqual(codes('The Darfur Peace Agreement and Gaza City Council met.'), []); // the place starts another name
});

test('an institution after in or at is a place', () => {
  assert.deepEqual(codes('He spoke at the Foreign Office and in the Senate.'), []);
});

test('a building named after an office is not a person', () => {
  assert.deepEqual(codes('Guests met at the Governor House in Multan.'), []);
});

test('lower-case words that spell a country are not the country', () => {
  assert.deepEqual(codes('They ate turkey from fine china on the island.'), []);
});

test('a country word starting the name of something else is not the country', () => {
  assert.deepEqual(codes('The Indian Express and the Pakistan Observer reported the story.'), []);
});

test('seas and regions named after a country are not the country', () => {
  assert.deepEqual(codes('Ships sailed the South China Sea and the Indian Ocean.'), []);
});

test('"General" and "Justice" need a name', () => {
  // "Justice" is no judge: the name is an unknown organisation without a sector (unknown-organisations.ts)
  assert.deepEqual(codes('The Movement for Justice won. General elections follow.'), ['Movement for Justice=UNK']);
});
