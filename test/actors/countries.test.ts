import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, mentions, only, rules } from './helpers.ts';

test('countries by common name, official name and alternative spelling', () => {
  assert.deepEqual(codes('Pakistan and the Islamic Republic of Iran held talks with Burma.'), [
    'Pakistan=PAK',
    'Islamic Republic of Iran=IRN',
    'Burma=MMR',
  ]);
});

test('multi-word names are matched on tokens, longest first', () => {
  assert.deepEqual(codes("The People's Republic of China, the United Arab Emirates, North Korea and South Korea issued a statement."), [
    "People's Republic of China=CHN",
    'United Arab Emirates=ARE',
    'North Korea=PRK',
    'South Korea=KOR',
  ]);
  assert.deepEqual(codes('Officials in New Delhi were silent.').filter((c) => c.startsWith('New Delhi')), []);
});

test('demonyms give the country', () => {
  const ms = mentions('Chinese, Pakistani, Afghan, Russian and Iranian banks reported losses.');
  assert.deepEqual(ms.map((m) => m.code), ['CHN', 'PAK', 'AFG', 'RUS', 'IRN']);
  assert.ok(ms.every((m) => m.kind === 'state' && m.sector === null));
});

test('capitals stand for the government', () => {
  const ms = mentions('Beijing and Islamabad rejected the claim, while Washington, New Delhi, Kabul and Moscow welcomed it.');
  assert.deepEqual(ms.map((m) => m.code), ['CHNGOV', 'PAKGOV', 'USAGOV', 'INDGOV', 'AFGGOV', 'RUSGOV']);
  const kabul = only(ms, 'Kabul');
  assert.equal(kabul.country, 'AFG');
  assert.equal(kabul.sector, 'GOV');
  assert.equal(kabul.name, 'Afghanistan');
});

test('every usual name of the United States, but never the pronoun us', () => {
  const ms = mentions('The U.S. and the US told us that the USA, the United States and America would act; American envoys agreed.');
  assert.deepEqual(ms.map((m) => m.text), ['U.S.', 'US', 'USA', 'United States', 'America', 'American envoys']);
  assert.ok(ms.every((m) => m.country === 'USA'));
  assert.deepEqual(codes('Let us hope for peace, he told us.'), []);
});

test('South, Latin and Central America are not the United States', () => {
  assert.deepEqual(codes('Trade with South America, Latin America and Central America grew.'), []);
  assert.deepEqual(codes('Latin American leaders met in Lima.'), ['Lima=PER']); // a place: the country, not its government
});

test('ambiguous demonyms follow the override table, and say so', () => {
  const american = only(mentions('An American delegation landed.'), 'American delegation');
  assert.equal(american.code, 'USAGOV');
  const congolese = only(mentions('Congolese troops withdrew.'), 'Congolese troops');
  assert.equal(congolese.code, 'CODMIL');
  assert.equal(only(mentions('A Dominican bank failed.'), 'Dominican').code, 'DOM');
});

test('all-capital headlines give the countries and nothing else', () => {
  assert.deepEqual(codes('NEPAL TO BACK BHUTAN ON WATER DISPUTE'), ['NEPAL=NPL', 'BHUTAN=BTN']);
  assert.deepEqual(codes('Nepal To Back Bhutan On Water Dispute'), ['Nepal=NPL', 'Bhutan=BTN']);
});

test('hyphenated country pairs: one collective before a common noun, nothing inside a name', () => {
  const ms = mentions('The Nepal-India relationship improved after the India-Nepal Friendship Highway opened.');
  assert.equal(ms.length, 1);
  assert.equal(ms[0].text, 'Nepal-India');
  assert.equal(ms[0].kind, 'collective');
  assert.deepEqual(rules(ms[0]), ['compound.hyphen']);
});

test('hyphenated prefixes are not the actor, except the leader of "-led"', () => {
  assert.deepEqual(codes('Iranian-backed groups faced anti-India protests.').filter((c) => /IRN|IND/.test(c)), []);
  assert.deepEqual(codes('Vietnamese-led forces took the village.'), ['Vietnamese-led forces=VNMMIL']);
  assert.deepEqual(codes('NATO-led troops left.'), ['NATO-led troops=IGOWSTNAT']);
  assert.deepEqual(codes('Turkey stayed out of the US-led war.'), ['Turkey=TUR', 'US=USA']);
  assert.ok(rules(only(mentions('A Saudi-led coalition bombed the port.'), 'Saudi')).includes('role.led'));
});

test('evidence names the entry and the words', () => {
  const m = only(mentions('Washington denied it.'), 'Washington');
  assert.equal(m.evidence[0].stage, 'actors');
  assert.equal(m.evidence[0].rule, 'country.usa-capital');
  assert.equal(m.evidence[0].text, 'Washington');
  assert.deepEqual(m.span, { start: 0, end: 10 });
});

test('possessives keep the country: "Tehran\'s" is an actor even after "in"', () => {
  const ms = mentions("There was a change in Tehran's stance and in Moscow's.");
  assert.deepEqual(ms.map((m) => m.code), ['IRNGOV', 'RUSGOV']);
});
