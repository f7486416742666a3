import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, mentions, only, rules } from './helpers.ts';

test("a country's institution joins the country and the sector", () => {
  assert.equal(only(mentions("Nepal's Cabinet approved the budget."), "Nepal's Cabinet").code, 'NPLGOV');
  assert.equal(only(mentions('The Chinese government protested.'), 'Chinese government').code, 'CHNGOV');
  assert.equal(only(mentions('Chinese officials protested.'), 'Chinese officials').code, 'CHNGOV');
  assert.equal(only(mentions('Russian troops crossed the river.'), 'Russian troops').code, 'RUSMIL');
  assert.equal(only(mentions('Pakistani police arrested two men.'), 'Pakistani police').code, 'PAKCOP');
  assert.equal(only(mentions('The Iranian parliament voted.'), 'Iranian parliament').code, 'IRNLEG');
  assert.equal(only(mentions("Kenya's Supreme Court ruled."), "Kenya's Supreme Court").code, 'KENJUD');
  assert.equal(only(mentions('Turkish opposition figures walked out.'), 'Turkish opposition').code, 'TUROPP');
});

test('a role followed by "of COUNTRY"', () => {
  const m = only(mentions('The Foreign Minister of Russia arrived.'), 'Foreign Minister of Russia');
  assert.equal(m.code, 'RUSGOV');
  assert.equal(m.kind, 'state');
  assert.equal(m.name, 'Russia');
});

test('demonym + title + name is one person mention', () => {
  const ms = mentions('Chinese President Xi Jinping arrived in Lima.').filter((x) => x.text !== 'Lima');
  assert.equal(ms.length, 1);
  const m = ms[0];
  assert.equal(m.text, 'Chinese President Xi Jinping');
  assert.equal(m.kind, 'person');
  assert.equal(m.name, 'Xi Jinping');
  assert.equal(m.code, 'CHNGOV');
  assert.equal(m.country, 'CHN');
  assert.equal(m.sector, 'GOV');
  assert.deepEqual(rules(m), ['wc.demonym.CHN', 'title.president', 'person.name']);
});

test('a chain of titles and a name is one person; generic titles take the sector before them', () => {
  const ms = mentions('Nepal said Foreign Office spokesperson Amina Qureshi briefed reporters, and an army spokesman agreed.');
  const p = only(ms, 'Foreign Office spokesperson Amina Qureshi');
  assert.equal(p.kind, 'person');
  assert.equal(p.name, 'Amina Qureshi');
  assert.equal(p.code, 'NPLGOV');
  assert.equal(only(ms, 'army spokesman').code, 'NPLMIL');
});

test('nationals and citizens are civilians; a demonym before an unknown noun is the country alone', () => {
  const ms = mentions('Chinese nationals and Chinese citizens left the Chinese installations.');
  assert.deepEqual(ms.map((m) => `${m.text}=${m.code}`), ['Chinese nationals=CHNCVL', 'Chinese citizens=CHNCVL', 'Chinese=CHN']);
});

test('a role in apposition after a name, with its own country', () => {
  const m = mentions('Olaf Brandt, Germany’s defence minister, visited troops.')[0];
  assert.equal(m.text, 'Olaf Brandt, Germany’s defence minister');
  assert.equal(m.code, 'DEUGOV');
  assert.equal(m.name, 'Olaf Brandt');
});

test('an organisation can qualify a role and a name', () => {
  const m = mentions('NATO chief Ingrid Solberg warned Moscow.')[0];
  assert.equal(m.code, 'IGOWSTNAT');
  assert.equal(m.kind, 'person');
  assert.equal(m.name, 'Ingrid Solberg');
});

test('a role without its country takes the last country of the same role', () => {
  const ms = mentions("India's Cabinet met on Monday. China protested. The Cabinet then approved the plan.");
  const second = ms.filter((m) => m.text === 'Cabinet');
  assert.equal(second.length, 1);
  assert.equal(second[0].code, 'INDGOV');
  assert.ok(rules(second[0]).includes('coref.role'));
});

test("a role without its country takes the article's dominant country, with a note", () => {
  const ms = mentions('Nepal and India signed a treaty. Nepal hailed it. Prime Minister Ram Thapa called it historic.');
  const pm = only(ms, 'Prime Minister Ram Thapa');
  assert.equal(pm.code, 'NPLGOV');
  const why = pm.evidence.find((e) => e.rule === 'context.article-country');
  assert.ok(why?.note && /not stated/.test(why.note) && /Nepal/.test(why.note));
});

test('a role with no country anywhere keeps country null and the sector as code', () => {
  const m = only(mentions('The Cabinet met on Tuesday.'), 'Cabinet');
  assert.equal(m.code, 'GOV');
  assert.equal(m.country, null);
  assert.equal(m.sector, 'GOV');
  assert.ok(rules(m).includes('context.no-country'));
});

