/**
 * Precision on real news, judged by hand: dyad codes the Guardian articles that
 * eval/guardian-judgments.tsv judges, each emitted event is matched to a judgment by its key
 * (article, sentence, CAMEO code, source code, target code) and precision is the share judged
 * `right`. Events with no judgment (new since the judging) and judgments with no event (gone)
 * are counted apart, so the file stays useful while the coder changes.
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

export interface GuardianResult {
  corpus: string;
  judgmentsFile: string;
  /** False when the corpus file is missing (the part is skipped). */
  found: boolean;
  articles: number;
  ms: number;
  match: GuardianMatch;
}

/** Codes the judged articles of the corpus and matches their events to the judgments. */
export async function evaluateGuardian(coder: Coder, corpus = guardianCorpus(), judgmentsFile = GUARDIAN_JUDGMENTS_FILE): Promise<GuardianResult> {
  const { articles, events: judgments } = loadGuardianJudgments(judgmentsFile, coder.cameo);
  const empty = { corpus, judgmentsFile, articles: 0, ms: 0, match: { matched: [], gone: [] } };
  if (!existsSync(corpus)) return { ...empty, found: false };
  const started = performance.now();
  const events: EmittedEvent[] = [];
  let coded = 0;
  for await (const item of readInputs([corpus])) {
    if (item.kind !== 'article' || !articles.has(item.article.id)) continue;
    const a = item.article;
    coded++;
    for (const r of codeText(coder, a.id, a.text, a.published, corpus).records) {
      events.push({ article: a.id, sentence: r.sentence_index, cameo: r.cameo, source: r.source.code, target: r.target?.code ?? null, verb: r.evidence.verb });
    }
  }
  return { ...empty, found: true, articles: coded, ms: performance.now() - started, match: matchJudgments(events, judgments) };
}

const describe = (e: Pick<EmittedEvent, 'article' | 'sentence' | 'cameo' | 'source' | 'target'>) =>
  `${e.article} s${e.sentence} ${e.cameo} ${e.source} -> ${e.target ?? '-'}`;

export function formatGuardian(result: GuardianResult, options: { showMisses?: number; roots?: number; classes?: number } = {}): string {
  const title = 'Guardian 2019 sample: precision judged by hand';
  if (!result.found) return `${heading(title)}\nskipped: corpus file ${result.corpus} not found`;
  const file = result.judgmentsFile.replace(/.*\/eval\//, 'eval/');
  const { matched, gone } = result.match;
  const judged = matched.filter((m) => m.judgment).map((m) => ({ event: m.event, judgment: m.judgment! }));
  const right = judged.filter((j) => j.judgment.verdict === 'right').length;
  const [low, high] = wilson(right, judged.length);
  const lines = [
    heading(title),
    `corpus: ${result.corpus}; judgments: ${file}`,
    `${result.articles} judged articles coded in ${duration(result.ms)}: ${matched.length} events, ${judged.length} of them judged`,
    '',
    `precision (right / judged events present): ${ratio(right, judged.length)}, 95% Wilson interval ${(100 * low).toFixed(1)}-${(100 * high).toFixed(1)}%`,
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
      lines.push(`${describe(event)} [${event.verb}] ${judgment.verdict} (${judgment.errorClass}): ${judgment.note}`);
    }
  }
  return lines.join('\n');
}
