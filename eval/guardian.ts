/**
 * Precision on real news, judged by hand: dyad codes the Guardian articles that the judgment files
 * judge, each emitted event is matched to a judgment by its key (article, sentence, CAMEO code,
 * source code, target code) and precision is the share judged `right`. Events with no judgment
 * (new since the judging) and judgments with no event (gone) are counted apart, so the files stay
 * useful while the coder changes. There are two batches, each a file of the same format, reported
 * apart and combined: eval/guardian-judgments.tsv (the development batch, articles read while the
 * coder was tuned) and eval/guardian-heldout.tsv (held out: judged before anyone tuned on it).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../src/ingest/index.ts';
import { loadCameo, type CameoTable } from '../src/ontology/cameo.ts';
import type { Coder } from '../src/pipeline/coder.ts';
import { readTsv } from '../src/util/tsv.ts';
import { codeText, sharedPath } from './common.ts';
import { auditKeys } from './gsr-audit.ts';
import { count, duration, heading, pct, ratio, subheading, table, wilson, type Cell } from './report.ts';

export const GUARDIAN_JUDGMENTS_FILE = join(import.meta.dirname, 'guardian-judgments.tsv');
export const GUARDIAN_HELDOUT_FILE = join(import.meta.dirname, 'guardian-heldout.tsv');

/** A batch of judgments: its name in the report ("development", "held-out") and its file. */
export interface GuardianBatch {
  name: string;
  file: string;
}

export const GUARDIAN_BATCHES: readonly GuardianBatch[] = [
  { name: 'development', file: GUARDIAN_JUDGMENTS_FILE },
  { name: 'held-out', file: GUARDIAN_HELDOUT_FILE },
];
export const guardianCorpus = (): string => sharedPath('corpus', 'guardian_2019_sample.csv');

/** `read` marks an article that was read and had no event at judging time (all key cells "-"). */
export const GUARDIAN_VERDICTS = ['right', 'wrong-code', 'wrong-actor', 'not-event', 'read'] as const;
export type GuardianVerdict = (typeof GUARDIAN_VERDICTS)[number];

const COLUMNS = ['article', 'sentence', 'cameo', 'source', 'target', 'verb', 'verdict', 'class', 'note'];
const ACTOR = /^[A-Z0-9]{3,}$/;
const CLASS = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const NOTE_MAX = 200;

export interface GuardianJudgment {
  line: number;
  article: string;
  sentence: number;
  cameo: string;
  source: string;
  target: string | null;
  verb: string | null;
  verdict: Exclude<GuardianVerdict, 'read'>;
  /** A short tag naming the error class ("control-object-as-agent"); null for right. */
  errorClass: string | null;
  note: string;
}

export interface GuardianJudgments {
  /** Every article the file says was read (with or without events). */
  articles: Set<string>;
  events: GuardianJudgment[];
}

/** What matching needs of one emitted event. */
export interface EmittedEvent {
  article: string;
  sentence: number;
  cameo: string;
  source: string;
  target: string | null;
  verb: string;
}

/** "article|sentence|cameo|source|target": the identity of an event for the judgments. */
export function eventKey(e: Pick<EmittedEvent, 'article' | 'sentence' | 'cameo' | 'source' | 'target'>): string {
  return [e.article, e.sentence, e.cameo, e.source, e.target ?? '-'].join('|');
}

