/**
 * The hand audit of 160 synthetic stories (eval/synthetic-audit.tsv): how many of them report
 * an event a CAMEO-faithful coder could code with the story's label (the ceiling of recall on
 * these labels), and the current coder's recall on those codeable stories.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readTsv } from '../src/util/tsv.ts';
import { count, pct, table, type Cell } from './report.ts';
import type { StoryResult } from './synthetic.ts';

export const AUDIT_FILE = join(import.meta.dirname, 'synthetic-audit.tsv');

const VERDICTS = ['codeable', 'no-cameo-code', 'intent-only', 'unnamed-source', 'label-wrong'] as const;

interface Judged {
  row: number;
  label: string;
  verdict: string;
}

export function loadAudit(file = AUDIT_FILE): Judged[] {
  if (!existsSync(file)) return [];
  return readTsv(file, { columns: 7, header: true }).map(({ line, cells }) => {
    const [row, label, , verdict] = cells;
    if (!(VERDICTS as readonly string[]).includes(verdict)) throw new Error(`${file}:${line}: unknown verdict "${verdict}"`);
    return { row: Number(row), label, verdict };
  });
}

/** The audit's table over the stories coded in this run (empty when none of them was audited). */
export function formatAudit(stories: readonly StoryResult[], file = AUDIT_FILE): string {
  const byRow = new Map(stories.map((s) => [s.row, s]));
  const judged = loadAudit(file).filter((j) => byRow.has(j.row));
  if (!judged.length) return '';
  const labels = [...new Set(judged.map((j) => j.label))].sort();
  const rows: Cell[][] = [];
  let ceiling = 0;
  let recall = 0;
  let recallLabels = 0;
  for (const label of labels) {
    const mine = judged.filter((j) => j.label === label);
    const verdicts = new Map<string, number>();
    for (const j of mine) count(verdicts, j.verdict);
    const codeable = mine.filter((j) => j.verdict === 'codeable');
    const found = codeable.filter((j) => byRow.get(j.row)!.types.has(label)).length;
    ceiling += codeable.length / mine.length;
    if (codeable.length) {
      recall += found / codeable.length;
      recallLabels++;
    }
    rows.push([label, mine.length, ...VERDICTS.map((v) => verdicts.get(v) ?? 0), `${found}/${codeable.length}`]);
  }
  const all = judged.filter((j) => j.verdict === 'codeable');
  const foundAll = all.filter((j) => byRow.get(j.row)!.types.has(j.label)).length;
  return [
    `hand audit (${file.replace(/.*\/eval\//, 'eval/')}): ${judged.length} stories read against CAMEO and the PLOVER table`,
    'codeable: a sentence reports a done event of the label type by an identifiable actor, with a CAMEO code the table maps to the label',
    '',
    table(['label', 'read', ...VERDICTS, 'dyad finds'], rows),
    '',
    `ceiling of recall (share codeable, macro): ${((100 * ceiling) / labels.length).toFixed(1)}%`,
    `dyad's recall on the codeable stories: ${pct(foundAll, all.length)} (${foundAll}/${all.length}); macro over ${recallLabels} labels: ${((100 * recall) / Math.max(1, recallLabels)).toFixed(1)}%`,
  ].join('\n');
}
