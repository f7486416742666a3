/**
 * Authorities and forces of an ethnic group that is not the state (homeland-roles.tsv), and
 * descriptions of an armed group (a backer before it, "-led", a name in apposition). Invented
 * sentences; each test is a class of construction that used to take the wrong actor.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, mentions, only, rules } from './helpers.ts';

test("an ethnic group's authorities in a homeland it governs de facto are no organ of that state", () => {
  // north-east Syria: the Kurdish-led administration, a constructed group code that keeps SYR
  for (const text of [
    'Damascus rejected the plan. Kurdish authorities said they would try the detainees themselves.',
    'Syria closed the crossing. A Kurdish delegation visited Paris and Berlin this week.',
    'Syria closed the crossing. The Kurdish administration signed a deal with Norway.',
  ]) {
    const m = mentions(text).find((x) => x.text.startsWith('Kurdish'))!;
    assert.equal(m.code, 'SYRREBAAN', text);
    assert.equal(m.country, 'SYR', text);
    assert.ok(rules(m).includes('homerole.kurds-syria-rule'), text);
  }
  // "the leader of the Syrian Kurds" reads as "Syrian Kurdish leader"
  assert.equal(only(mentions('The leader of the Syrian Kurds asked for an observer force.'), 'leader of the Syrian Kurds').code, 'SYRREBAAN');
  // a named person of the group keeps the group's code
  const ahmed = mentions('Syria closed the crossing. Kurdish leader Hevi Amara flew to Washington.').find((x) => x.text.includes('Amara'))!;
  assert.equal(ahmed.code, 'SYRREBAAN');
  assert.equal(ahmed.kind, 'person');
});

test("where the group's region is a constitutional part of the state it is the state; where it has none, the opposition", () => {
  assert.equal(only(mentions('Iraq held talks in Baghdad. Kurdish officials walked out.'), 'Kurdish officials').code, 'IRQGOV');
  assert.equal(only(mentions('Ankara jailed two mayors. Kurdish leaders called a strike.'), 'Kurdish leaders').code, 'TUROPP');
  assert.equal(only(mentions('Iran hanged three men. Kurdish officials condemned the hangings.'), 'Kurdish officials').code, 'IRNOPP');
  // the named bodies
  assert.equal(only(mentions('The Kurdistan Regional Government paid salaries.'), 'Kurdistan Regional Government').code, 'IRQGOV');
  assert.equal(only(mentions('The Syrian Democratic Council met the envoy.'), 'Syrian Democratic Council').code, 'SYRREBAAN');
});

test('a place after the role, or where the sentence puts the group, chooses the homeland over the article', () => {
  const ms = mentions('Turkey warned its neighbours again. Kurdish fighters in Syria captured two villages.');
  const m = ms.find((x) => x.text.startsWith('Kurdish fighters'))!;
  assert.equal(m.code, 'SYRREBSDF');
  // an army role is never located by a place, but an ethnic group's forces are where they live
  assert.equal(only(mentions('Turkey warned its neighbours again. Kurdish forces in Syria shelled a base.'), 'Kurdish forces').code, 'SYRREBSDF');
  assert.equal(only(mentions('Turkey warned its neighbours. Norway trained Kurdish forces fighting Isis in Syria.'), 'Kurdish forces').code, 'SYRREBSDF');
  // a demonym before the ethnic word states the homeland
  assert.equal(only(mentions('Turkey warned its neighbours. Syrian Kurdish forces held the dam.'), 'Syrian Kurdish forces').code, 'SYRREBSDF');
  assert.equal(only(mentions('Turkey warned its neighbours. Iraqi Kurdish officials held talks.'), 'Iraqi Kurdish officials').code, 'IRQGOV');
  // the article's homeland is the one it names most, not one named in passing last
  const story = 'Syria shelled the border towns. Syria also closed the crossing. Some families fled to Iraq. Kurdish forces said they held the dam.';
  assert.equal(only(mentions(story), 'Kurdish forces').country, 'SYR');
  // without a place the article's homeland stands: in Turkey, Kurdish fighters are rebels, never its army
  assert.equal(only(mentions('Turkey warned its neighbours. Kurdish forces ambushed a patrol.'), 'Kurdish forces').code, 'TURREB');
});

test('"X-led forces" of an ethnic group is that group\'s role, not a bare role of the article', () => {
  const ms = mentions('American troops left Syria in March. Kurdish-led forces took the town.');
  const m = only(ms, 'Kurdish-led forces');
  assert.equal(m.code, 'SYRREBSDF');
  assert.ok(!rules(m).includes('coref.role'));
  assert.equal(only(mentions('Turkey shelled a town. The US partnered with Syrian Kurdish-led forces.'), 'Syrian Kurdish-led forces').code, 'SYRREBSDF');
});

test('an armed role in apposition with a named armed group is that group', () => {
  const ms = mentions('American troops left the base. The forces, the Syrian Democratic Forces, took the dam.');
  const m = only(ms, 'forces');
  assert.equal(m.code, 'SYRREBSDF');
  assert.ok(rules(m).includes('role.apposition'));
  assert.equal(only(mentions('Iraq said the militia, Kataib Hezbollah, fired rockets.'), 'militia').code, 'IRQREBKTH');
  // "known as" names it too, and a later bare role refers back to the group's country, not the article's homeland
  const story = 'Ankara will never accept the Kurdish militia, known as the YPG, on its border. Two days later the fighters withdrew.';
  assert.equal(only(mentions(story), 'Kurdish militia').code, 'SYRREBYPG');
  assert.equal(only(mentions(story), 'fighters').country, 'SYR');
  // a list is no apposition
  assert.ok(!rules(only(mentions('Iraqi troops and the fighters, the SDF and the YPG met.'), 'fighters')).includes('role.apposition'));
});

test('a group named by its backer takes no country from an earlier group of the same role', () => {
  const ms = mentions('Iranian militias shelled the town. US-backed fighters then stormed the village.');
  const m = only(ms, 'fighters');
  assert.equal(m.country, null);
  assert.ok(!rules(m).includes('coref.role'));
  assert.deepEqual(codes('Russian militias shelled the town. Turkish-backed rebels held the road.').filter((c) => c.startsWith('rebels')), ['rebels=REB']);
});