/** Reads and checks the judgments; every error names the file and line. Missing file: nothing judged. */
export function loadGuardianJudgments(file = GUARDIAN_JUDGMENTS_FILE, cameo: CameoTable = loadCameo()): GuardianJudgments {
  const articles = new Set<string>();
  const events: GuardianJudgment[] = [];
  if (!existsSync(file)) return { articles, events };
  const seen = new Map<string, number>();
  for (const { line, cells } of readTsv(file, { columns: COLUMNS.length, header: true })) {
    const [article, sentence, code, source, target, verb, verdict, errorClass, note] = cells;
    const fail = (message: string): never => {
      throw new Error(`${file}:${line}: ${message}`);
    };
    if (!/^\S+$/.test(article)) fail(`article id "${article}" is empty or has spaces`);
    if (!(GUARDIAN_VERDICTS as readonly string[]).includes(verdict)) fail(`unknown verdict "${verdict}" (${GUARDIAN_VERDICTS.join(', ')})`);
    if (!note) fail('no note');
    if (note.length > NOTE_MAX) fail(`note longer than ${NOTE_MAX} characters (write a short note in your own words)`);
    articles.add(article);
    if (verdict === 'read') {
      if ([sentence, code, source, target, verb, errorClass].some((c) => c !== '-')) fail('a "read" row has "-" in every column but article, verdict and note');
      continue;
    }
    if (!/^\d+$/.test(sentence)) fail(`sentence index "${sentence}" is not a whole number`);
    if (!cameo.has(code)) fail(`unknown CAMEO code "${code}"`);
    if (!ACTOR.test(source)) fail(`source "${source}" is not an actor code`);
    if (target !== '-' && !ACTOR.test(target)) fail(`target "${target}" is not an actor code or "-"`);
    if (verb !== '-' && verb.split(/\s+/).length > 3) fail(`verb "${verb}" has more than 3 words (keep at most 3 matched words, or "-")`);
    if ((verdict === 'right') !== (errorClass === '-')) fail(verdict === 'right' ? 'a right event has class "-"' : `a ${verdict} event needs an error class`);
    if (errorClass !== '-' && !CLASS.test(errorClass)) fail(`error class "${errorClass}" is not a kebab-case tag`);
    const judgment: GuardianJudgment = {
      line, article, sentence: Number(sentence), cameo: code, source,
      target: target === '-' ? null : target,
      verb: verb === '-' ? null : verb,
      verdict: verdict as GuardianJudgment['verdict'],
      errorClass: errorClass === '-' ? null : errorClass,
      note,
    };
    const key = eventKey(judgment);
    const earlier = seen.get(key);
    if (earlier !== undefined && events[earlier].verb === judgment.verb) fail(`the same event is judged on line ${events[earlier].line}`);
    seen.set(key, events.length);
    events.push(judgment);
  }
  return { articles, events };
}

export interface GuardianMatch {
  /** Emitted events in judged articles with their judgment (null: unjudged, new since the judging). */
  matched: { event: EmittedEvent; judgment: GuardianJudgment | null }[];
  /** Judgments no emitted event matches any more. */
  gone: GuardianJudgment[];
}

/**
 * Pairs emitted events with judgments by key. Events sharing a key in one sentence are paired
 * in order (the n-th event with the n-th judgment of that key), as eval/gsr-audit.ts numbers ids.
 */
export function matchJudgments(events: readonly EmittedEvent[], judgments: readonly GuardianJudgment[]): GuardianMatch {
  const eventKeys = auditKeys(events.map(eventKey));
  const judgmentKeys = auditKeys(judgments.map(eventKey));
  const byKey = new Map(judgments.map((j, i) => [judgmentKeys[i], j]));
  const used = new Set<string>();
  const matched = events.map((event, i) => {
    const judgment = byKey.get(eventKeys[i]) ?? null;
    if (judgment) used.add(eventKeys[i]);
    return { event, judgment };
  });
  const gone = judgments.filter((_, i) => !used.has(judgmentKeys[i]));
  return { matched, gone };
}

export interface GuardianBatchResult {
  name: string;
  judgmentsFile: string;
  /** The articles the file judges (read rows included), sorted by their number. */
  articles: string[];
  match: GuardianMatch;
}

export interface GuardianResult {
  corpus: string;
  /** False when the corpus file is missing (the part is skipped). */
  found: boolean;
  /** Articles coded (those some batch judges). */
  articles: number;
  ms: number;
  batches: GuardianBatchResult[];
}

const articleNumber = (id: string): number => Number(id.match(/(\d+)$/)?.[1] ?? NaN);

