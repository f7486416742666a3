import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ACTOR_LEXICON_DIR, loadActorKnowledge, findMentions } from '../../src/actors/index.ts';
import { findPersons, loadGenderLexicon, type ArticlePersons } from '../../src/actors/gender.ts';
import { doc, kb } from './helpers.ts';

const lexicon = loadGenderLexicon(DEFAULT_ACTOR_LEXICON_DIR);

function persons(text: string): ArticlePersons {
  const d = doc(text);
  return findPersons(d, findMentions(d, kb()), kb(), lexicon);
}

/** "name:gender" for every person named, in text order ("?" unknown, "*" an actor). */
function genders(text: string): string[] {
  const p = persons(text);
  return p.persons.map((x) => `${x.text}${x.mention ? '*' : ''}:${p.gender(x.entity) ?? '?'}`);
}

function withEdited(file: string, edit: (text: string) => string, load: (dir: string) => unknown, check: RegExp): void {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-gender-'));
  try {
    cpSync(DEFAULT_ACTOR_LEXICON_DIR, dir, { recursive: true });
    writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
    assert.throws(() => load(dir), (err: Error) => check.test(err.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('given-names.tsv and the gender column of people.tsv are checked line by line', () => {
  withEdited('given-names.tsv', (t) => t + 'given.test\tboth\tZorander\tneither class\n', loadGenderLexicon, /given-names\.tsv:\d+: unknown class "both"/);
  withEdited('given-names.tsv', (t) => t + 'given.test\tfemale\tVladimir\ta man\'s name listed as a woman\'s\n', loadGenderLexicon, /given-names\.tsv:\d+: "Vladimir" is also listed as male/);
  withEdited('given-names.tsv', (t) => t + 'given.test\tmale\tJean Paul\ttwo words\n', loadGenderLexicon, /given-names\.tsv:\d+: bad name "Jean Paul"/);
  withEdited('people.tsv', (t) => t + 'person.test\tTessa Varn\tVarn\tGBRGOV\tGBR\tGOV\tinvented\tx\n', loadActorKnowledge, /people\.tsv:\d+: bad gender "x"/);
  // the column is optional
  assert.equal(kb().people.get('vladimir putin')?.gender, 'm');
});

test('evidence: titles, gendered nouns in apposition, given names, people.tsv', () => {
  assert.deepEqual(genders('Ms Halvorsen met Mr Dekker in the city.'), ['Halvorsen:f', 'Dekker:m']);
  assert.deepEqual(genders('Lorin’s mother, Darsa, was silent. Kovac, her husband, was not.'), ['Lorin:?', 'Darsa:f', 'Kovac:m']);
  assert.deepEqual(genders('Nasrin Karimova left. Karimova married Dekker.'), ['Nasrin Karimova:f', 'Karimova:f', 'Dekker:?']);
  const p = persons('Vladimir Putin spoke. Putin left.');
  assert.deepEqual(p.persons.map((x) => p.gender(x.entity)), ['m', 'm']);
});

test('a pronoun after a verb of speech tells the gender of the only person named', () => {
  assert.deepEqual(genders('Gabriella Ostrova said that she was single.'), ['Gabriella Ostrova:f']);
  assert.deepEqual(genders('Ostrova said her family had left.'), ['Ostrova:f']);
  // an object "her" says nothing, nor does a sentence naming two persons
  assert.deepEqual(genders('Ostrova told her to leave.'), ['Ostrova:?']);
  assert.deepEqual(genders('Ostrova met Dekker and said he was tired.'), ['Ostrova:?', 'Dekker:?']);
});

test('stronger evidence wins; conflicting evidence of one strength is no answer', () => {
  // "Mr" before a woman's given name: the title wins
  assert.deepEqual(genders('Mr Maria Kessler said she would stay.'), ['Maria Kessler:m']);
  assert.deepEqual(genders('Ms Kessler arrived. Mr Kessler left.'), ['Kessler:?', 'Kessler:?']);
});
