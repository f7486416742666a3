import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, mentions, only, rules } from './helpers.ts';

test('the UN and major international organisations', () => {
  assert.deepEqual(
    codes('The UN, the UN Security Council, the UN General Assembly, NATO, the EU and the European Union met the African Union, ASEAN, the SCO and the OIC.'),
    [
      'UN=IGOUNO',
      'UN Security Council=IGOUNO',
      'UN General Assembly=IGOUNO',
      'NATO=IGOWSTNAT',
      'EU=IGOEUREEC',
      'European Union=IGOEUREEC',
      'African Union=IGOAFRAFU',
      'ASEAN=IGOSEAASN',
      'SCO=IGOASASCO',
      'OIC=IGOMOSOIC',
    ],
  );
  assert.deepEqual(
    codes('The Arab League, the IMF, the World Bank, the WTO, WHO, the IAEA, OPEC, the G7, the G20, BRICS and the International Criminal Court spoke.').map((c) => c.split('=')[1]),
    ['IGOMEAARL', 'IGOBUSIMF', 'IGOUNODEVWBK', 'IGOBUSWTO', 'IGOUNOHLHWHO', 'IGOUNOIAE', 'IGOBUSOPC', 'IGOBUSGOS', 'IGOBUSGTW', 'IGOBUSBRI', 'IGOJUDICC'],
  );
});

test('organisations carry kind, name and no invented country', () => {
  const m = only(mentions('NATO said it would respond.'), 'NATO');
  assert.equal(m.kind, 'igo');
  assert.equal(m.country, null);
  assert.equal(m.name, 'North Atlantic Treaty Organization');
  assert.deepEqual(rules(m), ['org.nato']);
});

test('armed groups', () => {
  assert.deepEqual(codes('The Taliban, Islamic State, ISIS, ISIL, Daesh and al-Qaeda were named.'), [
    'Taliban=AFGREBTAL',
    'Islamic State=IMGMOSISI',
    'ISIS=IMGMOSISI',
    'ISIL=IMGMOSISI',
    'Daesh=IMGMOSISI',
    'al-Qaeda=IMGMOSALQ',
  ]);
  const t = only(mentions('A Taliban spokesman denied it.'), 'Taliban spokesman');
  assert.equal(t.code, 'AFGREBTAL');
  assert.equal(t.kind, 'group');
});

test('an unknown organisation defined with an acronym: sector from its words, later acronym is the same actor', () => {
  const ms = mentions('Police blamed the Southern Valley Liberation Front (SVLF) for the blast. The SVLF denied it.');
  const def = only(ms, 'Southern Valley Liberation Front (SVLF)');
  assert.equal(def.code, 'REB'); // "Liberation": an armed group, no country stated (unknown-organisations.test.ts)
  assert.equal(def.country, null);
  assert.equal(def.kind, 'group');
  assert.equal(def.name, 'Southern Valley Liberation Front');
  const again = only(ms, 'SVLF');
  assert.equal(again.code, 'REB');
  assert.equal(again.name, 'Southern Valley Liberation Front');
  assert.deepEqual(rules(again), ['coref.acronym']);
});

test('an unknown organisation with a country in its name takes that country', () => {
  const ms = mentions('Members of the Kenyan Farmers Union (KFU) marched. The KFU then met ministers.');
  const def = only(ms, 'Kenyan Farmers Union (KFU)');
  assert.equal(def.code, 'KENAGR'); // "Farmers": AGR
  assert.equal(def.country, 'KEN');
  assert.equal(only(ms, 'KFU').code, 'KENAGR');
});

test('a known actor defined with an acronym: the acronym is kept in the mention', () => {
  const ms = mentions('Ghana and the United States (US) signed. Ghana thanked the US.');
  assert.equal(only(ms, 'United States (US)').code, 'USA');
  assert.equal(only(ms, 'US').code, 'USA');
});

test('an unfamiliar long form of a known acronym takes the known actor', () => {
  assert.equal(only(mentions('Turkey struck the Kurdistan Workers Union Party (PKK).'), 'Kurdistan Workers Union Party (PKK)').code, 'TURREBPKK');
});

test('a parenthesised acronym of a project is no actor', () => {
  assert.deepEqual(codes('Work on the Northern Rail Corridor (NRC) resumed.'), []);
});

test('the West and Europe as blocs of states take CAMEO region codes with no country; places and other names are not blocs', () => {
  assert.deepEqual(codes('Washington urged western countries and European governments to take back their citizens.').slice(0, 3), ['Washington=USAGOV', 'western countries=WST', 'European governments=EUR']);
  assert.equal(only(mentions('Western powers condemned the vote.'), 'Western powers').country, null);
  // "the West Bank" is a place, "the Europe Bridge" a name, "European leaders" a role of no one country
  assert.ok(!codes('Settlers attacked a village in the West Bank near the Europe Bridge.').some((c) => /=(WST|EUR)$/.test(c)));
  assert.ok(!codes('European leaders met in Brussels.').some((c) => /=EUR$/.test(c)));
});
