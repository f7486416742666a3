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
  /** The CAMEO-to-PLOVER conversion (PLOVER 0.8); `event` null for codes PLOVER does not cover (01x, 02x). */
  plover: PloverCoding;
}

export interface PloverCoding {
  event: PloverEvent | null;
  mode: string | null;
  /** One or more contexts ("military", "legal"), in the table's order; empty when none. */
  context: string[];
}

/** The 16 PLOVER event types. */
export const PLOVER_EVENTS = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverEvent = (typeof PLOVER_EVENTS)[number];

const PLOVER_WORD = /^[a-z][a-z_-]*$/;

function readPlover(event: string, mode: string, context: string, where: { file: string; line: number }): PloverCoding {
  if (event && !(PLOVER_EVENTS as readonly string[]).includes(event)) throw new DyadError('LEXICON_INVALID', `unknown PLOVER event type "${event}"`, where);
  if (!event && (mode || context)) throw new DyadError('LEXICON_INVALID', 'PLOVER mode or context without an event type', where);
  const contexts = context ? context.split(';').map((c) => c.trim()) : [];
  for (const word of mode ? [mode, ...contexts] : contexts) {
    if (!PLOVER_WORD.test(word)) throw new DyadError('LEXICON_INVALID', `bad PLOVER mode or context "${word}"`, where);
  }
  return { event: (event || null) as PloverEvent | null, mode: mode || null, context: contexts };
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
      plover: readPlover(event ?? '', mode ?? '', context ?? '', where),
    });
  }
  return table;
}
