/** Every CAMEO code (roots aside) is reachable by at least one lexicon pattern. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCameo } from '../../src/ontology/cameo.ts';
import { loadEventLexicon } from '../../src/events/lexicon.ts';

test('every CAMEO event code has a pattern', () => {
  const cameo = loadCameo();
  const lexicon = loadEventLexicon(cameo);
  const used = new Set([...lexicon.verbs.values(), ...lexicon.nouns.values()].flat().map((e) => e.cameo));
  const missing = [...cameo.keys()].filter((code) => code.length > 2 && !used.has(code));
  assert.deepEqual(missing, []);
});
