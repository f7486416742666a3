/**
 * The ingest loop. The input is cut into units (src/ingest/parts.ts: small files grouped,
 * big JSONL files cut into line ranges, WARC files into record ranges); the coder threads
 * read their units themselves, ask what the store holds of the articles, code and prepare
 * the rows (ingest-worker.ts). This thread plans the units, answers the look-ups and writes
 * the store, one transaction per unit, taking the units' results in input order (so the
 * diagnostics come in reading order and a repeated id ends as its last copy). Only stdin and
 * big CSV files (a record may span lines: not cut) are read here. Bad input and articles that fail become diagnostics; the run goes on.
 */
import type { Diagnostic } from '../document/types.ts';
import { formatOfPath, readInputs, type ReadOptions } from '../ingest/index.ts';
import { pathReader } from '../ingest/page-readers.ts';
import { cutPart, DEFAULT_RANGE_BYTES, planParts, type Part, type PlanOptions } from '../ingest/parts.ts';
import { parseDate } from '../ingest/dates.ts';
import type { Article } from '../document/types.ts';
import type { CoderOptions } from '../pipeline/coder.ts';
import type { PreparedArticle } from '../store/prepare.ts';
import type { EventStore } from '../store/types.ts';
import { CoderPool } from './ingest-pool.ts';
import type { Unit, UnitItem } from './ingest-worker.ts';
import type { IngestCounts, Progress } from './ingest-progress.ts';

export interface IngestOptions {
  paths: string[];
  store: EventStore;
  workers: number;
  coder?: CoderOptions;
  read?: ReadOptions;
  /** Only this part (a unit of the PostgreSQL queue), instead of `paths`; cut again into units for the threads. */
  part?: Part;
  /** WARC records per unit (default 32). */
  rangeRecords?: number;
  /** Bytes of JSONL per unit, and of small files grouped in one unit (default 128 KiB). */
  rangeBytes?: number;
  /** Articles per unit read from stdin, files per unit of small files (default 16). */
  batch?: number;
  progress?: Progress;
  onDiagnostic: (d: Diagnostic) => void;
  /** A running coder pool to use (`dyad worker` keeps one across units); else one is started and closed. */
  pool?: CoderPool;
  /** Filled with where the main thread's time went (bench/ingest.ts). */
  timing?: IngestTiming;
}

/** Wall ms of the main thread by task. */
export interface IngestTiming {
  /** Cutting the input into units (WARC files are scanned), and reading stdin. */
  plan: number;
  /** Answering the workers' look-ups. */
  state: number;
  /** Sending units. */
  submit: number;
  /** Store transactions. */
  write: number;
}

export interface IngestResult extends IngestCounts {
  coder: string;
  /** Seconds from the first unit sent to the last written (coder start-up excluded). */
  codingSeconds: number;
}