/** Codes the articles any batch judges (each once) and matches their events to each batch's judgments. */
export async function evaluateGuardian(coder: Coder, corpus = guardianCorpus(), batches: readonly GuardianBatch[] = GUARDIAN_BATCHES): Promise<GuardianResult> {
  const loaded = batches.map((b) => ({ ...b, ...loadGuardianJudgments(b.file, coder.cameo) }));
  const batchOf = new Map<string, number>();
  loaded.forEach((b, i) => {
    for (const a of b.articles) {
      const other = batchOf.get(a);
      if (other !== undefined) throw new Error(`${b.file}: article ${a} is judged in ${loaded[other].file} too; a batch owns its articles`);
      batchOf.set(a, i);
    }
  });
  const result = (events: EmittedEvent[][]): GuardianBatchResult[] => loaded.map((b, i) => ({
    name: b.name, judgmentsFile: b.file,
    articles: [...b.articles].sort((x, y) => articleNumber(x) - articleNumber(y)),
    match: matchJudgments(events[i], b.events),
  }));
  const none = (): EmittedEvent[][] => loaded.map(() => []);
  if (!existsSync(corpus)) return { corpus, found: false, articles: 0, ms: 0, batches: result(none()) };
  const started = performance.now();
  const events = none();
  let coded = 0;
  for await (const item of readInputs([corpus])) {
    if (item.kind !== 'article') continue;
    const a = item.article;
    const batch = batchOf.get(a.id);
    if (batch === undefined) continue;
    coded++;
    for (const r of codeText(coder, a.id, a.text, a.published, corpus).records) {
      events[batch].push({ article: a.id, sentence: r.sentence_index, cameo: r.cameo, source: r.source.code, target: r.target?.code ?? null, verb: r.evidence.verb });
    }
  }
  return { corpus, found: true, articles: coded, ms: performance.now() - started, batches: result(events) };
}

const describe = (e: Pick<EmittedEvent, 'article' | 'sentence' | 'cameo' | 'source' | 'target'>) =>
  `${e.article} s${e.sentence} ${e.cameo} ${e.source} -> ${e.target ?? '-'}`;

type Judged = { event: EmittedEvent; judgment: GuardianJudgment };

const judgedOf = (m: GuardianMatch): Judged[] => m.matched.filter((x) => x.judgment).map((x) => ({ event: x.event, judgment: x.judgment! }));
const rightOf = (judged: readonly Judged[]): number => judged.filter((j) => j.judgment.verdict === 'right').length;

/** "held-out: articles 78-151" (the range of article numbers the batch judges). */
function batchLabel(b: GuardianBatchResult): string {
  const n = b.articles.map(articleNumber).filter((x) => Number.isFinite(x));
  return n.length ? `${b.name}: articles ${Math.min(...n)}-${Math.max(...n)}` : `${b.name}: no articles judged`;
}

function precisionLine(right: number, judged: number): string {
  const [low, high] = wilson(right, judged);
  return `precision (right / judged events present): ${ratio(right, judged)}, 95% Wilson interval ${(100 * low).toFixed(1)}-${(100 * high).toFixed(1)}%`;
}

