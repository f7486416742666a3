/** `dyad code` with an actor dictionary: imported dated codes, and actors learned with --learn. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../src/util/paths.ts';

function dyad(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'dyad.js'), ...args], { encoding: 'utf8', cwd });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const records = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

test('an imported dictionary codes its names with the code in force at the event date', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-code-dict-'));
  writeFileSync(join(dir, 'people.actors'), 'MARA_VELLIN_\n\t[FRAELI <190531]\n\t[FRAGOV >190601]\n');
  assert.equal(dyad(['actors', 'import', 'people.actors'], dir).code, 0);
  writeFileSync(join(dir, 'old.txt'), ' date 2018-04-02\nMara Vellin criticized Germany over the tariffs on Monday.\n');
  writeFileSync(join(dir, 'new.txt'), ' date 2020-04-02\nMara Vellin criticized Germany over the tariffs on Monday.\n');
  const old = records(dyad(['code', 'old.txt', '--format', 'jsonl'], dir).out);
  const now = records(dyad(['code', 'new.txt', '--format', 'jsonl'], dir).out);
  assert.equal(old[0].source.code, 'FRAELI');
  assert.equal(now[0].source.code, 'FRAGOV');
  assert.match(now[0].coder, / dict:[0-9a-f]{6}$/);
});

test('--learn remembers a person whose role the text states and codes a later article that names only him', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-code-learn-'));
  const first = ' date 2021-03-01\nRussian Foreign Minister Pavel Ostrov met Chinese officials in Beijing on Monday.\n';
  const later = ' date 2021-03-09\nPavel Ostrov criticized Ukraine on Tuesday.\n';
  writeFileSync(join(dir, 'a-first.txt'), first);
  writeFileSync(join(dir, 'b-later.txt'), later);
  // without --learn nothing is written and the later article has no country for him
  const plain = dyad(['code', 'b-later.txt', '--format', 'jsonl'], dir);
  assert.ok(!records(plain.out).some((r) => r.source.code === 'RUSGOV'));
  assert.ok(!existsSync(join(dir, 'dyad-actors.jsonl')));

  const run = dyad(['code', 'a-first.txt', 'b-later.txt', '--format', 'jsonl', '--learn'], dir);
  assert.equal(run.code, 0, run.err);
  assert.match(run.err, /1 actor learned or updated/);
  const later2 = records(run.out).filter((r) => r.article_id === 'b-later');
  assert.equal(later2[0].source.code, 'RUSGOV');
  const saved = readFileSync(join(dir, 'dyad-actors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(
    saved.map((e) => [e.id, e.source, e.role, e.country, e.firstSeen, e.lastSeen]),
    [['pavel-ostrov', 'learned', 'foreign-minister', 'RUS', '2021-03-01', '2021-03-01']],
  );
  // a second run reads the saved dictionary by default
  const again = dyad(['code', 'b-later.txt', '--format', 'jsonl'], dir);
  assert.equal(records(again.out)[0].source.code, 'RUSGOV');
});