/** A unit or a diagnostic of the planner, in input order. */
type Entry = Promise<UnitItem[]>;

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const { store, onDiagnostic, progress, timing } = options;
  const pool = options.pool ?? (await CoderPool.start(options.workers, options.coder ?? {}));
  const counts: IngestCounts = { read: 0, inserted: 0, replaced: 0, unchanged: 0, events: 0, errors: 0 };
  const report = (d: Diagnostic) => {
    progress?.clear();
    onDiagnostic(d);
    if (d.severity === 'error') counts.errors++;
  };
  const clock = () => (timing ? performance.now() : 0);

  // What the workers read is checked once here: a bad --published was reported by the planner.
  const published = parseDate(options.read?.published);
  const read: ReadOptions = { ...options.read, stdin: undefined, published: published.kind === 'ok' ? published.date : null };
  const forced = options.read?.format !== undefined;
  /** Ids seen, and where first: a repeated id is a warning, as readInputs gives. */
  const seen = new Map<string, string>();

  const lookup = async (ids: string[]) => {
    const t0 = clock();
    const states = await Promise.all(ids.map((id) => store.articleState(id)));
    if (timing) timing.state += performance.now() - t0;
    return states;
  };

  /** Stores one unit's coded articles, one transaction; an article the store refuses is reported alone. */
  const write = async (inputs: PreparedArticle[]) => {
    if (!inputs.length) return;
    const t0 = clock();
    let stored;
    try {
      stored = await store.putArticles(inputs);
    } catch {
      stored = [];
      for (const input of inputs) {
        try {
          stored.push(await store.putArticle(input));
        } catch (error) {
          report({ severity: 'error', file: input.originFile, line: input.originLine ?? undefined, code: 'store', message: `article ${input.id} could not be stored: ${(error as Error).message}` });
        }
      }
    }
    if (timing) timing.write += performance.now() - t0;
    for (const s of stored) {
      counts[s.status]++;
      counts.events += s.mentions;
    }
  };

  /** One unit's items, in reading order. */
  const take = async (items: UnitItem[]) => {
    const inputs: PreparedArticle[] = [];
    for (const item of items) {
      if (item.kind === 'diagnostic') {
        report(item.diagnostic);
        continue;
      }
      counts.read++;
      progress?.article(item.file, item.chars);
      if (forced || !pathReader(item.file)) {
        const first = seen.get(item.id);
        const where = item.line === undefined ? item.file : `${item.file}:${item.line}`;
        if (first !== undefined) report({ severity: 'warning', file: item.file, ...(item.line === undefined ? {} : { line: item.line }), code: 'duplicate-id', message: `duplicate article id "${item.id}" (first in ${first})` });
        else seen.set(item.id, where);
      }
      if (item.kind === 'failed') report(item.diagnostic);
      else if (item.kind === 'unchanged') counts.unchanged++;
      else {
        for (const w of item.warnings ?? []) report(w);
        inputs.push(item.prepared);
      }
    }
    await write(inputs);
    progress?.update(counts);
  };

  // Units in flight, taken in order; at most `limit` sent and not yet taken.
  const limit = 3 * pool.size;
  const queue: Entry[] = [];
  let started = 0;
  const drainOne = async () => {
    const items = await queue.shift()!;
    await take(items);
  };
  const push = async (entry: Entry) => {
    queue.push(entry);
    while (queue.length >= limit) await drainOne();
  };
  const submit = async (unit: Unit) => {
    if (!started) started = Date.now();
    const t0 = clock();
    const entry = pool.submit(unit, lookup);
    if (timing) timing.submit += performance.now() - t0;
    await push(entry);
  };

  const size = options.batch ?? 16;
  const groupBytes = options.rangeBytes ?? DEFAULT_RANGE_BYTES;
  let group: Part[] = [];
  let groupSize = 0;
  const flush = async () => {
    if (!group.length) return;
    const parts = group;
    group = [];
    groupSize = 0;
    await submit({ parts, read });
  };

  /** stdin, or a big CSV file (its records can span lines: not cut): read here, sent as units of articles. */
  const readHere = async (path: string) => {
    let articles: Article[] = [];
    for await (const item of readInputs([path], { ...options.read, published: read.published })) {
      if (item.kind === 'diagnostic') {
        if (item.diagnostic.code === 'duplicate-id') continue; // found again in take()
        if (articles.length) await submit({ articles });
        articles = [];
        await push(Promise.resolve([item]));
        continue;
      }
      articles.push(item.article);
      if (articles.length >= size) {
        await submit({ articles });
        articles = [];
      }
    }
    if (articles.length) await submit({ articles });
  };

  try {
    const planOptions: PlanOptions = { ...options.read, rangeRecords: options.rangeRecords, rangeBytes: options.rangeBytes };
    const plan = options.part ? cut(options.part, planOptions) : planParts(options.paths, planOptions);
    for (;;) {
      const t0 = clock();
      const next = await plan.next();
      if (timing) timing.plan += performance.now() - t0;
      if (next.done) break;
      const item = next.value;
      if (item.kind === 'part' && !item.part.range && item.part.bytes >= groupBytes && (options.read?.format ?? (pathReader(item.part.path) ? undefined : formatOfPath(item.part.path))) === 'csv') {
        await flush();
        const t1 = clock();
        await readHere(item.part.path);
        if (timing) timing.plan += performance.now() - t1;
        continue;
      }
      if (item.kind === 'part' && !item.part.range && item.part.bytes < groupBytes) {
        group.push(item.part);
        groupSize += item.part.bytes;
        if (group.length >= size || groupSize >= groupBytes) await flush();
        continue;
      }
      await flush();
      if (item.kind === 'part') await submit({ parts: [item.part], read });
      else if (item.kind === 'diagnostic') await push(Promise.resolve([{ kind: 'diagnostic', diagnostic: item.diagnostic }]));
      else {
        const t1 = clock();
        await readHere('-');
        if (timing) timing.plan += performance.now() - t1;
      }
    }
    await flush();
    while (queue.length) await drainOne();
  } finally {
    progress?.clear();
    if (!options.pool) await pool.close();
  }
  return { ...counts, coder: pool.coder, codingSeconds: started ? (Date.now() - started) / 1000 : 0 };
}

/** A unit of the queue, cut again for this worker's threads. */
async function* cut(part: Part, options: PlanOptions): AsyncGenerator<{ kind: 'part'; part: Part }> {
  for (const p of await cutPart(part, options)) yield { kind: 'part', part: p };
}
