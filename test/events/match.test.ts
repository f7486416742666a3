import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse } from '../../src/nlp/wink.ts';
import { loadCameo } from '../../src/ontology/cameo.ts';
import { loadEventLexicon, parsePattern } from '../../src/events/lexicon.ts';
import { matchAt } from '../../src/events/match.ts';
import { LEXICON_DIR } from '../../src/util/paths.ts';

const cameo = loadCameo();

function lexiconOf(rows: string[]): ReturnType<typeof loadEventLexicon> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-lex-'));
  copyFileSync(join(LEXICON_DIR, 'cameo.tsv'), join(dir, 'cameo.tsv'));
  writeFileSync(join(dir, 'verbs.tsv'), `# test lexicon\n${rows.join('\n')}\n`);
  return loadEventLexicon(cameo, dir);
}

function firstMatch(sentence: string, rows: string[], anchor: string) {
  const lexicon = lexiconOf(rows);
  const doc = analyse({ id: 't', text: sentence, published: null, origin: { file: 't' } });
  const at = doc.tokens.findIndex((t) => t.lower === anchor);
  assert.ok(at >= 0, `anchor ${anchor} in "${sentence}"`);
  const entries = lexicon.verbs.get(doc.tokens[at].lemma) ?? [];
  return { doc, match: matchAt({ tokens: doc.tokens, end: doc.tokens.length, mentionAt: new Map() }, entries, at) };
}

test('the most specific entry wins', () => {
  const rows = ['agree\t030\tagree\tagreement', 'agree.to\t030\tagree to\tintent', 'agree.to-meet\t036\tagree to meet|talk|negotiate\tintent to meet'];
  assert.equal(firstMatch('They agreed to meet next week.', rows, 'agreed').match?.entry.id, 'agree.to-meet');
  assert.equal(firstMatch('They agreed to cooperate.', rows, 'agreed').match?.entry.id, 'agree.to');
  assert.equal(firstMatch('They agreed.', rows, 'agreed').match?.entry.id, 'agree');
});

test('gaps skip determiners, adjectives and numbers but not verbs of another clause', () => {
  const rows = ['impose.sanction\t163\timpose * sanction\tsanctions'];
  assert.equal(firstMatch('Washington imposed fresh economic sanctions on Tehran.', rows, 'imposed').match?.entry.id, 'impose.sanction');
  assert.equal(firstMatch('Washington imposed a curfew that triggered sanctions.', rows, 'imposed').match, null);
});

test('hyphenated pattern words match however the tokenizer splits them', () => {
  const rows = ['give.go-ahead\t036\tgive * go-ahead for\tapproval to negotiate'];
  const { match } = firstMatch('The cabinet gave the go-ahead for talks.', rows, 'gave');
  assert.equal(match?.entry.id, 'give.go-ahead');
});

test('matched words are reported for evidence', () => {
  const rows = ['launch.airstrike\t195\tlaunch * air strike|airstrike\tair strikes'];
  const { doc, match } = firstMatch('The air force launched retaliatory air strikes overnight.', rows, 'launched');
  assert.deepEqual(match?.matched.map((i) => doc.tokens[i].text), ['launched', 'air', 'strikes']);
});

test('bad lexicon lines are rejected with file and line', () => {
  assert.throws(() => lexiconOf(['ok\t030\tagree\tfine', 'bad\t999\tagree\tunknown code']), /verbs\.tsv:3: unknown CAMEO code "999"/);
  assert.throws(() => lexiconOf(['dup\t030\tagree\tone', 'dup\t030\tpledge\ttwo']), /duplicate id "dup"/);
  assert.throws(() => lexiconOf(['short\t030\tagree']), /expected 4 tab-separated columns/);
  assert.throws(() => parsePattern('Agree to', { file: 'x', line: 1 }), /lower-case anchor/);
  assert.throws(() => parsePattern('agree to *', { file: 'x', line: 1 }), /must not end with a gap/);
});
