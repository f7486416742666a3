/** Group nouns with a place, peoples, ethnic groups, titles and named bodies (invented sentences). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, mentions, only, rules } from './helpers.ts';

test('a group noun with a place after it is one actor of that country', () => {
  assert.deepEqual(codes('Rebels in the Central African Republic seized a town.'), ['Rebels in the Central African Republic=CAFREB']);
  assert.deepEqual(codes('Students in Nepal boycotted classes.'), ['Students in Nepal=NPLEDU']);
  assert.deepEqual(codes('Thousands of protesters in Hong Kong blocked roads.'), ['protesters in Hong Kong=HKGCVL']);
  assert.deepEqual(codes('Militants from Yemen crossed the border.'), ['Militants from Yemen=YEMINS']);
  assert.deepEqual(codes('Gunfire hit refugees in southern Lebanon.'), ['refugees in southern Lebanon=LBNREF']);
  const m = only(mentions('Demonstrators in Nairobi burned tyres.'), 'Demonstrators in Nairobi');
  assert.equal(m.code, 'KENCVL'); // a capital locates a group; it is not the government here
  assert.ok(rules(m).includes('role.location'));
});

test('troops and envoys are not located by the place they serve in', () => {
  assert.deepEqual(codes('French troops in Mali withdrew.'), ['French troops=FRAMIL', 'Mali=MLI']);
  assert.deepEqual(codes('The ambassador in Moscow was recalled.').filter((c) => c.startsWith('ambassador in')), []);
  assert.deepEqual(codes('Students in South Africa marched.'), ['Students in South Africa=ZAFEDU']);
});

test('a demonym before a plural person noun gives that country and sector', () => {
  assert.deepEqual(codes('Chadian militiamen and Somali guerrillas clashed.'), ['Chadian militiamen=TCDREB', 'Somali guerrillas=SOMREB']);
  assert.deepEqual(codes('Norwegian doctors treated the wounded.'), ['Norwegian doctors=NORHLH']);
  assert.deepEqual(codes('Israeli tanks entered the town.'), ['Israeli tanks=ISRMIL']);
  assert.deepEqual(codes('Up to 300 Sudanese refugees arrived.'), ['Sudanese refugees=SDNREF']);
});

test('a demonym before a people is that country\'s civilians; "ethnic" looks for where they live', () => {
  assert.deepEqual(codes('About 5,000 Syrian Kurds fled.'), ['Syrian Kurds=SYRCVL']);
  assert.deepEqual(codes('Dutch Canadians voted.'), ['Dutch=NLD', 'Canadians=CAN']); // not a people of the Netherlands
  assert.deepEqual(codes('Tens of thousands of ethnic Hungarians in Romania rallied.'), ['ethnic Hungarians in Romania=ROUCVL']);
  const ms = mentions('Ukraine accused Russia. Police later detained ethnic Russians.');
  assert.equal(only(ms, 'ethnic Russians').code, 'UKRCVL'); // the last country named as such, not the group's own
  assert.ok(rules(only(ms, 'ethnic Russians')).includes('context.ethnic'));
  assert.deepEqual(codes('Ethnic Armenians protested.'), ['Ethnic Armenians=ARMCVL']); // nothing else to go on
});

test('titles: monarchs in any case, ranks, honorifics, clergy, "TITLE NAME of COUNTRY"', () => {
  assert.deepEqual(codes('King Abdullah of Jordan met the press.'), ['King Abdullah of Jordan=JORGOV']);
  assert.deepEqual(codes("Kuwait's emir, Sheikh Sabah al-Ahmad, arrived."), ["Kuwait's emir, Sheikh Sabah al-Ahmad=KWTGOV"]);
  assert.equal(only(mentions('Brig. Gen. Ali Hassan resigned.'), 'Brig. Gen. Ali Hassan').sector, 'MIL');
  assert.equal(only(mentions('Archbishop John Onaiyekan spoke.'), 'Archbishop John Onaiyekan').sector, 'REL');
  assert.deepEqual(codes('Secretary-General Amina Diallo of the African Union left.'), ['Secretary-General Amina Diallo of the African Union=IGOAFRAFU']);
  assert.deepEqual(codes('Fighting raged in Sheikh Jarrah. Staff at King Faisal Hospital fled.'), []); // places named after people
});

test('a named person with no country takes the next country named in the opening sentence', () => {
  const m = only(mentions('President Yahya Jammeh has lifted the curfew in Gambia.'), 'President Yahya Jammeh');
  assert.equal(m.code, 'GMBGOV');
  assert.ok(rules(m).includes('context.sentence-country'));
  assert.equal(only(mentions('President Obed Mara said the US-backed plan failed.'), 'President Obed Mara').code, 'GOV'); // "US-backed" is no country
});

test('organisations: regional bodies, armed groups, bodies named after a country', () => {
  assert.deepEqual(codes('SADC and ECOWAS and the OAU met.'), ['SADC=IGOSAFSAD', 'ECOWAS=IGOWAFWAS', 'OAU=IGOAFROAU']);
  assert.deepEqual(codes('The FARC and the Tamil Tigers and the PLO replied.'), ['FARC=COLREBFAR', 'Tamil Tigers=LKAREBLTT', 'PLO=PSEPLO']);
  assert.deepEqual(codes('The Ghanaian Farmers Association (GFA) protested. The GFA said so.'), ['Ghanaian Farmers Association (GFA)=GHAAGR', 'GFA=GHAAGR']);
  assert.equal(only(mentions('The Ugandan Workers\' Federation struck.'), "Ugandan Workers' Federation").kind, 'organisation');
  const unk = only(mentions('The Popular Resistance Movement (PRM) attacked.'), 'Popular Resistance Movement (PRM)');
  assert.equal(unk.code, 'REB'); // "Resistance": an armed group (organisation-words.tsv)
  assert.equal(unk.kind, 'group');
});

test('media are MED actors and do not steer the article country', () => {
  assert.deepEqual(codes('The Washington Post and Voice of America and the South China Morning Post reported it.'), [
    'Washington Post=USAMED',
    'Voice of America=USAMED',
    'South China Morning Post=HKGMED',
  ]);
  assert.equal(only(mentions('Reuters reported it. The cabinet resigned.'), 'cabinet').code, 'GOV');
});

test('a demonym before a language or origin is no actor', () => {
  assert.deepEqual(codes('The court banned the Russian language in schools.'), ['court=JUD']);
  assert.deepEqual(codes('He is of Turkish descent.'), []);
});

test('an ethnic or religious word before a group role: a group of the country the article is about', () => {
  assert.deepEqual(codes('Troops of Burundi shelled hills. Hutu rebels answered with mortars.'), [
    'Troops of Burundi=BDIMIL',
    'Hutu rebels=BDIREB',
  ]);
  const m = only(mentions('Police in Cairo arrested Moslem fundamentalist demonstrators near Egypt\'s parliament.'), 'Moslem fundamentalist demonstrators');
  assert.equal(m.country, 'EGY');
  assert.ok(rules(m).includes('context.ethnic'));
  // modifiers may stand between the group word and the role
  assert.deepEqual(codes('Sri Lanka moved hundreds of Tamil elderly villagers.'), ['Sri Lanka=LKA', 'Tamil elderly villagers=LKACVL']);
  // the opening sentence: the country named next in it
  assert.deepEqual(codes('Islamic fundamentalists demanded the resignation of the Algerian president.'), [
    'Islamic fundamentalists=DZARAD',
    'Algerian president=DZAGOV',
  ]);
});

test('no country anywhere: an ethnic group keeps the sector alone, or takes its only homeland; a capitalised first name is no ethnic word', () => {
  assert.deepEqual(codes('Tuareg rebels attacked a camp.'), ['Tuareg rebels=REB']);
  assert.deepEqual(codes('Karen rebels attacked a camp.'), ['Karen rebels=MMRREB']);
  assert.deepEqual(codes('Karen Okoro met Kenyan officials.').filter((c) => c.startsWith('Karen')), []);
});
