import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../src/nlp/wink.ts';

const doc = (text: string) => analyse({ id: 't', text, published: null, origin: { file: 't' } });
const signature = (text: string) => doc(text).tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`).join(' ');

test('tokens do not depend on the texts read before', () => {
  const later = 'The envoy rejected Quorvath’s proposal and Zelbrin’s allies left.';
  const before = signature(later);
  signature('Nobody trusted Quorvath’s. Zelbrin’s. Others read Quorvath’s plan.');
  assert.equal(signature(later), before);
});

test('possessives are split from their word', () => {
  const tokens = doc('It was Tarsova’s decision.').tokens.map((t) => t.text);
  assert.deepEqual(tokens.slice(2, 4), ['Tarsova', '’s']);
});

test('offsets point into the text and sentences split at blank lines', () => {
  const text = 'FIJI TO HOST TALKS\n\nFiji will host talks on Monday. Tonga agreed.';
  const d = doc(text);
  for (const t of d.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(d.sentences.map((s) => text.slice(s.start, s.end)), ['FIJI TO HOST TALKS', 'Fiji will host talks on Monday.', 'Tonga agreed.']);
});

test('lemmas and POS come from wink-nlp', () => {
  const d = doc('Russia imposed sanctions.');
  assert.deepEqual(d.tokens.map((t) => [t.pos, t.lemma]), [['PROPN', 'russia'], ['VERB', 'impose'], ['NOUN', 'sanction'], ['PUNCT', '.']]);
});

test('proper-noun chunks', () => {
  const text = 'Foreign Minister Anna Berg met the Secretary of State.';
  const d = doc(text);
  assert.deepEqual(d.chunks.map((c) => text.slice(c.start, c.end)), ['Foreign Minister Anna Berg', 'Secretary of State']);
});

test('letters beyond Latin-1 stay inside their word, offsets point into the original text', () => {
  const text = 'Recep Tayyip Erdoğan met Lech Wałęsa in İstanbul.';
  const doc = analyse({ id: 'x', text, published: null, origin: { file: 'x' } });
  const words = doc.tokens.map((t) => t.text);
  assert.ok(words.includes('Erdoğan') && words.includes('Wałęsa') && words.includes('İstanbul'), words.join(' '));
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(doc.tokens.find((t) => t.text === 'Erdoğan')?.lemma, 'erdogan');
});
