/**
 * Modality: a future or conditional action ("would host", "will attack") takes CAMEO's intent
 * or threat code (lexicon/modality.tsv), never the act's; a refused cooperative act ("will not
 * accept", "refused to meet") is a rejection (lexicon/refusal.tsv); a conditional cooperative act
 * ("will withdraw unless ...") is a threat; an act a reporter says another actor "must" do is a
 * demand (lexicon/obligation.tsv); other negations and hedging are flagged.
 */
import { join } from 'node:path';
import { LEXICON_DIR } from '../util/paths.ts';
import { readTsv } from '../util/tsv.ts';
import { DyadError } from '../util/errors.ts';
import type { CameoTable } from '../ontology/cameo.ts';
import type { EventCandidate } from './code-sentence.ts';
import { demandCode } from './content.ts';

export type RootShift = ReadonlyMap<string, { code: string; reason: string }>;

export interface ModalityTable {
  /** Future or conditional action -> intent or threat code, by CAMEO code prefix (lexicon/modality.tsv). */
  future: RootShift;
  /** Refused cooperative act -> rejection code (lexicon/refusal.tsv). */
  refusal: RootShift;
  /** Act someone "must" do -> demand code, by CAMEO code prefix (lexicon/obligation.tsv). */
  obligation: RootShift;
}

export function loadModality(cameo: CameoTable, dir = LEXICON_DIR): ModalityTable {
  return {
    future: loadRootShift(cameo, join(dir, 'modality.tsv'), /^\d{2,4}$/),
    refusal: loadRootShift(cameo, join(dir, 'refusal.tsv'), /^\d{2,4}$/),
    obligation: loadRootShift(cameo, join(dir, 'obligation.tsv'), /^\d{2,4}$/),
  };
}

function loadRootShift(cameo: CameoTable, file: string, key = /^\d\d$/): RootShift {
  const table = new Map<string, { code: string; reason: string }>();
  for (const { line, cells } of readTsv(file, { columns: 3 })) {
    const [root, code, reason] = cells;
    if (!key.test(root) || !cameo.has(code)) throw new DyadError('LEXICON_INVALID', `bad modality row "${root} ${code}"`, { file, line });
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
  const demand = candidate.demanded ? demandCode(code, candidate.demanded, (c) => longestPrefix(table.obligation, c)?.code) : null;
  if (demand) return { ...base, cameo: demand, modalityRule: `content.demanded:${candidate.demanded}->${demand}` };
  if (group?.obligation) {
    const shift = longestPrefix(table.obligation, code);
    if (!shift) return base;
    return { ...base, cameo: shift.code, modalityRule: `modality.obligation:${code}->${shift.code}` };
  }
  if (group?.refusal) {
    const shift = longestPrefix(table.refusal, code);
    if (!shift) return base;
    return { ...base, cameo: shift.code, negated: false, modalityRule: `modality.refusal:${code}->${shift.code}` };
  }
  if (!group?.future || group.negated) return base;
  if (group.decision && !COOPERATIVE_ROOTS.test(root)) return base; // "decided to expel": the act, decided
  // "the army prepared to shell the town again": force readied and not yet used is a show of force (CAMEO 150)
  if (group.preparing && FORCE_ROOTS.test(root)) return { ...base, cameo: '150', modalityRule: `modality.preparation:${root}->150` };
  const shift = longestPrefix(table.future, code);
  if (group.conditional && COOPERATIVE_ROOTS.test(root) && !shift?.code.startsWith('13')) {
    // "will withdraw its force unless ...": CAMEO codes an act made conditional on the target's compliance as a threat
    return { ...base, cameo: '130', modalityRule: `modality.conditional:${root}->130` };
  }
  if (!shift) return base;
  return { ...base, cameo: shift.code, modalityRule: `modality.future:${root}->${shift.code}` };
}

const COOPERATIVE_ROOTS = /^0[3-9]$/;
/** Roots of force: assault, fight, mass violence. */
const FORCE_ROOTS = /^(18|19|20)$/;

function longestPrefix(table: RootShift, code: string): { code: string; reason: string } | undefined {
  for (let n = code.length; n >= 2; n--) {
    const hit = table.get(code.slice(0, n));
    if (hit) return hit;
  }
  return undefined;
}
