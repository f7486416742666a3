import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ACTOR_LEXICON_FILES,
  DEFAULT_ACTOR_LEXICON_DIR,
  actorLexiconFiles,
  countryName,
  findMentions,
  loadActorKnowledge,
} from '../../src/actors/index.ts';
import { doc, kb } from './helpers.ts';

function withBrokenFile(file: string, edit: (text: string) => string, check: (err: Error) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-actors-'));
  try {
    cpSync(DEFAULT_ACTOR_LEXICON_DIR, dir, { recursive: true });
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    assert.throws(() => loadActorKnowledge(dir), (err: Error) => {
      check(err);
      return true;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a bad line throws an error naming the file and line', () => {
  withBrokenFile('titles.tsv', (t) => t + 'title.broken\tboss\t-\tXYZ\tperson\tno such sector\n', (err) => {
    assert.match(err.message, /titles\.tsv:\d+: unknown sector "XYZ"/);
  });
  withBrokenFile('organisations.tsv', (t) => t + 'org.broken\tSome Org\tigo-lower\tigo\t-\t-\tbad code\n', (err) => {
    assert.match(err.message, /organisations\.tsv:\d+: bad actor code/);
  });
  withBrokenFile('countries.tsv', (t) => t + 'country.broken\tname\tAtlantis\tATL\tno such country\n', (err) => {
    assert.match(err.message, /countries\.tsv:\d+: unknown country ATL/);
  });
  withBrokenFile('collectives.tsv', (t) => t + 'collective.broken\tthe pair\tcountry\t2\t-\n', (err) => {
    assert.match(err.message, /collectives\.tsv:\d+: expected 6 tab-separated columns/);
  });
  withBrokenFile('countries.tsv', (t) => t + 'country.usa-names\tname\tYankeeland\tUSA\tduplicate id\n', (err) => {
    assert.match(err.message, /duplicate id "country.usa-names"/);
  });
  withBrokenFile('homeland-roles.tsv', (t) => t + 'homerole.broken\thomeland.kurds\tFRA\tGOV\tOPP\tnot a homeland of the group\n', (err) => {
    assert.match(err.message, /homeland-roles\.tsv:\d+: "FRA" is no homeland of homeland.kurds/);
  });
  withBrokenFile('homeland-roles.tsv', (t) => t + 'homerole.broken\thomeland.kurds\tTUR\tGOV\tOPP\ta second row for one sector\n', (err) => {
    assert.match(err.message, /homeland-roles\.tsv:\d+: a sector of "kurdish" in TUR has a row already/);
  });
});

test('the data files used are listed for the fingerprint', () => {
  assert.deepEqual([...ACTOR_LEXICON_FILES], ['countries.tsv', 'titles.tsv', 'organisations.tsv', 'collectives.tsv', 'words.tsv', 'people.tsv', 'organisation-words.tsv', 'homelands.tsv', 'homeland-roles.tsv']);
  assert.deepEqual([...kb().files], actorLexiconFiles());
  assert.match(kb().worldCountriesVersion, /^\d+\.\d+/);
});

test('countryName gives the common name; Kosovo is recoded away from UNK', () => {
  assert.equal(countryName(kb(), 'PAK'), 'Pakistan');
  assert.equal(countryName(kb(), 'XKX'), 'Kosovo');
  assert.equal(countryName(kb(), 'UNK'), undefined);
});

test('mentions are sorted, non-overlapping, inside one sentence, and pure', () => {
  const text =
    'Nepal and Bhutan met in Thimphu. Bhutanese Prime Minister Karma Dorji said the two countries agreed. ' +
    'Dorji thanked Nepal’s Foreign Ministry, the UN and Indian troops. The Ghana-Togo border stayed shut.';
  const d = doc(text);
  const a = findMentions(d, kb());
  const b = findMentions(d, kb());
  assert.deepEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
  for (let k = 0; k < a.length; k++) {
    const m = a[k];
    if (k > 0) assert.ok(a[k - 1].tokenEnd <= m.tokenStart, 'sorted and non-overlapping');
    const s = d.sentences.find((x) => m.tokenStart >= x.tokenStart && m.tokenStart < x.tokenEnd)!;
    assert.ok(m.tokenEnd <= s.tokenEnd, `"${m.text}" stays in its sentence`);
    assert.equal(text.slice(m.span.start, m.span.end), m.text);
    assert.ok(m.evidence.length > 0 && m.evidence.every((e) => e.stage === 'actors' && e.rule && e.text));
    assert.ok(typeof m.code === 'string' && m.code.length >= 3);
  }
});

test('the knowledge base is immutable', () => {
  assert.ok(Object.isFrozen(kb()));
});
