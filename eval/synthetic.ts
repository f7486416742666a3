/**
 * Synthetic PLOVER stories (machine-written, one PLOVER label per story): document-level
 * recall and precision per event type. Silver labels: a story labelled PROTEST may also
 * report an arrest, so precision here understates what a reader would accept.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Coder } from '../src/pipeline/coder.ts';
import { codeText, sharedPath } from './common.ts';
import { PLOVER_TYPES } from './gsr.ts';
import { count, duration, heading, pct, table, type Cell } from './report.ts';
import { formatAudit } from './synthetic-audit.ts';

interface StoryRow {
  text: string;
  label: string;
  mode: string;
}

export interface StoryResult {
  /** 0-based index of the story among all the file's rows. */
  row: number;
  label: string;
  types: Set<string>;
  events: number;
  sentences: number;
}

export interface SyntheticResult {
  file: string;
  rows: number;
  limit: number | null;
  stories: StoryResult[];
  elapsedMs: number;
}

/** The first `limit` stories of each label, in file order (deterministic); all when null. */
function sample(rows: Array<StoryRow & { row: number }>, limit: number | null): Array<StoryRow & { row: number }> {
  if (limit === null) return rows;
  const taken = new Map<string, number>();
  return rows.filter((r) => {
    const n = taken.get(r.label) ?? 0;
    if (n >= limit) return false;
    taken.set(r.label, n + 1);
    return true;
  });
}

export function evaluateSynthetic(
  coder: Coder,
  options: { limit?: number | null; file?: string } = {},
): SyntheticResult {
  const file = options.file ?? sharedPath('eval', 'synthetic_plover_stories.csv');
  const rows = parse(readFileSync(file), { columns: true, skip_empty_lines: true }) as StoryRow[];
  const limit = options.limit ?? null;
  const chosen = sample(rows.map((r, row) => ({ ...r, row })), limit);
  const started = performance.now();
  const stories = chosen.map((row, i) => {
    const coded = codeText(coder, `synthetic-${i}`, row.text ?? '', null, file);
    return {
      row: row.row,
      label: row.label,
      types: new Set(coded.records.flatMap((r) => (r.plover.event ? [r.plover.event] : []))),
      events: coded.records.length,
      sentences: coded.sentences,
    };
  });
  return { file, rows: rows.length, limit, stories, elapsedMs: performance.now() - started };
}

export function formatSynthetic(result: SyntheticResult): string {
  const { stories } = result;
  const labels = new Map<string, number>();
  const emitted = new Map<string, number>();
  const emittedCorrect = new Map<string, number>();
  const found = new Map<string, number>();
  for (const s of stories) {
    count(labels, s.label);
    if (s.types.has(s.label)) count(found, s.label);
    for (const t of s.types) {
      count(emitted, t);
      if (t === s.label) count(emittedCorrect, t);
    }
  }
  const rows: Cell[][] = [];
  let recallSum = 0;
  let precisionSum = 0;
  let precisionTypes = 0;
  for (const t of PLOVER_TYPES) {
    const n = labels.get(t) ?? 0;
    const hit = found.get(t) ?? 0;
    const out = emitted.get(t) ?? 0;
    const ok = emittedCorrect.get(t) ?? 0;
    if (n > 0) recallSum += hit / n;
    if (out > 0) {
      precisionSum += ok / out;
      precisionTypes++;
    }
    rows.push([t, n, pct(hit, n), out, pct(ok, out)]);
  }
  const typed = labels.size;
  const noEvent = stories.filter((s) => s.events === 0).length;
  const events = stories.reduce((a, s) => a + s.events, 0);
  const sentences = stories.reduce((a, s) => a + s.sentences, 0);
  const unknownLabels = [...labels.keys()].filter((l) => !(PLOVER_TYPES as readonly string[]).includes(l));
  const lines = [heading(`Synthetic PLOVER stories: ${stories.length} of ${result.rows} stories`)];
  lines.push(`file: ${result.file}; sample: ${result.limit === null ? 'all' : `first ${result.limit} per label`}`);
  if (unknownLabels.length) lines.push(`labels that are not PLOVER types (scored, never matched): ${unknownLabels.join(', ')}`);
  lines.push(
    `coded in ${duration(result.elapsedMs)} (${(stories.length / (result.elapsedMs / 1000)).toFixed(0)} stories/s, ` +
      `${sentences} sentences, ${events} events, ${noEvent} stories without any event = ${pct(noEvent, stories.length)})`,
    '',
    'recall: share of stories labelled T where dyad codes at least one T event',
    'precision: share of stories where dyad codes a T event that are labelled T',
    '',
    table(['type', 'stories', 'recall', 'dyad emits', 'precision'], rows),
    '',
    `macro recall over the ${typed} labels present: ${((100 * recallSum) / Math.max(1, typed)).toFixed(1)}%`,
    `macro precision over the ${precisionTypes} types dyad emitted: ${precisionTypes ? ((100 * precisionSum) / precisionTypes).toFixed(1) : '-'}%`,
  );
  const audit = formatAudit(stories);
  if (audit) lines.push('', audit);
  return lines.join('\n');
}
