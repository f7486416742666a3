/**
 * Planned and future events through the whole coder (docs/DATES.md): a future act is an intent
 * dated by its statement; a meeting, visit or deal named by a noun that is planned, expected,
 * proposed, cancelled or put off did not happen and is not coded. Invented sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, sharedCoder } from './helpers.ts';
import { codeArticle } from '../../src/pipeline/coder.ts';

/** 2026-11-04 is a Wednesday. */
const WED = '2026-11-04';

const summary = (text: string) => code(text, WED).map((e) => `${e.source.country ?? e.source.code}>${e.target?.country ?? e.target?.code ?? '-'}:${e.cameo}@${e.date?.value}/${e.date?.basis}`);

/** The reasons the coder gave for nominal events it left out. */
function drops(text: string): string[] {
  const r = codeArticle(sharedCoder(), { id: 'test', text, published: WED, origin: { file: 'test' } });
  return r.trace.flatMap((t) => t.coding.dropped.filter((d) => d.entry.startsWith('n.')).map((d) => d.reason));
}

test('a future meeting is an intent dated by its statement, not by the day planned', () => {
  for (const e of summary('Leaders of Ecuador and Peru will meet on Friday.')) assert.match(e, /:036@2026-11-04\/published$/);
  const stated = summary('The Ecuadorian foreign minister said on Tuesday that the leaders of Ecuador and Peru will meet on Friday.');
  assert.ok(stated.length > 0, 'the intent is coded');
  for (const e of stated) assert.match(e, /:036@2026-11-03\/text$/);
  const would = summary('Ecuador said on Monday it would host talks with Peru on Friday.');
  assert.deepEqual(would, ['ECU>PER:036@2026-11-02/text']);
});

test('an act beside a planned clause is not dated by the planned day', () => {
  const [expel] = code('Peru, which will host talks with Ecuador on Friday, expelled a Chilean diplomat.', WED).filter((e) => e.cameo.startsWith('16'));
  assert.ok(expel, 'the expulsion is coded');
  assert.deepEqual([expel.date?.value, expel.date?.basis], [WED, 'published']);
  const [agree] = code('Ecuador agreed to hold talks with Peru next month.', WED);
  assert.deepEqual([agree?.cameo, agree?.date?.value, agree?.date?.basis], ['036', WED, 'published']);
});

test('a planned, expected or proposed meeting named by a noun is not coded', () => {
  const texts = [
    'A summit between Ecuador and Peru will be held in Lima next week.',
    'A summit between Ecuador and Peru to be held in Quito next week drew protests from farmers.',
    "Iran's planned visit to Ecuador drew criticism from the opposition.",
    "The Peruvian president's upcoming visit to Quito has been welcomed by business leaders.",
    "Next month's talks between Ecuador and Peru will focus on fishing rights.",
    'The upcoming meeting between Ecuador and Peru drew protests.',
    'An expected deal between Ecuador and Peru could lift tariffs on bananas.',
    'A proposed ceasefire between Armenia and Azerbaijan is under discussion.',
    'Talks between Ecuador and Peru are due to resume next Monday.',
    'Talks between Ecuador and Peru are expected to focus on the border.',
    "Bolivia's visit to Ecuador next month was confirmed by officials.",
    'The summit between Ecuador and Peru, which will be held in Lima, drew protests.',
  ];
  for (const text of texts) assert.deepEqual(summary(text).filter((e) => /:0[4-7]\d*@/.test(e)), [], text);
  assert.ok(drops('The upcoming meeting between Ecuador and Peru drew protests.').some((r) => /upcoming/.test(r)));
});

test('a cancelled or postponed meeting named by a noun is not coded', () => {
  const texts = [
    'The postponed negotiations between Ecuador and Peru may now take place in June.',
    'Talks between Ecuador and Peru were postponed.',
    'The summit between Ecuador and Peru has been cancelled because of the floods.',
    'A cancelled visit by the Peruvian president to Quito strained ties.',
    'The summit between Ecuador and Peru, due next week, was called off.',
  ];
  for (const text of texts) assert.deepEqual(summary(text).filter((e) => /:0[4-7]\d*@/.test(e)), [], text);
  assert.ok(drops('Talks between Ecuador and Peru were postponed.').some((r) => /postponed/.test(r)));
});

test('past meetings named by a noun keep their events and dates', () => {
  assert.deepEqual(summary("Xi's visit to Pakistan in April was a success."), ['CHN>PAK:042@2026-04/text']);
  assert.deepEqual(summary('The talks between Ecuador and Peru on Monday ended without agreement.').filter((e) => e.includes(':04')), ['ECU>PER:040@2026-11-02/text', 'PER>ECU:040@2026-11-02/text']);
  assert.deepEqual(summary("Last week's summit between Ecuador and Peru produced a joint statement.").filter((e) => e.includes(':04')).length, 2);
  assert.deepEqual(summary('Talks between Ecuador and Peru were held in Lima on Monday.').filter((e) => e.includes(':04')), ['ECU>PER:040@2026-11-02/text', 'PER>ECU:040@2026-11-02/text']);
  assert.equal(summary("The Peruvian president's recent visit to Quito was welcomed by business leaders.").filter((e) => e.startsWith('PER>ECU:042')).length, 1);
});

test('a predicate saying the meeting took place outweighs a word that it was planned or put off', () => {
  assert.deepEqual(summary('The postponed negotiations between Ecuador and Peru resumed on Monday.'), ['ECU>PER:046@2026-11-02/text', 'PER>ECU:046@2026-11-02/text']);
  assert.deepEqual(summary('An expected deal between Ecuador and Peru was signed in Lima on Monday.'), ['ECU>PER:057@2026-11-02/text', 'PER>ECU:057@2026-11-02/text']);
  assert.equal(summary('The long-delayed summit between Ecuador and Peru finally took place on Tuesday.').length, 2);
});

test('an infinitive of purpose or content after the noun says nothing of a plan', () => {
  assert.deepEqual(summary('A deal between Ecuador and Peru to cut tariffs took effect on Monday.'), ['ECU>PER:057@2026-11-02/text', 'PER>ECU:057@2026-11-02/text']);
});