export function formatGuardian(result: GuardianResult, options: { showMisses?: number; roots?: number; classes?: number } = {}): string {
  const title = 'Guardian 2019 sample: precision judged by hand';
  if (!result.found) return `${heading(title)}\nskipped: corpus file ${result.corpus} not found`;
  const file = (f: string) => f.replace(/.*\/eval\//, 'eval/');
  const lines = [
    heading(title),
    `corpus: ${result.corpus}; judgments: ${result.batches.map((b) => file(b.judgmentsFile)).join(', ')}`,
    `${result.articles} judged articles coded in ${duration(result.ms)}`,
  ];
  // One tally per batch, then their sum: [articles, events, judged, right, gone].
  const tallies = result.batches.map((b) => {
    const judged = judgedOf(b.match);
    return [b.articles.length, b.match.matched.length, judged.length, rightOf(judged), b.match.gone.length];
  });
  const total = tallies.reduce((sum, t) => sum.map((n, i) => n + t[i]), [0, 0, 0, 0, 0]);
  const summary: Cell[][] = [...result.batches.map(batchLabel), 'combined'].map((label, i) => {
    const [articles, events, judged, right, gone] = tallies[i] ?? total;
    const [low, high] = wilson(right, judged);
    return [label, articles, events, judged, ratio(right, judged), `${(100 * low).toFixed(1)}-${(100 * high).toFixed(1)}%`, events - judged, gone];
  });
  lines.push(subheading('precision per batch (right / judged events present)'),
    table(['batch', 'articles', 'events', 'judged', 'precision', 'Wilson 95%', 'unjudged', 'gone'], summary));
  lines.push('', `combined ${precisionLine(total[3], total[2])}`);
  for (const b of result.batches) lines.push(formatBatch(b, options));
  return lines.join('\n');
}

/** One batch: its precision, unjudged and gone counts, verdicts, roots, error classes and misses. */
function formatBatch(batch: GuardianBatchResult, options: { showMisses?: number; roots?: number; classes?: number }): string {
  const { matched, gone } = batch.match;
  const judged = judgedOf(batch.match);
  const right = rightOf(judged);
  const lines = [
    heading(`Batch ${batchLabel(batch)}`),
    `judgments: ${batch.judgmentsFile.replace(/.*\/eval\//, 'eval/')}`,
    `${batch.articles.length} judged articles: ${matched.length} events, ${judged.length} of them judged`,
    '',
    precisionLine(right, judged.length),
    `unjudged events (new since the judging): ${matched.length - judged.length}`,
    `judgments no event matches any more (gone): ${gone.length}`,
  ];
  if (!judged.length) return lines.join('\n');
  const verdictRows: Cell[][] = GUARDIAN_VERDICTS.filter((v) => v !== 'read').map((v) => {
    const n = judged.filter((j) => j.judgment.verdict === v).length;
    return [v, n, pct(n, judged.length)];
  });
  lines.push(subheading('verdicts of the judged events present'), table(['verdict', 'events', 'share'], verdictRows));

  const roots = new Map<string, { n: number; right: number }>();
  for (const { event, judgment } of judged) {
    const root = event.cameo.slice(0, 2);
    const r = roots.get(root) ?? { n: 0, right: 0 };
    r.n++;
    if (judgment.verdict === 'right') r.right++;
    roots.set(root, r);
  }
  const top = options.roots ?? 10;
  const rootRows: Cell[][] = [...roots]
    .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([root, r]) => [root, r.n, r.right, pct(r.right, r.n)]);
  lines.push(subheading(`per CAMEO root (top ${Math.min(top, roots.size)} of ${roots.size} by events)`), table(['root', 'events', 'right', 'precision'], rootRows));

  const classes = new Map<string, number>();
  for (const { judgment } of judged) if (judgment.errorClass) count(classes, `${judgment.verdict}: ${judgment.errorClass}`);
  const ranked = [...classes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = options.classes ?? 15;
  const classRows: Cell[][] = ranked.slice(0, shown).map(([c, n]) => [c, n]);
  const rest = ranked.slice(shown);
  if (rest.length) classRows.push([`(${rest.length} more classes)`, rest.reduce((sum, [, n]) => sum + n, 0)]);
  if (classRows.length) lines.push(subheading('error classes of the judged events present (column class of the file)'), table(['verdict: class', 'events'], classRows));

  const misses = judged.filter((j) => j.judgment.verdict !== 'right').slice(0, options.showMisses ?? 0);
  if (misses.length) {
    lines.push(subheading(`${misses.length} judged events still emitted that are not right`));
    for (const { event, judgment } of misses) {
      lines.push(`${batch.name} ${describe(event)} [${event.verb}] ${judgment.verdict} (${judgment.errorClass}): ${judgment.note}`);
    }
  }
  return lines.join('\n');
}
