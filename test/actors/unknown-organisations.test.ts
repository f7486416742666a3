import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ACTOR_LEXICON_DIR, loadActorKnowledge } from '../../src/actors/index.ts';
import { codes, mentions, only, rules } from './helpers.ts';

test('an armed group named without an acronym: REB, no country from the article', () => {
  const ms = mentions('Kenya closed its border. The Free Patriotic Army attacked a police post.');
  const m = only(ms, 'Free Patriotic Army');
  assert.equal(m.code, 'REB');
  assert.equal(m.kind, 'group');
  assert.equal(m.country, null);
  assert.deepEqual(rules(m), ['org.unknown-name', 'orgword.rebel', 'context.no-country']);
  // with a country in the name and no rebel word, an army is that country's military
  assert.equal(only(mentions('The Royal Tonga Army paraded.'), 'Royal Tonga Army').code, 'TONMIL');
});

test('the sector comes from the words of the name, the country from the article like a role', () => {
  const m = only(mentions('Teachers in Kenya are angry. The National Union of Teachers called a strike.'), 'National Union of Teachers');
  assert.equal(m.code, 'KENLAB');
  assert.equal(m.kind, 'organisation');
  assert.deepEqual(rules(m), ['org.unknown-name', 'orgword.labour', 'context.article-country']);
  // a party is a party whatever its other words say
  assert.equal(only(mentions("In Brazil, the Workers' Party won."), "Workers' Party").code, 'BRAPTY');
  // the row written first decides: REL before the GOV of "State"
  assert.equal(only(mentions('The State Council of Churches urged calm.'), 'State Council of Churches').sector, 'REL');
});

test('a country named inside the name wins over any inference', () => {
  const ms = mentions('Egypt and Libya talked. The Human Rights Council of Guyana condemned the arrests.');
  const m = only(ms, 'Human Rights Council of Guyana');
  assert.equal(m.code, 'GUYHRI');
  assert.equal(m.country, 'GUY');
  assert.ok(rules(m).includes('wc.name.GUY'));
  const army = only(mentions('Protests spread in Egypt. The Supreme Council of the Armed Forces announced a curfew.'), 'Supreme Council of the Armed Forces');
  assert.equal(army.code, 'EGYMIL');
});

test('later mentions of the same name are the same actor', () => {
  const ms = mentions('In Kenya, the National Union of Teachers called a strike. Uganda and Uganda and Uganda watched. The National Union of Teachers then met ministers.');
  const all = ms.filter((m) => m.text === 'National Union of Teachers');
  assert.equal(all.length, 2);
  assert.equal(all[1].code, 'KENLAB'); // not Uganda, the article's country by then
  assert.deepEqual(rules(all[1]), ['coref.org-name']);
});

test('"opposition" before the name makes a party OPP', () => {
  const m = only(mentions('Zambia voted. The main opposition Democratic Alliance rejected the result.'), 'opposition Democratic Alliance');
  assert.equal(m.code, 'ZMBOPP');
  assert.ok(rules(m).includes('org.opposition'));
  // a lower-case "party" after the name says it is one
  assert.equal(only(mentions('Zambia voted. The Popular Force party won.'), 'Popular Force party').code, 'ZMBPTY');
});

test('international, regional and ethnic names take no country from the article', () => {
  const m = only(mentions('Kenya said so. The Atlantic Justice Commission said so.'), 'Atlantic Justice Commission');
  assert.equal(m.country, null);
  const kurds = only(mentions('Turkey said so. The Kurdish Democratic Union Party said so.'), 'Kurdish Democratic Union Party');
  assert.equal(kurds.code, 'PTY');
  assert.ok(rules(kurds).includes('context.region'));
});

test('a place after the name locates it; role words after the name belong to it', () => {
  const m = only(mentions('An official of the Association of Tibetan Lawyers in India spoke.'), 'Association of Tibetan Lawyers in India');
  assert.equal(m.code, 'INDJUD');
  assert.ok(rules(m).includes('role.location'));
  const f = only(mentions('Free Patriotic Army fighters attacked the town.'), 'Free Patriotic Army fighters');
  assert.equal(f.code, 'REB');
});

