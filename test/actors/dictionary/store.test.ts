/** The JSONL dictionary: load, save, merge, ids. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActorDictionary, slugify } from '../../../src/actors/dictionary/store.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'dyad-dict-'));

test('ids are slugs of the name', () => {
  assert.equal(slugify('MARA_VELLIN'), 'mara-vellin');
  assert.equal(slugify('Mara Véllin'), 'mara-vellin');
  assert.equal(slugify(' Order of the Lantern! '), 'order-of-the-lantern');
});

test('save and load give back the same entries; a missing file is empty', () => {
  const file = join(tempDir(), 'actors.jsonl');
  assert.equal(ActorDictionary.load(file).size, 0);
  const dict = new ActorDictionary();
  dict.add({ name: 'Mara Vellin', aliases: ['Vellin'], codes: [{ code: 'ZZZGOV', from: '2009-01-20' }], role: 'president', country: 'ZZZ', source: 'user' });
  dict.add({ name: 'Order of the Lantern', codes: [{ code: 'NGOLAN' }], source: 'import' });
  dict.save(file);
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  assert.equal(lines.length, 2);
  assert.deepEqual(JSON.parse(lines[0]), { id: 'mara-vellin', name: 'Mara Vellin', aliases: ['Vellin'], codes: [{ code: 'ZZZGOV', from: '2009-01-20' }], source: 'user', role: 'president', country: 'ZZZ' });
  assert.deepEqual(ActorDictionary.load(file).list(), dict.list());
  assert.deepEqual(readdirSync(join(file, '..')), ['actors.jsonl'], 'no temporary file left behind');
});

test('adding a taken name is a usage error; find by id, name or alias', () => {
  const dict = new ActorDictionary();
  dict.add({ name: 'Mara Vellin', aliases: ['Vellin'], codes: [{ code: 'ZZZGOV' }], source: 'user' });
  assert.throws(() => dict.add({ name: 'MARA_VELLIN', codes: [{ code: 'X' }], source: 'user' }), (e: Error & { code?: string }) => e.code === 'USAGE');
  assert.equal(dict.find('mara-vellin')[0].name, 'Mara Vellin');
  assert.equal(dict.find('MARA VELLIN')[0].id, 'mara-vellin');
  assert.equal(dict.find('vellin')[0].id, 'mara-vellin');
  assert.deepEqual(dict.find('nobody'), []);
});

test('rename keeps the id and turns the old name into an alias', () => {
  const dict = new ActorDictionary();
  const e = dict.add({ name: 'Mara Vellin', codes: [{ code: 'ZZZGOV' }], source: 'user' });
  dict.rename(e, 'Mara T. Vellin');
  assert.equal(e.id, 'mara-vellin');
  assert.deepEqual(e.aliases, ['Mara Vellin']);
  assert.equal(dict.find('Mara T. Vellin')[0], e);
});

test('merge: same name -> union of aliases and codes', () => {
  const dict = new ActorDictionary();
  dict.add({ name: 'Mara Vellin', aliases: ['Vellin'], codes: [{ code: 'ZZZGOV', from: '2009-01-20' }], source: 'user' });
  const r = dict.merge({ name: 'MARA VELLIN', aliases: ['VELLIN', 'PRESIDENT VELLIN'], codes: [{ code: 'ZZZGOV', from: '2009-01-20' }, { code: 'ZZZOPP', until: '2009-01-19' }] }, 'import');
  assert.equal(r.outcome, 'merged');
  assert.equal(r.entry.source, 'user');
  assert.deepEqual(r.entry.aliases, ['Vellin', 'PRESIDENT VELLIN']);
  assert.equal(r.entry.codes.length, 2);
  assert.equal(dict.merge({ name: 'Mara Vellin', aliases: [], codes: [{ code: 'ZZZOPP', until: '2009-01-19' }] }, 'import').outcome, 'unchanged');
  assert.equal(dict.merge({ name: 'KESTREL COUNCIL', aliases: [], codes: [{ code: 'IGOKES' }] }, 'import').outcome, 'added');
  assert.equal(dict.get('kestrel-council')?.source, 'import');
});

test('a bad line of the store stops the load with file and line', () => {
  const file = join(tempDir(), 'bad.jsonl');
  writeFileSync(file, '{"id":"a","name":"A","aliases":[],"codes":[{"code":"AAA"}],"source":"user"}\n{"id":"b","name":"B","aliases":[],"codes":[{"code":"BBB","from":"2009-13-01"}],"source":"user"}\n');
  assert.throws(() => ActorDictionary.load(file), new RegExp(`bad\\.jsonl:2: bad dictionary entry: "from" of BBB`));
  writeFileSync(file, '{"id":"a","name":"A","aliases":[],"codes":[],"source":"user"}\n{"id":"a","name":"A2","aliases":[],"codes":[],"source":"user"}\n');
  assert.throws(() => ActorDictionary.load(file), /bad\.jsonl:2: duplicate id "a"/);
  writeFileSync(file, 'not json\n');
  assert.throws(() => ActorDictionary.load(file), /bad\.jsonl:1: not JSON/);
});
