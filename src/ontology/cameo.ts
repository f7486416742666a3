/**
 * The CAMEO event ontology: every code with its name, Goldstein score, quad class and
 * PLOVER event/mode/context (lexicon/cameo.tsv, facts from the CAMEO and PLOVER manuals).
 */
import { join } from 'node:path';
import { LEXICON_DIR } from '../util/paths.ts';
import { readTsv } from '../util/tsv.ts';
import { DyadError } from '../util/errors.ts';

export interface CameoCode {
  code: string;
  name: string;
  root: string;
  goldstein: number;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: 1 | 2 | 3 | 4;
  plover: { event: string | null; mode: string | null; context: string | null };
}

export type CameoTable = ReadonlyMap<string, CameoCode>;

export function loadCameo(file = join(LEXICON_DIR, 'cameo.tsv')): CameoTable {
  const table = new Map<string, CameoCode>();
  for (const { line, cells } of readTsv(file, { columns: 7, minColumns: 4, header: true })) {
    const [code, name, goldstein, quad, event, mode, context] = cells;
    const where = { file, line };
    if (!/^\d{2,4}$/.test(code)) throw new DyadError('LEXICON_INVALID', `bad CAMEO code "${code}"`, where);
    const g = Number(goldstein);
    const q = Number(quad);
    if (!Number.isFinite(g) || g < -10 || g > 10) throw new DyadError('LEXICON_INVALID', `bad Goldstein score "${goldstein}"`, where);
    if (![1, 2, 3, 4].includes(q)) throw new DyadError('LEXICON_INVALID', `bad quad class "${quad}"`, where);
    if (table.has(code)) throw new DyadError('LEXICON_INVALID', `duplicate CAMEO code ${code}`, where);
    table.set(code, {
      code,
      name,
      root: code.slice(0, 2),
      goldstein: g,
      quadClass: q as 1 | 2 | 3 | 4,
      plover: { event: event || null, mode: mode || null, context: context || null },
    });
  }
  return table;
}
