/**
 * One ingest worker thread: builds its own coder, then takes units of input from the main
 * thread (ingest-run.ts): parts of files it reads itself (whole files, WARC record ranges,
 * JSONL line ranges: src/ingest/parts.ts), or articles the main thread read (stdin). For
 * each unit it reads the articles, asks the main thread what the store holds of them (one
 * message for the unit), codes those whose content or coder changed and sends back, in
 * reading order, the diagnostics and the rows to store (src/store/prepare.ts): the main
 * thread only writes. Units wait in a queue, so the next one is read and looked up while
 * this one is coded. A defect that throws on one article costs that article, never the unit.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article, Diagnostic } from '../document/types.ts';
import type { ReadOptions } from '../ingest/index.ts';
import { longSentenceWarnings } from '../ingest/long-sentences.ts';
import { readPart, type Part } from '../ingest/parts.ts';
import { codeArticle, createCoder, type CoderOptions } from '../pipeline/coder.ts';
import { codingFailure } from '../pipeline/deadline.ts';
import { toRecord } from '../output/record.ts';
import { contentHash } from '../store/keys.ts';
import { prepareArticle, type PreparedArticle } from '../store/prepare.ts';
import type { ArticleState } from '../store/types.ts';
import { threadCpu, type WorkerStats } from './ingest-stats.ts';

export interface WorkerInit {
  coder: CoderOptions;
}

/** What a worker is given to read and code: parts it reads itself, or articles read for it. */
export type Unit = { parts: Part[]; read: ReadOptions } | { articles: Article[] };

/** Where an article came from, and its size (progress). */
interface Origin {
  id: string;
  file: string;
  line?: number;
  chars: number;
}

/** One item of a unit's result, in reading order. */
export type UnitItem =
  | { kind: 'diagnostic'; diagnostic: Diagnostic }
  | (Origin & { kind: 'coded'; prepared: PreparedArticle; warnings?: Diagnostic[] })
  | (Origin & { kind: 'unchanged' })
  | (Origin & { kind: 'failed'; diagnostic: Diagnostic });

export type ToWorker = { kind: 'unit'; job: number; unit: Unit } | { kind: 'states'; job: number; states: Array<ArticleState | null> } | { kind: 'stats' };

export type WorkerMessage =
  | { kind: 'ready'; coder: string }
  | { kind: 'failed'; error: string }
  | { kind: 'lookup'; job: number; ids: string[] }
  | { kind: 'done'; job: number; items: UnitItem[] }
  | { kind: 'stats'; stats: WorkerStats };

const port = parentPort;
if (!port) throw new Error('ingest-worker.ts runs in a worker thread');
const send = (message: WorkerMessage) => port.postMessage(message);

const born = performance.now();
let busy = 0;
/** Wall ms with nothing to code: waiting for a unit to arrive, be read and looked up. */
let starved = 0;
let idleSince = 0;
let startupMs = 0;
let startupCpuMs = 0;
let coder: ReturnType<typeof createCoder>;
try {
  coder = createCoder((workerData as WorkerInit).coder);
  startupMs = performance.now() - born;
  startupCpuMs = threadCpu().cpuMs;
  idleSince = performance.now();
  send({ kind: 'ready', coder: coder.coder });
} catch (error) {
  send({ kind: 'failed', error: (error as Error).message });
  port.close();
}

function originOf(article: Article): Origin {
  const o: Origin = { id: article.id, file: article.origin.file, chars: article.text.length };
  if (article.origin.line !== undefined) o.line = article.origin.line;
  return o;
}

