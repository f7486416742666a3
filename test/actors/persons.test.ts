import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentions, only, rules } from './helpers.ts';

test('a surname later in the article is the same person', () => {
  const ms = mentions('Kenyan Foreign Minister Grace Wanjiru met the envoy. Later, Wanjiru said talks went well.');
  const first = only(ms, 'Kenyan Foreign Minister Grace Wanjiru');
  const again = only(ms, 'Wanjiru');
  assert.equal(again.code, first.code);
  assert.equal(again.name, 'Grace Wanjiru');
  assert.equal(again.country, 'KEN');
  assert.equal(again.kind, 'person');
  assert.deepEqual(rules(again), ['coref.surname']);
  assert.match(again.evidence[0].note ?? '', /Grace Wanjiru/);
});

test('the full name later in the article is the same person', () => {
  const ms = mentions('Peruvian President Luis Quispe flew home. Luis Quispe then spoke to Congress.');
  const again = ms.find((m) => m.text === 'Luis Quispe')!;
  assert.equal(again.code, 'PERGOV');
  assert.deepEqual(rules(again), ['coref.name']);
});

test('a title before a known surname keeps the person', () => {
  const ms = mentions('Chilean President Ana Rojas resigned. Chile mourned. President Rojas left on Friday.');
  const again = only(ms, 'President Rojas');
  assert.equal(again.name, 'Ana Rojas');
  assert.equal(again.code, 'CHLGOV');
});

test('a person whose country is inferred says so, and later mentions carry it', () => {
  const ms = mentions('Nepal and China met. Nepal spoke first. Prime Minister Hari Gurung, the veteran leader, spoke. Gurung left.');
  const pm = only(ms, 'Prime Minister Hari Gurung, the veteran leader');
  assert.equal(pm.code, 'NPLGOV');
  assert.ok(rules(pm).includes('context.article-country'));
  assert.ok(rules(pm).includes('person.appositive'));
  assert.equal(only(ms, 'Gurung').code, 'NPLGOV');
});

test('an unknown name followed by a role in apposition is a person of that role', () => {
  const m = mentions('Talks began with Li Wenhao, Deputy Commissioner for Border Affairs of the People’s Republic of China, on Sunday.')[0];
  assert.equal(m.kind, 'person');
  assert.equal(m.name, 'Li Wenhao');
  assert.equal(m.code, 'CHNGOV');
});

test('a title with a comma and a full name: "the then Prime Minister, ..."', () => {
  const ms = mentions("Nepal's Prime Minister opened the fair. In 2009, the then Prime Minister, Maya Devi Rai, had asked for aid.");
  const m = only(ms, 'Prime Minister, Maya Devi Rai');
  assert.equal(m.name, 'Maya Devi Rai');
  assert.equal(m.code, 'NPLGOV');
  assert.ok(rules(m).includes('context.article-country'));
});

test('a new named person does not inherit the country of an earlier holder of the same title', () => {
  const ms = mentions('Mali dominated the talks in Mali. Mali and Niger met in Mali. Nigerien President Issa Bako spoke, then President Amadou Keita replied.');
  const m = only(ms, 'President Amadou Keita');
  assert.equal(m.code, 'MLIGOV');
  assert.ok(!rules(m).includes('coref.role'));
});

test('well-known people carry their own country (people.tsv)', () => {
  const ms = mentions('Syria and Iraq were discussed. President Trump called Putin, and the Trump administration sent Erdogan a letter.');
  assert.equal(only(ms, 'President Trump').code, 'USAGOV');
  assert.equal(only(ms, 'Putin').code, 'RUSGOV');
  assert.equal(only(ms, 'Trump administration').code, 'USAGOV');
  assert.equal(only(ms, 'Erdogan').country, 'TUR');
  assert.ok(rules(only(ms, 'Putin')).includes('person.putin'));
});

test('names with a glued particle: "al-"', () => {
  const m = mentions('Yemeni President Hadi al-Amri resigned.')[0];
  assert.equal(m.name, 'Hadi al-Amri');
  assert.equal(m.code, 'YEMGOV');
});

test('a capitalised building after a title is no person', () => {
  assert.deepEqual(mentions('They met at the Governor House in Quetta.').map((m) => m.text), ['Quetta']); // the city is a place of Pakistan
});

test('another person with the same surname is not merged', () => {
  const ms = mentions('Egyptian President Omar Khalil spoke. Rana Khalil, a student, disagreed.');
  assert.equal(ms.filter((m) => m.name === 'Omar Khalil').length, 1);
});

test('a famous surname inside another name is not the famous person', () => {
  const ms = mentions('Minister Abbas Karimi met Ivanka Trump. Abbas spoke after Putin.');
  assert.ok(ms.every((m) => m.code !== 'PSEGOV'), 'Abbas is Abbas Karimi');
  assert.ok(ms.every((m) => m.name !== 'Donald Trump'));
  assert.equal(only(ms, 'Putin').code, 'RUSGOV');
});

test('a counterpart takes a name like a person, and a country only from the text ("from Kabul", "Afghan")', () => {
  const ms = mentions('Nepal and Bhutan held talks on Monday. The Nepali envoy met his counterpart from Thimphu Karma Dorji. Dorji said little.');
  assert.equal(only(ms, 'counterpart from Thimphu Karma Dorji').code, 'BTNGOV');
  assert.equal(only(ms, 'Dorji').code, 'BTNGOV');
  assert.equal(only(mentions('Nepal hosted the talks. The envoy met his Bhutanese counterpart Karma Dorji.'), 'Bhutanese counterpart Karma Dorji').code, 'BTNGOV');
  const bare = only(mentions('Nepal hosted the talks. The envoy met his counterpart Karma Dorji.'), 'counterpart Karma Dorji');
  assert.equal(bare.code, 'GOV'); // never Nepal: a counterpart is the other side
  assert.ok(rules(bare).includes('context.no-country'));
});
