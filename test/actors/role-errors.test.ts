/**
 * Role phrases that used to take the wrong actor: each test is a class of error, on invented
 * sentences (an appositive known person, a pair of leaders, a demonym + sector noun + people noun,
 * an editor's bracketed demonym, a spokesman for someone, legislative leaders, hyphenated modifiers).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, mentions, only, rules } from './helpers.ts';

test('a role with a known person in apposition is that person, not the article country', () => {
  const ms = mentions('German Chancellor Olaf Brandt met French officials. The prime minister, Theresa May, spoke later.');
  const m = only(ms, 'prime minister, Theresa May');
  assert.equal(m.code, 'GBRGOV');
  assert.equal(m.kind, 'person');
  assert.ok(!rules(m).includes('context.article-country'));
  // a one-word famous name in apposition
  assert.equal(only(mentions('Greek diplomats walked out of the talks. The president, Erdogan, stayed.'), 'president, Erdogan').code, 'TURGOV');
});

test('a title before a known name keeps the whole name, even a word that is also a month', () => {
  const ms = mentions('Israeli Prime Minister Dan Orlev spoke first. Later, Prime Minister Theresa May called him.');
  const m = only(ms, 'Prime Minister Theresa May');
  assert.equal(m.code, 'GBRGOV');
});

test("a role after a person's possessive is of that person's country", () => {
  const ms = mentions('Turkey protested again. Syrian President Omar Haddad’s forces shelled the border town.');
  const m = only(ms, 'forces');
  assert.equal(m.code, 'SYRMIL');
  assert.ok(rules(m).includes('role.owner'));
  assert.equal(only(mentions('Chile hosted the summit. Kenyan President Omar Haddad left early. Haddad’s government fell.'), 'government').code, 'KENGOV');
});

test('a bare office after a listed person who holds it refers back to that person', () => {
  const ms = mentions('Kenya hosted the talks. Theresa May met Donald Trump in Nairobi. The prime minister said no. The president agreed.');
  assert.equal(only(ms, 'prime minister').code, 'GBRGOV');
  assert.equal(only(ms, 'president').code, 'USAGOV');
  assert.ok(rules(only(ms, 'president')).includes('coref.role'));
});

test('a listed surname glued after a particle of another name is that other name', () => {
  assert.deepEqual(codes('Kenya rented the Ayn al-Assad airbase.'), ['Kenya=KEN']);
  assert.deepEqual(codes('Turkey waited. Then al-Assad spoke.'), ['Turkey=TUR', 'Assad=SYRGOV']);
});

test('"the two leaders" are the two persons named last, not the most named countries', () => {
  const a = only(mentions('Theresa May met Angela Merkel in Paris. The two leaders discussed trade.'), 'The two leaders');
  assert.deepEqual(a.members!.map((x) => x.code), ['GBRGOV', 'DEUGOV']);
  const b = only(mentions('Spain sent troops. Italy sent ships. President Emile Corvin of France met Theresa May. Both leaders spoke.'), 'Both leaders');
  assert.deepEqual(b.members!.map((x) => x.code), ['FRAGOV', 'GBRGOV']);
  // countries, not persons: unchanged
  const c = only(mentions('Chile and Peru signed a deal on Monday. The two leaders praised it.'), 'The two leaders');
  assert.deepEqual(c.members!.map((x) => x.code), ['CHLGOV', 'PERGOV']);
});

test('a demonym, sector nouns and a people noun are one mention', () => {
  assert.deepEqual(codes('Israeli defence officials said the raid was over.'), ['Israeli defence officials=ISRGOV']);
  assert.deepEqual(codes('Egyptian security officials denied it.'), ['Egyptian security officials=EGYGOV']);
  assert.deepEqual(codes('American intelligence officials briefed the panel.'), ['American intelligence officials=USASPY']);
  assert.deepEqual(codes('Jordanian defence and security officials met on Monday.'), ['Jordanian defence and security officials=JORGOV']);
  assert.deepEqual(codes('Israeli military officials said so.'), ['Israeli military officials=ISRMIL']);
  // a sector noun alone is no role
  assert.deepEqual(codes('Israeli defence spending rose.'), ['Israeli=ISR']);
  assert.deepEqual(codes('Canada raised its defence budget.'), ['Canada=CAN']);
});

test("an editor's bracketed demonym qualifies the role after it", () => {
  assert.deepEqual(codes('He said the [Syrian] government had lost the town.'), ['[Syrian] government=SYRGOV']);
  assert.deepEqual(codes('She wrote that [Iraqi] troops had left.'), ['[Iraqi] troops=IRQMIL']);
});

test('a spokesman for, or an aide to, someone takes that one’s country and sector', () => {
  const a = mentions('Turkey was quiet. In Berlin, a spokesman for Erdogan said no.');
  assert.equal(only(a, 'spokesman for Erdogan').code, 'TURGOV');
  const b = mentions('In Berlin, an aide to the president of Iran said no.');
  assert.equal(only(b, 'aide to the president of Iran').code, 'IRNGOV');
  const c = mentions('In Paris, a spokeswoman for the Kremlin denied it.');
  assert.equal(only(c, 'spokeswoman for the Kremlin').code, 'RUSGOV');
  const d = mentions('Lebanon protested. A spokesman for the Israeli army said the shelling would go on.');
  assert.equal(only(d, 'spokesman for the Israeli army').code, 'ISRMIL');
  // one who serves no actor is none
  assert.deepEqual(codes('A spokesman for the family declined to comment.'), []);
  // an envoy to a country serves there: not that country's
  const e = mentions('The French envoy to Mali left on Sunday.');
  assert.equal(only(e, 'French envoy').code, 'FRAGOV');
});

test('leaders and speakers of a legislature are the legislature', () => {
  assert.equal(only(mentions('In Washington, the Senate majority leader blocked the bill.'), 'Senate majority leader').code, 'USALEG');
  assert.equal(only(mentions('In Washington, the House speaker met the press.'), 'House speaker').code, 'USALEG');
  assert.equal(only(mentions('In Ankara, the opposition leader in parliament walked out.'), 'opposition leader in parliament').code, 'TURLEG');
  assert.equal(only(mentions('Nigeria voted. The leader of the Senate resigned.'), 'leader of the Senate').code, 'NGALEG');
});

test('a role word opening a hyphenated modifier is no actor', () => {
  const ms = mentions('In Kenya, a police-reform bill and voter-suppression measures angered army-backed groups and government-run farms.');
  assert.deepEqual(ms.map((m) => m.text), ['Kenya']);
  // a compound modifier before the role is passed over like an adjective
  assert.equal(only(mentions("Kenya's army-backed government resigned."), "Kenya's army-backed government").code, 'KENGOV');
  // the holder of a territory stays: shelling a rebel-held town targets the rebels
  assert.deepEqual(codes('Chadian troops shelled a rebel-held town.'), ['Chadian troops=TCDMIL', 'rebel=REB']);
  // the backer is not the actor, the rebels are
  assert.deepEqual(codes('Russian-backed rebels shelled the town.'), ['rebels=REB']);
  // real compound titles and -led stay
  assert.deepEqual(codes('NATO-led troops arrived as the vice-president of Ghana left.'), ['NATO-led troops=IGOWSTNAT', 'vice-president of Ghana=GHAGOV']);
});