test('armed groups without a stated country are actors, but their country is never guessed from the article', () => {
  assert.equal(only(mentions('Afghan militants attacked a post.'), 'Afghan militants').code, 'AFGINS');
  assert.deepEqual(codes('Militants attacked a post.'), ['Militants=INS']);
  assert.deepEqual(codes('Israeli troops killed three militants.'), ['Israeli troops=ISRMIL', 'militants=INS']); // not Israeli
  assert.deepEqual(codes('Militants ambushed a US convoy.'), ['Militants=INS', 'US=USA']); // the object is no home
  assert.equal(only(mentions('Rebels seized the town of Abeche in eastern Chad.'), 'Rebels').code, 'TCDREB');
  assert.equal(only(mentions('Somali rebels crossed the border. The rebels seized a town.'), 'rebels').code, 'SOMREB');
  assert.deepEqual(codes('Refugees and students arrived. Nationals left.'), []); // other groups still need a country
});

test('a role qualified by an unknown capitalised word gets no inferred country', () => {
  const ms = mentions('Syria condemned the raid. Zapatista forces said they held the town.');
  const m = only(ms, 'Zapatista forces');
  assert.equal(m.code, 'MIL');
  assert.equal(m.country, null);
  assert.ok(rules(m).includes('context.unknown-qualifier'));
});

test('an unknown organisation named after an office word is no actor', () => {
  assert.deepEqual(codes('Yemen thanked the Northern Relief Committee.').filter((c) => !c.startsWith('Yemen')), []);
});

test('an adjective is not a role: "official visit"', () => {
  assert.deepEqual(codes('The envoy ended an official visit.').filter((c) => c.startsWith('official')), []);
});

test('an ethnic word before a role takes the article\'s country, with evidence; settlers are not of where they settle', () => {
  const m = only(mentions('Syria condemned the raid. Kurdish forces said they held the town.'), 'Kurdish forces');
  // its forces in Syria are the Kurdish-led SDF, no Syrian army (homeland-roles.tsv), still of Syria
  assert.equal(m.code, 'SYRREBSDF');
  assert.equal(m.country, 'SYR');
  assert.ok(rules(m).includes('context.homeland'));
  // a group with homelands (homelands.tsv) takes one of them, never another country the article names
  assert.equal(only(mentions('Australia will repatriate citizens held by Kurdish forces.'), 'Kurdish forces').country, null);
  assert.equal(only(mentions('Canada and Iraq agreed on a plan. Kurdish officials welcomed it.'), 'Kurdish officials').country, 'IRQ');
  assert.equal(only(mentions('Hutu militias crossed into Congo from Rwanda.'), 'Hutu militias').country, 'RWA');
  // religious words have no homeland: the article's country
  assert.ok(rules(only(mentions('Nigeria condemned the raid. Muslim leaders said they were not consulted.'), 'Muslim leaders')).includes('context.ethnic'));
  // a religious word names the settler state for settlers only (homelands.tsv roles), never the place
  assert.deepEqual(codes('Jewish settlers in the West Bank burned cars.'), ['Jewish settlers=ISRCVL', 'West Bank=PSE']);
});

test('a region or bloc word before a role infers no country, neither from the article nor from the place', () => {
  assert.deepEqual(codes('Iran met Iraq. Western diplomats criticized Iran.').filter((c) => c.startsWith('Western')), ['Western diplomats=GOV']);
  assert.deepEqual(codes('Russia shelled Idlib as western leaders met.').filter((c) => c.includes('leaders')), ['leaders=GOV']);
  assert.equal(only(mentions('Arab ministers met in Cairo.'), 'Arab ministers').country, null);
  assert.ok(rules(only(mentions('Foreign fighters attacked a checkpoint in Mosul.'), 'fighters')).includes('context.region'));
});

test('an office of one country takes that country when the text states none', () => {
  const m = only(mentions('Syria shelled Idlib. The home secretary, Amira Dale, criticised the decision.'), 'home secretary, Amira Dale');
  assert.equal(m.code, 'GBRGOV');
  assert.ok(rules(m).includes('title.home'));
  assert.equal(only(mentions('Iran condemned the vote. The Knesset approved the bill.'), 'Knesset').code, 'ISRLEG');
  assert.equal(only(mentions("India's home secretary met police chiefs."), "India's home secretary").code, 'INDGOV'); // the text wins
});

test('a plural office or institution without a country is several countries\' (no country inferred)', () => {
  const m = only(mentions('Syria shelled Idlib. Most governments refused to take their nationals back.'), 'governments');
  assert.equal(m.code, 'GOV');
  assert.ok(rules(m).includes('context.plural-office'));
  assert.equal(only(mentions('Iran met Iraq. World leaders gathered in Davos.'), 'World leaders').country, null);
  assert.equal(only(mentions('Iran met Iraq. Officials said talks would resume.'), 'Officials').code, 'IRNGOV'); // officials of one country
  assert.equal(only(mentions('Iran met Iraq. Residents fled.'), 'Residents').code, 'IRNCVL'); // civilians are no office
});

test('trade unions are organised labour; the Soviet and European Unions are not', () => {
  assert.equal(only(mentions('ACCRA - The trade union federation called a strike.'), 'trade union federation').code, 'GHALAB');
  assert.deepEqual(codes('The Soviet Union invaded Afghanistan.'), ['Afghanistan=AFG']);
});

test('"the regime" refers back to the last regime named, not to another government', () => {
  const ms = mentions('The Assad regime retook Aleppo. The Trump administration criticised Iran. The regime denied it.');
  assert.equal(ms.find((m) => m.text === 'regime')?.code, 'SYRGOV');
});