test('an acronym definition takes the same sector', () => {
  const ms = mentions('The Kenya Medical Association (KMA) called a strike. The KMA said so.');
  assert.equal(only(ms, 'Kenya Medical Association (KMA)').code, 'KENHLH');
  assert.equal(only(ms, 'KMA').code, 'KENHLH');
});

test('no organisation: projects, sport, ordinary capitals, names dyad knows, roles, two names joined', () => {
  assert.deepEqual(codes('The Belt and Road Initiative was discussed.'), []);
  assert.deepEqual(codes('The Champions League final was played in the rain.'), []);
  assert.deepEqual(codes('The Barbados Football Association met.'), []);
  assert.deepEqual(codes('Union leaders said they would strike.'), ['Union leaders=LAB']);
  assert.deepEqual(codes('The European Union and the African Union met.'), ['European Union=IGOEUREEC', 'African Union=IGOAFRAFU']);
  assert.deepEqual(rules(only(mentions('The Interior Ministry said three people died.'), 'Interior Ministry'))[0], 'title.ministry');
  assert.ok(!mentions('The Illinois Republican and Air Force met.').some((m) => m.evidence[0].rule === 'org.unknown-name'));
  assert.deepEqual(codes('The KZTW Executive Council met on Monday.'), []); // an organ of an organisation dyad does not know
  // a headline: capitals say nothing there
  assert.ok(!mentions('Free Patriotic Army Attacks Police Post In Border Town').some((m) => m.evidence[0].rule === 'org.unknown-name'));
  assert.deepEqual(codes('Protesting Farmers came.'), []);
});

test('a bad line of organisation-words.tsv names its file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-orgwords-'));
  try {
    cpSync(DEFAULT_ACTOR_LEXICON_DIR, dir, { recursive: true });
    const path = join(dir, 'organisation-words.tsv');
    writeFileSync(path, readFileSync(path, 'utf8') + 'orgword.broken\tword\tBoats\tXYZ\tinfer\tno such sector\n');
    assert.throws(() => loadActorKnowledge(dir), /organisation-words\.tsv:\d+: unknown sector "XYZ"/);
    writeFileSync(path, readFileSync(path, 'utf8').replace('XYZ\tinfer', 'NGO\tsomewhere'));
    assert.throws(() => loadActorKnowledge(dir), /unknown country policy "somewhere"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a name in the actor dictionary wins', async () => {
  const { KnownActors } = await import('../../src/actors/dictionary/known.ts');
  const { findMentions } = await import('../../src/actors/index.ts');
  const { doc, kb } = await import('./helpers.ts');
  const known = new KnownActors([{ id: 'free-patriotic-army', name: 'FREE PATRIOTIC ARMY', aliases: [], codes: [{ code: 'TCDREBFPA' }], source: 'user' }]);
  const ms = findMentions(doc('The Free Patriotic Army attacked a police post.'), kb(), known);
  assert.equal(only(ms, 'Free Patriotic Army').code, 'TCDREBFPA');
});

test("an actor in the possessive before the name gives its country: \"Saddam Hussein's Ba'ath Party\"", () => {
  const m = only(mentions("Israeli officials met members of Saddam Hussein's Ba'ath Party."), "Ba'ath Party");
  assert.equal(m.code, 'IRQPTY'); // not Israel, the article's country
  assert.ok(rules(m).includes('org.owner'));
});

test('"the Union", "the Council": the last organisation named with that head', () => {
  const ms = mentions('In Kenya, the National Union of Teachers called a strike. Then the Union met the minister.');
  const back = only(ms, 'Union');
  assert.equal(back.code, 'KENLAB');
  assert.deepEqual(rules(back), ['coref.org-head']);
  assert.equal(only(mentions('The UN Security Council met on Monday. The Council expressed concern.'), 'Council').code, 'IGOUNO');
  assert.deepEqual(codes('The Council met on Monday.'), []); // nothing named before
});
