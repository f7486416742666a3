/**
 * The hand audit of the PLOVER gold sentences (eval/gsr-audit.tsv): how many of them a coder
 * faithful to CAMEO and the PLOVER 0.8 table could code with the gold type (the ceiling of the
 * "event type" score), why the others cannot, and dyad's hit rate on the ones it could.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCameo, PLOVER_EVENTS, type CameoTable } from '../src/ontology/cameo.ts';
import { readTsv } from '../src/util/tsv.ts';
import { count, pct, ratio, table, wilson, type Cell } from './report.ts';

export const GSR_AUDIT_FILE = join(import.meta.dirname, 'gsr-audit.tsv');

export const GSR_VERDICTS = ['agree', 'table-differs', 'intent-only', 'no-event', 'no-actor'] as const;
export type GsrVerdict = (typeof GSR_VERDICTS)[number];

export interface GsrJudged {
  line: number;
  /** The gold record's id, "#2" added for the second record with the same id (see auditKeys). */
  key: string;
  gold: string;
  verdict: GsrVerdict;
  /** The code the reader would assign and its 0.8 type ("none": unmapped); null when no code. */
  cameo: string | null;
  mapsTo: string | null;
  note: string;
}

/** What the audit needs of one scored gold sentence (eval/gsr.ts's per-sentence result has it). */
export interface AuditedSentence {
  id: string;
  gold: string;
  /** Some event dyad coded for the sentence has the gold type. */
  anyType: boolean;
}

/** The audit's keys for the gold ids in file order: an id seen before gets "#2", "#3" ... */
export function auditKeys(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  });
}

/** Reads and checks the audit; every error names the file and line. Missing file: no rows. */
export function loadGsrAudit(file = GSR_AUDIT_FILE, cameo: CameoTable = loadCameo()): GsrJudged[] {
  if (!existsSync(file)) return [];
  const types = new Set<string>(PLOVER_EVENTS);
  const keys = new Set<string>();
  return readTsv(file, { columns: 6, header: true }).map(({ line, cells }) => {
    const [key, gold, verdict, code, mapsTo, note] = cells;
    const fail = (message: string): never => {
      throw new Error(`${file}:${line}: ${message}`);
    };
    if (!(GSR_VERDICTS as readonly string[]).includes(verdict)) fail(`unknown verdict "${verdict}" (${GSR_VERDICTS.join(', ')})`);
    if (!types.has(gold)) fail(`gold "${gold}" is not a PLOVER type`);
    if (keys.has(key)) fail(`"${key}" is judged twice`);
    keys.add(key);
    if ((code === '-') !== (mapsTo === '-')) fail('cameo and maps-to are both "-" or neither');
    if (code !== '-') {
      const known = cameo.get(code);
      if (!known) fail(`unknown CAMEO code "${code}"`);
      const type = known!.plover.event ?? 'none';
      if (mapsTo !== type) fail(`${code} maps to ${type} in the PLOVER table, not "${mapsTo}"`);
    }
    if (verdict === 'agree' && mapsTo !== gold) fail(`agree needs a code that maps to ${gold}, ${code} maps to ${mapsTo}`);
    if ((verdict === 'table-differs' || verdict === 'intent-only') && (mapsTo === '-' || mapsTo === gold)) {
      fail(`${verdict} needs a code that maps to another type than ${gold}`);
    }
    if (!note) fail('no note');
    return {
      line, key, gold, verdict: verdict as GsrVerdict, note,
      cameo: code === '-' ? null : code,
      mapsTo: mapsTo === '-' ? null : mapsTo,
    };
  });
}

/** The audit's section of the gold-standard report (empty when no sentence of this run was audited). */
export function formatGsrAudit(sentences: readonly AuditedSentence[], file = GSR_AUDIT_FILE): string {
  const keys = auditKeys(sentences.map((s) => s.id));
  const byKey = new Map(sentences.map((s, i) => [keys[i], s]));
  const all = loadGsrAudit(file);
  const judged = all.filter((j) => byKey.has(j.key));
  if (!judged.length) return '';
  const stale = judged.filter((j) => byKey.get(j.key)!.gold !== j.gold);
  const hit = (j: GsrJudged) => byKey.get(j.key)!.anyType;
  const rows: Cell[][] = GSR_VERDICTS.map((v) => {
    const mine = judged.filter((j) => j.verdict === v);
    const found = mine.filter(hit).length;
    return [v, mine.length, pct(mine.length, sentences.length), `${found}/${mine.length}`];
  });
  const agree = judged.filter((j) => j.verdict === 'agree');
  const agreeHits = agree.filter(hit).length;
  const [low, high] = wilson(agree.length, sentences.length);
  const reasons = new Map<string, number>();
  const codes = new Map<string, Set<string>>();
  for (const j of judged) {
    if (j.verdict === 'agree') continue;
    const reason = `${j.verdict}: gold ${j.gold}${j.mapsTo && j.mapsTo !== j.gold ? ` -> ${j.mapsTo}` : ''}`;
    count(reasons, reason);
    if (j.cameo) codes.set(reason, (codes.get(reason) ?? new Set()).add(j.cameo));
  }
  const reasonRows: Cell[][] = [...reasons]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([reason, n]) => [reason, [...(codes.get(reason) ?? [])].sort().join(', ') || '-', n]);
  const lines = [
    `${file.replace(/.*\/eval\//, 'eval/')}: ${judged.length} of ${sentences.length} sentences read against CAMEO and the PLOVER 0.8 table`,
    'agree: a CAMEO-faithful coder codes an event whose code the 0.8 table maps to the gold type',
    '',
    table(['verdict', 'sentences', 'share', 'dyad has gold type'], rows),
    '',
    `ceiling of "event type (any event)" for a CAMEO-faithful coder: ${ratio(agree.length, sentences.length)}, ` +
      `95% Wilson interval ${(100 * low).toFixed(1)}-${(100 * high).toFixed(1)}%`,
    `dyad's event type on the agree sentences: ${ratio(agreeHits, agree.length)}`,
    '',
    table(['why the gold type is out of reach', 'CAMEO codes', 'sentences'], reasonRows),
  ];
  const unjudged = sentences.length - judged.length;
  if (unjudged) lines.push('', `not audited: ${unjudged} sentences of this run (counted outside agree)`);
  if (stale.length) lines.push('', `audit rows whose gold type differs from the file's (stale audit?): ${stale.map((j) => j.key).join(', ')}`);
  return lines.join('\n');
}
