/** eval/gsr-audit.tsv: the hand audit of the PLOVER gold sentences, checked on load and summed per verdict. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditKeys, formatGsrAudit, GSR_VERDICTS, loadGsrAudit } from '../../eval/gsr-audit.ts';

function audit(rows: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dyad-gsr-audit-')), 'gsr-audit.tsv');
  writeFileSync(file, ['# a comment', 'id\tgold\tverdict\tcameo\tmaps-to\tnote', ...rows, ''].join('\n'));
  return file;
}

test('the shipped audit judges 322 sentences, each with a known verdict', () => {
  const rows = loadGsrAudit();
  assert.equal(rows.length, 322);
  for (const r of rows) assert.ok(GSR_VERDICTS.includes(r.verdict), r.key);
  assert.ok(rows.some((r) => r.key.endsWith('#2')), 'the repeated gold id is told apart');
});

test('a malformed row names its file and line', () => {
  assert.throws(() => loadGsrAudit(audit(['X-1\tAGREE\tagreed\t036\tAGREE\tan intent to meet'])), /gsr-audit\.tsv:3: unknown verdict "agreed"/);
  assert.throws(() => loadGsrAudit(audit(['X-1\tAGREE\tagree\t036\tAGREE\tok', 'X-2\tCONFER\tagree\t040\tCONSULT\tx'])), /gsr-audit\.tsv:4: gold "CONFER" is not a PLOVER type/);
  assert.throws(() => loadGsrAudit(audit(['X-1\tCOERCE\tagree\t1712\tASSAULT\tdestroyed'])), /:3: agree needs a code that maps to COERCE/);
  assert.throws(() => loadGsrAudit(audit(['X-1\tCOERCE\ttable-differs\t1712\tCOERCE\tdestroyed'])), /:3: 1712 maps to ASSAULT in the PLOVER table/);
  assert.throws(() => loadGsrAudit(audit(['X-1\tCOERCE\ttable-differs\t173\tCOERCE\tarrest'])), /:3: table-differs needs a code that maps to another type/);
  assert.throws(() => loadGsrAudit(audit(['X-1\tASSAULT\tno-actor\t1832\t-\tbomb'])), /:3: cameo and maps-to/);
  assert.throws(() => loadGsrAudit(audit(['X-1\tASSAULT\tno-actor\t9999\tASSAULT\tbomb'])), /:3: unknown CAMEO code "9999"/);
  assert.throws(() => loadGsrAudit(audit(['X-1\tAGREE\tagree\t036\tAGREE\tok', 'X-1\tAGREE\tagree\t036\tAGREE\tok'])), /:4: "X-1" is judged twice/);
  assert.throws(() => loadGsrAudit(audit(['X-1\tAGREE\tagree\t036'])), /gsr-audit\.tsv:3: expected 6 tab-separated columns/);
});

test('repeated gold ids get #2, #3 in file order', () => {
  assert.deepEqual(auditKeys(['A', 'B', 'A', 'A']), ['A', 'B', 'A#2', 'A#3']);
});

test('the report counts verdicts, the ceiling and dyad hits on the agree sentences', () => {
  const file = audit([
    'A\tAGREE\tagree\t036\tAGREE\tintent to meet',
    'A#2\tCONSULT\tagree\t042\tCONSULT\ta visit',
    'B\tCOERCE\ttable-differs\t1712\tASSAULT\tproperty destroyed',
    'C\tASSAULT\tno-actor\t1833\tASSAULT\tno bomber named',
  ]);
  const text = formatGsrAudit([
    { id: 'A', gold: 'AGREE', anyType: true },
    { id: 'A', gold: 'CONSULT', anyType: false },
    { id: 'B', gold: 'COERCE', anyType: false },
    { id: 'C', gold: 'ASSAULT', anyType: true },
  ], file);
  assert.match(text, /agree\s+2\s+50\.0%\s+1\/2/);
  assert.match(text, /ceiling .*: 50\.0% \(2\/4\), 95% Wilson interval 15\.0-85\.0%/);
  assert.match(text, /on the agree sentences: 50\.0% \(1\/2\)/);
  assert.match(text, /table-differs: gold COERCE -> ASSAULT\s+1712\s+1/);
  assert.equal(formatGsrAudit([{ id: 'Z', gold: 'AGREE', anyType: true }], file), '');
});