function code(article: Article, stored: ArticleState | null): UnitItem {
  const origin = originOf(article);
  if (stored && stored.coder === coder.coder && stored.contentHash === contentHash(article)) return { kind: 'unchanged', ...origin };
  try {
    const coding = codeArticle(coder, article);
    const records = coding.events.map((e) => {
      const s = coding.doc.sentences[e.sentenceIndex];
      return toRecord(e, article, article.text.slice(s.start, s.end), coder.cameo, coder.coder);
    });
    const prepared = prepareArticle({ article, records, coder: coder.coder });
    const warnings = longSentenceWarnings(article, coding.longSentences, coder.options.maxSentenceTokens, coding.doc.sentences);
    return warnings.length ? { kind: 'coded', ...origin, prepared, warnings } : { kind: 'coded', ...origin, prepared };
  } catch (error) {
    // out of time (--max-article-ms), or a defect in dyad: it costs one article, never the unit
    return { kind: 'failed', ...origin, diagnostic: codingFailure(article, error) };
  }
}

type Read = Array<{ kind: 'diagnostic'; diagnostic: Diagnostic } | { kind: 'article'; article: Article }>;

/** A unit read and looked up, waiting to be coded. */
interface Ready {
  job: number;
  read: Read;
  states: Array<ArticleState | null>;
  /** Items coded so far, and how many articles of `read` they hold. */
  items: UnitItem[];
  articles: number;
}

const lookups = new Map<number, (states: Array<ArticleState | null>) => void>();
const ready: Ready[] = [];
let coding = false;

async function readUnit(unit: Unit): Promise<Read> {
  if ('articles' in unit) return unit.articles.map((article) => ({ kind: 'article', article }));
  const items: Read = [];
  for (const part of unit.parts) {
    for await (const item of readPart(part, unit.read)) {
      // duplicate ids across the whole input are the main thread's to find
      if (item.kind === 'diagnostic' && item.diagnostic.code === 'duplicate-id') continue;
      items.push(item);
    }
  }
  return items;
}

async function take(job: number, unit: Unit): Promise<void> {
  let read: Read;
  try {
    read = await readUnit(unit);
  } catch (error) {
    const file = 'parts' in unit ? (unit.parts[0]?.path ?? '-') : '-';
    read = [{ kind: 'diagnostic', diagnostic: { severity: 'error', file, code: 'internal', message: `unit could not be read: ${(error as Error).message}` } }];
  }
  const ids = read.flatMap((item) => (item.kind === 'article' ? [item.article.id] : []));
  const states = ids.length ? await new Promise<Array<ArticleState | null>>((resolve) => (lookups.set(job, resolve), send({ kind: 'lookup', job, ids }))) : [];
  ready.push({ job, read, states, items: [], articles: 0 });
  if (!coding) {
    coding = true;
    starved += performance.now() - idleSince;
    setImmediate(codeNext);
  }
}

/**
 * Codes the next article of the oldest ready unit, then gives the event loop a turn (the
 * next unit is read and looked up meanwhile, so the coder never waits for it).
 */
function codeNext(): void {
  const unit = ready[0];
  if (!unit) {
    coding = false;
    idleSince = performance.now();
    return;
  }
  const t0 = performance.now();
  // diagnostics up to the next article, then the article
  while (unit.items.length < unit.read.length) {
    const item = unit.read[unit.items.length];
    if (item.kind === 'diagnostic') {
      unit.items.push(item);
      continue;
    }
    unit.items.push(code(item.article, unit.states[unit.articles++] ?? null));
    break;
  }
  if (unit.items.length === unit.read.length) {
    ready.shift();
    send({ kind: 'done', job: unit.job, items: unit.items });
  }
  busy += performance.now() - t0;
  setImmediate(codeNext);
}

port.on('message', (message: ToWorker) => {
  if (message.kind === 'stats') {
    send({ kind: 'stats', stats: { ...threadCpu(), busyMs: busy, starvedMs: starved + (coding ? 0 : performance.now() - idleSince), aliveMs: performance.now() - born, startupMs, startupCpuMs } });
  } else if (message.kind === 'states') {
    lookups.get(message.job)?.(message.states);
    lookups.delete(message.job);
  } else void take(message.job, message.unit);
});
