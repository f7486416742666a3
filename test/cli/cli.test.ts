/** The command line as a user runs it: real processes, real files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/util/paths.ts';

function dyad(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'dyad.js'), ...args], { input, encoding: 'utf8', cwd: REPO_ROOT });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const RECORD_FIELDS = ['id', 'article_id', 'published', 'sentence_index', 'sentence', 'mentions', 'sentence_indexes', 'source', 'target', 'cameo', 'root', 'quad_class', 'goldstein', 'plover', 'date', 'date_precision', 'date_basis', 'location', 'negated', 'hedged', 'evidence', 'coder'];
const PLOVER_FIELDS = ['id', 'article_id', 'published', 'sentence_index', 'sentence', 'mentions', 'sentence_indexes', 'source', 'target', 'event_type', 'mode', 'context', 'cameo', 'date', 'date_precision', 'date_basis', 'location', 'negated', 'hedged', 'evidence', 'coder'];

test('code --format jsonl prints the event record field for field', () => {
  const { code, out } = dyad(['code', 'examples/', '--format', 'jsonl']);
  assert.equal(code, 0);
  const records = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.ok(records.length >= 5, `events from the examples: ${records.length}`);
  for (const r of records) {
    assert.deepEqual(Object.keys(r), RECORD_FIELDS);
    assert.deepEqual(Object.keys(r.source as object), ['text', 'code', 'name', 'country', 'sector']);
    assert.match(r.coder as string, /^dyad \d+\.\d+\.\d+ lex:[0-9a-f]{6}$/);
    assert.match(r.cameo as string, /^\d{3,4}$/);
    assert.equal(r.root, (r.cameo as string).slice(0, 2));
    assert.deepEqual(Object.keys(r.plover as object), ['event', 'mode', 'context']);
    assert.deepEqual(Object.keys(r.evidence as object), ['verb', 'rule', 'reporter']);
    assert.ok((r.mentions as number) >= 1 && (r.sentence_indexes as number[]).includes(r.sentence_index as number));
  }
});

test('code --ontology plover makes PLOVER primary and leaves out events PLOVER has no type for', () => {
  const cameo = dyad(['code', 'examples/', '--format', 'jsonl']).out.trim().split('\n').map((l) => JSON.parse(l));
  const { code, out, err } = dyad(['code', 'examples/', '--format', 'jsonl', '--ontology', 'plover']);
  assert.equal(code, 0);
  const records = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const typed = cameo.filter((r) => r.plover.event !== null);
  assert.deepEqual(records.map((r) => r.id), typed.map((r) => r.id));
  for (const r of records) {
    assert.deepEqual(Object.keys(r), PLOVER_FIELDS);
    assert.match(r.event_type as string, /^[A-Z]+$/);
    assert.deepEqual(Object.keys(r.cameo as object), ['code', 'root', 'quad_class', 'goldstein']);
  }
  assert.match(err, new RegExp(`${cameo.length - typed.length} events without a PLOVER type left out`));
  const table = dyad(['code', 'examples/02-naval-incident.txt', '--ontology', 'plover']).out;
  assert.match(table, /^date +source +plover +mode +target +context +cameo +n +verb +sentence$/m);
  assert.match(table, / CONSULT +phone +MYSGOV /);
});

test('code --ontology accepts only cameo or plover', () => {
  const bad = dyad(['code', 'examples/', '--ontology', 'idea']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--ontology must be cameo or plover, got "idea"/);
});

test('explain shows an event read twice and a headline event left out', () => {
  const text = 'Iran rejects nuclear proposal\n\nTEHRAN - Iran accused Israel on Monday of sabotage at a power plant. Iran accused Israel on Monday of sabotage again in a second statement.\n';
  const { code, out } = dyad(['explain', '-', '--published', '2025-03-12'], text);
  assert.equal(code, 0);
  assert.match(out, /left out +IRN -> - +12\d+ +"rejects proposal": headline event without a target/);
  assert.match(out, /event +IRN -> ISR +112\d* .* 2 mentions \(sentences 1, 2\)/);
  assert.match(out, /merged +IRN -> ISR +112\d* +"accused[^"]*": the event of sentence 1 again/);
});

test('output is identical across runs', () => {
  assert.equal(dyad(['code', 'examples/', '--format', 'jsonl']).out, dyad(['code', 'examples/', '--format', 'jsonl']).out);
});

test('stdin with --published dates relative expressions', () => {
  const { code, out } = dyad(['code', '-', '--published', '2017-02-08', '--format', 'jsonl'], 'Kenya accused Somalia on Tuesday of arming rebels.');
  assert.equal(code, 0);
  const [r] = out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(r.date, '2017-02-07');
  assert.equal(r.source.code, 'KEN');
  assert.equal(r.target.code, 'SOM');
});

test('a bad record is reported with file and line; the rest is coded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
  const file = join(dir, 'batch.jsonl');
  writeFileSync(file, ['{"id":"a","text":"Chile accused Peru of spying.","published":"2020-01-02"}', '{not json', '{"id":"c","text":"Ghana praised Togo.","published":"2020-01-03"}'].join('\n'));
  const { code, out, err } = dyad(['code', file, '--format', 'jsonl']);
  assert.equal(code, 0);
  assert.match(err, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: error: `));
  const ids = out.trim().split('\n').map((l) => JSON.parse(l).article_id);
  assert.deepEqual([...new Set(ids)], ['a', 'c']);
});

test('explain shows actors, clause and rule for a sentence', () => {
  const { code, out } = dyad(['explain', '-', '--sentence', '0'], 'Turkey condemned Syria on Monday.');
  assert.equal(code, 0);
  assert.match(out, /actor +"Turkey" -> TUR/);
  assert.match(out, /clause +"condemned" matched /);
  assert.match(out, /event +TUR -> SYR +11\d/);
});

test('usage errors exit 2 with a message', () => {
  const bad = dyad(['code', 'examples/', '--format', 'xml']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--format must be table or jsonl/);
  const date = dyad(['code', 'examples/', '--published', '2017-13-45']);
  assert.equal(date.code, 2);
  assert.match(date.err, /--published must be a date/);
});

test('a missing path is reported and the exit code says nothing was coded', () => {
  const { code, err } = dyad(['code', 'no/such/file.txt']);
  assert.equal(code, 1);
  assert.match(err, /no\/such\/file\.txt: error: no such file or directory/);
});

test('a reader that closes the pipe early ("dyad code | head -1") ends the run quietly', () => {
  const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${join(REPO_ROOT, 'bin', 'dyad.js')}" code examples/ --format jsonl | head -c 10 > /dev/null`], { encoding: 'utf8', cwd: REPO_ROOT });
  assert.equal(run.stderr, '');
  assert.equal(run.status, 0);
});
