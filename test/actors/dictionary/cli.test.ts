/** `dyad actors ...` end to end: real processes, a dictionary in a temporary directory. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../src/util/paths.ts';
import { parseActors } from '../../../src/actors/dictionary/petrarch.ts';

function dyad(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'dyad.js'), 'actors', ...args], { encoding: 'utf8', cwd });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const INVENTED = [
  '# invented for the test',
  'MARA_VELLIN_',
  '+VELLIN_',
  '\t[ZZZELI 780101-090119]',
  '\t[ZZZGOV >090120]',
  '',
  'ORDER_OF_THE_LANTERN [NGOLAN]',
  '',
  'BROKEN_ENTRY',
  '\t[ZZZGOV >0901]',
  '',
].join('\n');

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-actors-cli-'));
  writeFileSync(join(dir, 'invented.actors'), INVENTED);
  return { dir, dict: join(dir, 'dict.jsonl') };
}

test('import, list, show, export round trip', () => {
  const { dir, dict } = setup();
  const imported = dyad(['import', 'invented.actors', '--dictionary', dict], dir);
  assert.equal(imported.code, 0, imported.err);
  assert.match(imported.out, /2 entries read: 2 added, 0 merged, 0 unchanged; 1 error/);
  assert.match(imported.err, /^invented\.actors:10: error: bad date "0901"/m);

  const list = dyad(['list', '--dictionary', dict], dir);
  assert.equal(list.code, 0);
  assert.match(list.out, /^mara-vellin +MARA VELLIN +ZZZELI 1978-01-01\.\.2009-01-19; ZZZGOV from 2009-01-20/m);
  assert.match(list.out, /^order-of-the-lantern /m);
  const jsonl = dyad(['list', '--dictionary', dict, '--format', 'jsonl'], dir).out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(jsonl.map((e) => [e.id, e.source]), [['mara-vellin', 'import'], ['order-of-the-lantern', 'import']]);

  const show = dyad(['show', 'vellin', '--dictionary', dict, '--at', '2001-05-05'], dir);
  assert.equal(show.code, 0);
  assert.match(show.out, /^alias +VELLIN$/m);
  assert.match(show.out, /^code at 2001-05-05: ZZZELI$/m);

  const exported = dyad(['export', '--dictionary', dict], dir);
  assert.equal(exported.code, 0);
  const again = parseActors(exported.out, 'export.actors');
  assert.deepEqual(again.diagnostics, []);
  const original = parseActors(INVENTED, 'invented.actors').entries;
  const strip = (es: typeof original) => es.map(({ name, aliases, codes }) => ({ name, aliases, codes }));
  assert.deepEqual(strip(again.entries), strip(original));

  const asJsonl = dyad(['export', '--dictionary', dict, '--format', 'jsonl'], dir);
  assert.equal(asJsonl.out, readFileSync(dict, 'utf8'));

  const reimport = dyad(['import', 'invented.actors', '--dictionary', dict], dir);
  assert.match(reimport.out, /0 added, 0 merged, 2 unchanged/);
});

test('add and edit; the default dictionary lives in the working directory', () => {
  const { dir } = setup();
  const added = dyad(['add', 'Kestrel Council', '--code', 'igokes', '--from', '2001-02-03', '--alias', 'the Council', '--alias', 'KC'], dir);
  assert.equal(added.code, 0, added.err);
  assert.ok(existsSync(join(dir, 'dyad-actors.jsonl')));
  const edited = dyad(['edit', 'kestrel-council', '--add-code', 'IGOKESX', '--until', '2001-02-02', '--name', 'Kestrel High Council'], dir);
  assert.equal(edited.code, 0, edited.err);
  const [entry] = dyad(['list', '--format', 'jsonl'], dir).out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(entry, {
    id: 'kestrel-council',
    name: 'Kestrel High Council',
    aliases: ['the Council', 'KC', 'Kestrel Council'],
    codes: [{ code: 'IGOKES', from: '2001-02-03' }, { code: 'IGOKESX', until: '2001-02-02' }],
    source: 'user',
  });
  assert.match(dyad(['show', 'KC', '--at', '2000-01-01'], dir).out, /code at 2000-01-01: IGOKESX/);
});

test('usage errors exit 2 with a message; unknown actors exit 1', () => {
  const { dir, dict } = setup();
  const cases: string[][] = [
    ['add', 'Nobody'],
    ['add', 'Nobody', '--code', 'BAD-CODE'],
    ['add', 'Nobody', '--code', 'ZZZ', '--from', '2001-02-30'],
    ['add', 'Nobody', '--code', 'ZZZ', '--from', '2002-01-01', '--until', '2001-01-01'],
    ['add', 'Bad [name]', '--code', 'ZZZ'],
    ['list', '--format', 'xml'],
    ['export', '--format', 'csv'],
    ['edit', 'nobody'],
  ];
  for (const args of cases) {
    const run = dyad([...args, '--dictionary', dict], dir);
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.err, /^dyad: /, args.join(' '));
  }
  const missing = dyad(['show', 'nobody', '--dictionary', dict], dir);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /no actor "nobody"/);
  dyad(['add', 'Mara Vellin', '--code', 'ZZZ', '--dictionary', dict], dir);
  const twice = dyad(['add', 'MARA_VELLIN', '--code', 'ZZZ', '--dictionary', dict], dir);
  assert.equal(twice.code, 2);
  assert.match(twice.err, /already in the dictionary \(id mara-vellin\)/);
});
