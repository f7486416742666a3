/**
 * Modality: a future or conditional action ("would host", "will attack") takes CAMEO's intent
 * or threat code (lexicon/modality.tsv), never the act's; a refused cooperative act ("will not
 * accept", "refused to meet") is a rejection (lexicon/refusal.tsv); other negations and hedging are flagged.
 */
import { join } from 'node:path';
import { LEXICON_DIR } from '../util/paths.ts';
import { readTsv } from '../util/tsv.ts';
import { DyadError } from '../util/errors.ts';
import type { CameoTable } from '../ontology/cameo.ts';
import type { EventCandidate } from './code-sentence.ts';

export type RootShift = ReadonlyMap<string, { code: string; reason: string }>;

export interface ModalityTable {
  /** Future or conditional action -> intent or threat code (lexicon/modality.tsv). */
  future: RootShift;
  /** Refused cooperative act -> rejection code (lexicon/refusal.tsv). */
  refusal: RootShift;
}

export function loadModality(cameo: CameoTable, dir = LEXICON_DIR): ModalityTable {
  return { future: loadRootShift(cameo, join(dir, 'modality.tsv')), refusal: loadRootShift(cameo, join(dir, 'refusal.tsv')) };
}

function loadRootShift(cameo: CameoTable, file: string): RootShift {
  const table = new Map<string, { code: string; reason: string }>();
  for (const { line, cells } of readTsv(file, { columns: 3 })) {
    const [root, code, reason] = cells;
    if (!/^\d\d$/.test(root) || !cameo.has(code)) throw new DyadError('LEXICON_INVALID', `bad modality row "${root} ${code}"`, { file, line });
    table.set(root, { code, reason });
  }
  return table;
}

export interface ModalEvent {
  candidate: EventCandidate;
  cameo: string;
  negated: boolean;
  hedged: boolean;
  /** The rule that changed the code, if any. */
  modalityRule: string | null;
}

export function applyModality(candidate: EventCandidate, table: ModalityTable): ModalEvent {
  const group = candidate.group;
  const code = candidate.entry.cameo;
  const base = { candidate, cameo: code, negated: group?.negated ?? false, hedged: group?.hedged ?? false, modalityRule: null };
  const root = code.slice(0, 2);
  if (group?.refusal) {
    const shift = table.refusal.get(root);
    if (!shift) return base;
    return { ...base, cameo: shift.code, negated: false, modalityRule: `modality.refusal:${root}->${shift.code}` };
  }
  if (!group?.future || group.negated) return base;
  const shift = table.future.get(root);
  if (!shift) return base;
  return { ...base, cameo: shift.code, modalityRule: `modality.future:${root}->${shift.code}` };
}
