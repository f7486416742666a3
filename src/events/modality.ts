/**
 * Modality: a future or conditional action ("would host", "will attack") takes CAMEO's intent
 * or threat code (lexicon/modality.tsv), never the act's; negation and hedging are flagged.
 */
import { join } from 'node:path';
import { LEXICON_DIR } from '../util/paths.ts';
import { readTsv } from '../util/tsv.ts';
import { DyadError } from '../util/errors.ts';
import type { CameoTable } from '../ontology/cameo.ts';
import type { EventCandidate } from './code-sentence.ts';

export type ModalityTable = ReadonlyMap<string, { code: string; reason: string }>;

export function loadModality(cameo: CameoTable, file = join(LEXICON_DIR, 'modality.tsv')): ModalityTable {
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
  if (!group?.future) return base;
  const shift = table.get(code.slice(0, 2));
  if (!shift) return base;
  return { ...base, cameo: shift.code, modalityRule: `modality.future:${code.slice(0, 2)}->${shift.code}` };
}
