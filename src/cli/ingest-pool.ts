/**
 * A pool of coder worker threads (ingest-worker.ts). Units go to the least busy worker;
 * `submit` resolves with the unit's items (diagnostics and coded articles, in reading
 * order), and answers the worker's question of what the store holds of the unit's articles
 * with the caller's `lookup`. A worker that dies fails its own units (each becomes one
 * diagnostic) and is replaced.
 */
import { Worker } from 'node:worker_threads';
import type { ArticleState } from '../store/types.ts';
import type { CoderOptions } from '../pipeline/coder.ts';
import { DyadError } from '../util/errors.ts';
import type { ToWorker, Unit, UnitItem, WorkerInit, WorkerMessage } from './ingest-worker.ts';
import type { WorkerStats } from './ingest-stats.ts';

/** What the store holds of each id (null: nothing), in order. */
export type Lookup = (ids: string[]) => Promise<Array<ArticleState | null>>;

interface Pending {
  unit: Unit;
  lookup: Lookup;
  resolve: (items: UnitItem[]) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Pending>;
}

/**
 * Workers run the TypeScript sources through tsx like bin/dyad.js: a tiny ESM entry registers
 * tsx's loader in the thread, then imports the worker module.
 */
function spawn(init: WorkerInit): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./ingest-worker.ts', import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(tsx)};\nregister();\nawait import(${JSON.stringify(entry)});\n`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { workerData: init });
}

export class CoderPool {
  private readonly slots: Slot[] = [];
  private nextJob = 0;
  private closing = false;
  /** Replacements left: a worker that keeps dying is not restarted for ever. */
  private respawns: number;

  private constructor(
    private readonly init: WorkerInit,
    /** The coder stamp of every record: dyad version and lexicon fingerprint. */
    readonly coder: string,
    size: number,
  ) {
    this.respawns = 2 * size;
  }

  /** Starts `size` workers and waits until each has built its coder. */
  static async start(size: number, options: CoderOptions): Promise<CoderPool> {
    const init: WorkerInit = { coder: options };
    const workers = Array.from({ length: Math.max(1, size) }, () => spawn(init));
    let stamps: string[];
    try {
      stamps = await Promise.all(workers.map(ready));
    } catch (error) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw error;
    }
    const pool = new CoderPool(init, stamps[0], workers.length);
    for (const worker of workers) pool.attach(worker);
    return pool;
  }

  get size(): number {
    return this.slots.length;
  }

  /** Units sent and not yet coded. */
  get inFlight(): number {
    return this.slots.reduce((n, s) => n + s.jobs.size, 0);
  }

  submit(unit: Unit, lookup: Lookup): Promise<UnitItem[]> {
    if (!this.slots.length) return Promise.resolve(failed(unit, 'no coder worker left'));
    const slot = this.slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const job = this.nextJob++;
    return new Promise((resolve) => {
      slot.jobs.set(job, { unit, lookup, resolve });
      slot.worker.postMessage({ kind: 'unit', job, unit } satisfies ToWorker);
    });
  }

  /** Each live worker's CPU and busy time (bench/ingest.ts). */
  stats(): Promise<WorkerStats[]> {
    return Promise.all(
      this.slots.map(
        ({ worker }) =>
          new Promise<WorkerStats>((resolve) => {
            const on = (m: WorkerMessage) => {
              if (m.kind !== 'stats') return;
              worker.off('message', on);
              resolve(m.stats);
            };
            worker.on('message', on);
            worker.postMessage({ kind: 'stats' } satisfies ToWorker);
          }),
      ),
    );
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private attach(worker: Worker): void {
    const slot: Slot = { worker, jobs: new Map() };
    this.slots.push(slot);
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'lookup') {
        const pending = slot.jobs.get(message.job);
        if (!pending) return;
        pending
          .lookup(message.ids)
          .catch(() => message.ids.map(() => null)) // unknown: coded again, the store finds it unchanged
          .then((states) => worker.postMessage({ kind: 'states', job: message.job, states } satisfies ToWorker));
      } else if (message.kind === 'done') {
        const pending = slot.jobs.get(message.job);
        slot.jobs.delete(message.job);
        pending?.resolve(message.items);
      }
    });
    const lost = (why: string) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      for (const pending of slot.jobs.values()) pending.resolve(failed(pending.unit, `worker stopped: ${why}`));
      slot.jobs.clear();
      if (!this.closing && this.respawns-- > 0) this.attach(spawn(this.init));
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
  }
}

/** A unit lost with its worker: one diagnostic for each of its parts, or each of its articles. */
function failed(unit: Unit, why: string): UnitItem[] {
  const diagnostic = (file: string, line: number | undefined, message: string): UnitItem => ({
    kind: 'diagnostic',
    diagnostic: line === undefined ? { severity: 'error', file, code: 'internal', message } : { severity: 'error', file, line, code: 'internal', message },
  });
  if ('articles' in unit) return unit.articles.map((a) => diagnostic(a.origin.file, a.origin.line, `article ${a.id} could not be coded: ${why}`));
  return unit.parts.map((p) => diagnostic(p.path, p.range?.first, p.range ? `${p.range.format === 'warc' ? 'records' : 'lines'} from ${p.range.first} (bytes ${p.range.start}-${p.range.end}) could not be coded: ${why}` : `could not be coded: ${why}`));
}

/** Resolves with the worker's coder stamp once it has built its coder. */
function ready(worker: Worker): Promise<string> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: WorkerMessage) => {
      if (message.kind === 'ready') done(() => resolve(message.coder));
      else if (message.kind === 'failed') done(() => reject(new DyadError('LEXICON_INVALID', message.error)));
    };
    const onError = (error: Error) => done(() => reject(error));
    const onExit = (code: number) => done(() => reject(new Error(`coder worker exited (code ${code}) before it was ready`)));
    const done = (settle: () => void) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      settle();
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}
