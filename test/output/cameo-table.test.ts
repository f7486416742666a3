/** lexicon/cameo.tsv: PLOVER columns validated on load. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCameo, PLOVER_EVENTS } from '../../src/ontology/cameo.ts';

function table(lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dyad-cameo-')), 'cameo.tsv');
  writeFileSync(file, ['code\tname\tgoldstein\tquad_class\tplover_event\tplover_mode\tplover_context', ...lines, ''].join('\n'));
  return file;
}

test('the shipped table maps every code outside 01 and 02 to one of the 16 PLOVER types', () => {
  const cameo = loadCameo();
  assert.equal(cameo.size, 311);
  for (const c of cameo.values()) {
    if (c.root === '01' || c.root === '02') assert.equal(c.plover.event, null, c.code);
    else assert.ok(c.plover.event && PLOVER_EVENTS.includes(c.plover.event), c.code);
  }
});

test('a bad PLOVER cell names its file and line', () => {
  assert.throws(() => loadCameo(table(['040\tConsult\t1.0\t1\tCONFER\t\t'])), /cameo\.tsv:2: unknown PLOVER event type "CONFER"/);
  assert.throws(() => loadCameo(table(['040\tConsult\t1.0\t1\t\tvisit\t'])), /cameo\.tsv:2: PLOVER mode or context without an event type/);
  assert.throws(() => loadCameo(table(['040\tConsult\t1.0\t1\tCONSULT\t\tMilitary'])), /cameo\.tsv:2: bad PLOVER mode or context "Military"/);
  assert.deepEqual(loadCameo(table(['196\tViolate ceasefire\t-9.5\t4\tASSAULT\t\tlegal; military'])).get('196')?.plover.context, ['legal', 'military']);
});
