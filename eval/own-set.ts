/**
 * The project's own test sentences (test/fixtures/event-sentences.tsv: id, sentence,
 * expected, note). `expected` is `;`-separated `SRC>TGT:CODE` (ISO3 or IGO... codes, TGT `-`
 * for no target), or `-` alone for a sentence that must give no event.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventRecord } from '../src/output/record.ts';
import type { Coder } from '../src/pipeline/coder.ts';
import { REPO_ROOT } from '../src/util/paths.ts';
import { codeText } from './common.ts';
import { heading, pct, ratio, subheading, table, type Cell } from './report.ts';

export const OWN_SET = join(REPO_ROOT, 'test', 'fixtures', 'event-sentences.tsv');

interface Tuple {
  src: string;
  tgt: string;
  code: string;
}

interface Case {
  id: string;
  line: number;
  sentence: string;
  expected: Tuple[];
  negative: boolean;
  predicted: Tuple[];
  records: EventRecord[];
}

export interface OwnSetResult {
  file: string;
  missing: boolean;
  problems: string[];
  cases: Case[];
}

const TUPLE = /^([A-Za-z0-9]+)>([A-Za-z0-9]+|-):(\d{2,4})$/;
const root = (code: string) => code.slice(0, 2);
const key = (t: Tuple) => `${t.src}>${t.tgt}:${t.code}`;

function parseExpected(cell: string): Tuple[] | string {
  if (cell.trim() === '-') return [];
  const tuples: Tuple[] = [];
  for (const part of cell.split(';').map((p) => p.trim()).filter(Boolean)) {
    const m = TUPLE.exec(part);
    if (!m) return `bad expected "${part}" (want SRC>TGT:CODE, or - alone)`;
    tuples.push({ src: m[1].toUpperCase(), tgt: m[2].toUpperCase(), code: m[3] });
  }
  return tuples.length ? tuples : 'empty expected cell (write - for no event)';
}

function tupleOf(r: EventRecord): Tuple {
  const side = (a: EventRecord['source'] | null) => (a ? (a.country ?? a.code) : '-');
  return { src: side(r.source), tgt: side(r.target), code: r.cameo };
}

export function evaluateOwnSet(coder: Coder, file = OWN_SET): OwnSetResult {
  const result: OwnSetResult = { file, missing: !existsSync(file), problems: [], cases: [] };
  if (result.missing) return result;
  readFileSync(file, 'utf8').split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const cells = raw.split('\t');
    if (cells[0].trim().toLowerCase() === 'id' && i === 0) return;
    if (cells.length < 3) return void result.problems.push(`line ${i + 1}: expected at least 3 tab-separated cells`);
    const [id, sentence, cell] = cells.map((c) => c.trim());
    const expected = parseExpected(cell);
    if (typeof expected === 'string') return void result.problems.push(`line ${i + 1} (${id}): ${expected}`);
    const coded = codeText(coder, id, sentence, null, file);
    const seen = new Set<string>();
    const predicted = coded.records.map(tupleOf).filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
    result.cases.push({ id, line: i + 1, sentence, expected, negative: expected.length === 0, predicted, records: coded.records });
  });
  return result;
}

interface Match {
  expected: Tuple;
  predicted: Tuple;
}

/** Pairs expected and predicted events on (SRC, TGT, root); exact-code pairs are taken first. */
function align(c: Case): { matches: Match[]; fp: Tuple[]; fn: Tuple[] } {
  const free = [...c.predicted];
  const matches: Match[] = [];
  const fn: Tuple[] = [];
  const take = (e: Tuple, same: (p: Tuple) => boolean) => {
    const i = free.findIndex((p) => p.src === e.src && p.tgt === e.tgt && same(p));
    if (i < 0) return false;
    matches.push({ expected: e, predicted: free.splice(i, 1)[0] });
    return true;
  };
  const rest = c.expected.filter((e) => !take(e, (p) => p.code === e.code));
  for (const e of rest) if (!take(e, (p) => root(p.code) === root(e.code))) fn.push(e);
  return { matches, fp: free, fn };
}

export function formatOwnSet(result: OwnSetResult, options: { showMisses?: number } = {}): string {
  const lines = [heading('Own test sentences')];
  if (result.missing) return [...lines, `skipped: ${result.file} does not exist yet`].join('\n');
  const { cases } = result;
  const perRoot = new Map<string, { tp: number; fp: number; fn: number }>();
  const at = (r: string) => perRoot.get(r) ?? (perRoot.set(r, { tp: 0, fp: 0, fn: 0 }), perRoot.get(r)!);
  let exact = 0;
  let matched = 0;
  let negativeHit = 0;
  let negativeEvents = 0;
  const wrong: Array<{ c: Case; fp: Tuple[]; fn: Tuple[] }> = [];
  for (const c of cases) {
    const { matches, fp, fn } = align(c);
    for (const m of matches) {
      at(root(m.expected.code)).tp++;
      matched++;
      if (m.expected.code === m.predicted.code) exact++;
    }
    for (const t of fp) at(root(t.code)).fp++;
    for (const t of fn) at(root(t.code)).fn++;
    if (c.negative && c.predicted.length) {
      negativeHit++;
      negativeEvents += c.predicted.length;
    }
    if (fp.length || fn.length) wrong.push({ c, fp, fn });
  }
  const tot = { tp: 0, fp: 0, fn: 0 };
  const rows: Cell[][] = [...perRoot].sort(([a], [b]) => a.localeCompare(b)).map(([r, s]) => {
    tot.tp += s.tp;
    tot.fp += s.fp;
    tot.fn += s.fn;
    return [r, s.tp + s.fn, s.tp + s.fp, pct(s.tp, s.tp + s.fp), pct(s.tp, s.tp + s.fn)];
  });
  rows.push(['all', tot.tp + tot.fn, tot.tp + tot.fp, pct(tot.tp, tot.tp + tot.fp), pct(tot.tp, tot.tp + tot.fn)]);
  const negatives = cases.filter((c) => c.negative).length;
  lines.push(
    `file: ${result.file}: ${cases.length} sentences (${negatives} negative)`,
    ...result.problems.map((p) => `skipped ${p}`),
    '',
    'an event matches when SRC, TGT (country, else actor code) and CAMEO root agree',
    '',
    table(['root', 'expected', 'dyad', 'precision', 'recall'], rows),
    '',
    `exact CAMEO code on matched events: ${ratio(exact, matched)}`,
    `sentences fully right: ${ratio(cases.length - wrong.length, cases.length)}`,
    `negative sentences with an event (false positives): ${ratio(negativeHit, negatives)}; ${negativeEvents} events`,
  );
  const n = options.showMisses ?? 0;
  if (n > 0 && wrong.length) {
    lines.push(subheading(`first ${Math.min(n, wrong.length)} own sentences not fully right`));
    for (const { c, fp, fn } of wrong.slice(0, n)) {
      lines.push(`${c.id} (line ${c.line}): ${c.sentence}`);
      lines.push(`  missing: ${fn.map(key).join('; ') || '-'}   extra: ${fp.map(key).join('; ') || '-'}`);
    }
  }
  return lines.join('\n');
}
