/**
 * Groups of people whose country the text does not state: teachers, workers, citizens take the
 * article's country like a government body, and the place where they act beats that inference.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code } from '../pipeline/helpers.ts';

test('people of a trade take the country of the dateline or the article', () => {
  const [e] = code('NAIROBI, March 4 - Nurses went on strike on Monday demanding unpaid allowances.');
  assert.equal(e.source.code, 'KENHLH');
  assert.equal(e.cameo, '143');
});

test('the place of the act beats a country inferred from the article', () => {
  const text =
    'Kazakhstan and Kyrgyzstan signed a border treaty on Monday. Kazakhstan will build two new crossings. ' +
    'About three hundred people protested outside the parliament in Bishkek on Tuesday.';
  const protest = code(text).find((e) => e.cameo.startsWith('14'));
  assert.ok(protest, 'the protest is coded');
  assert.equal(protest.source.code, 'KGZCVL');
  assert.ok(protest.source.evidence.some((x) => x.rule === 'context.event-place'));
});

test('a stated country is never replaced by the place', () => {
  const [e] = code('Nepali workers protested outside the labour ministry in Doha on Sunday.');
  assert.equal(e.source.code, 'NPLLAB');
});

test('people whose group a phrase names are not given the article country', () => {
  const events = code('Doctors from two Swiss aid groups donated medicine to a hospital in Yemen.');
  assert.ok(events.every((e) => e.source.country !== 'YEM'), events.map((e) => e.source.code).join(' '));
});

test('a pair of states does not target people the article country was guessed for', () => {
  const events = code('Armenia and Azerbaijan agreed to exchange detainees.');
  assert.deepEqual(events.map((e) => `${e.source.code}>${e.target?.code ?? '-'}`).sort(), ['ARM>AZE', 'AZE>ARM']);
});

test('a group is not of the place its journey reached', () => {
  const come = code('Hundreds of fighters travelled to Kenya last year.').find((x) => x.cameo === '042');
  assert.ok(come, 'the journey is coded');
  assert.ok(!come.source.code.startsWith('KEN'), come.source.code);
  assert.ok(!come.source.evidence.some((x) => x.rule === 'context.event-place'));
});
