/**
 * A pool of coder worker threads (ingest-worker.ts). Batches go to the least busy worker;
 * `submit` resolves with the batch's coded articles. A worker that dies fails its own
 * batches (their articles become diagnostics) and is replaced.
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../document/types.ts';
import type { CoderOptions } from '../pipeline/coder.ts';
import { DyadError } from '../util/errors.ts';
import type { CodedArticle, CodeJob, WorkerInit, WorkerMessage } from './ingest-worker.ts';

interface Pending {
  articles: CodeJob['articles'];
  resolve: (results: CodedArticle[]) => void;
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

  /** Batches sent and not yet coded. */
  get inFlight(): number {
    return this.slots.reduce((n, s) => n + s.jobs.size, 0);
  }

  submit(articles: CodeJob['articles']): Promise<CodedArticle[]> {
    if (!this.slots.length) return Promise.resolve(articles.map(({ article }) => failed(article, 'no coder worker left')));
    const slot = this.slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const job = this.nextJob++;
    return new Promise((resolve) => {
      slot.jobs.set(job, { articles, resolve });
      slot.worker.postMessage({ job, articles } satisfies CodeJob);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private attach(worker: Worker): void {
    const slot: Slot = { worker, jobs: new Map() };
    this.slots.push(slot);
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind !== 'coded') return;
      const pending = slot.jobs.get(message.job);
      slot.jobs.delete(message.job);
      pending?.resolve(message.results);
    });
    const lost = (why: string) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      for (const pending of slot.jobs.values()) pending.resolve(pending.articles.map(({ article }) => failed(article, `worker stopped: ${why}`)));
      slot.jobs.clear();
      if (!this.closing && this.respawns-- > 0) this.attach(spawn(this.init));
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
  }
}

function failed(article: Article, error: string): CodedArticle {
  return { kind: 'failed', article, error };
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
