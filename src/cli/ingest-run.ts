/**
 * The ingest loop: read articles (src/ingest), send them in batches to the coder pool with
 * what the store holds of each (a worker skips an article whose content and coder did not
 * change), write what comes back to the store on this thread, one transaction per batch.
 * Bad input and articles that fail become diagnostics; the batch goes on.
 */
import type { Article, Diagnostic } from '../document/types.ts';
import { readInputs, type ReadOptions } from '../ingest/index.ts';
import type { CoderOptions } from '../pipeline/coder.ts';
import type { PreparedArticle } from '../store/prepare.ts';
import type { EventStore } from '../store/types.ts';
import { CoderPool } from './ingest-pool.ts';
import type { CodedArticle, CodeJob } from './ingest-worker.ts';
import type { IngestCounts, Progress } from './ingest-progress.ts';

export interface IngestOptions {
  paths: string[];
  store: EventStore;
  workers: number;
  coder?: CoderOptions;
  read?: ReadOptions;
  /** Articles per message to a worker. */
  batch?: number;
  progress?: Progress;
  onDiagnostic: (d: Diagnostic) => void;
  /** A running coder pool to use (`dyad worker` keeps one across units); else one is started and closed. */
  pool?: CoderPool;
}

export interface IngestResult extends IngestCounts {
  coder: string;
  /** Seconds from the first article sent to the last written (coder start-up excluded). */
  codingSeconds: number;
}

function failure(article: Article, message: string): Diagnostic {
  return { severity: 'error', file: article.origin.file, line: article.origin.line, code: 'internal', message: `article ${article.id} could not be coded: ${message}` };
}

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const { store, onDiagnostic, progress } = options;
  const pool = options.pool ?? (await CoderPool.start(options.workers, options.coder ?? {}));
  const counts: IngestCounts = { read: 0, inserted: 0, replaced: 0, unchanged: 0, events: 0, errors: 0 };
  const report = (d: Diagnostic) => {
    progress?.clear();
    onDiagnostic(d);
    if (d.severity === 'error') counts.errors++;
  };

  /** Stores coded articles; an article the store refuses is reported alone. */
  const write = async (results: CodedArticle[]) => {
    const inputs: PreparedArticle[] = [];
    for (const r of results) {
      if (r.kind === 'failed') report(r.diagnostic ?? failure(r.article, r.error));
      else if (r.kind === 'unchanged') counts.unchanged++;
      else {
        for (const w of r.warnings ?? []) report(w);
        inputs.push(r.prepared);
      }
    }
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
    for (const s of stored) {
      counts[s.status]++;
      counts.events += s.mentions;
    }
    progress?.update(counts);
  };

  const size = options.batch ?? 16;
  const limit = 2 * pool.size;
  const running = new Set<Promise<void>>();
  let writes: Promise<void> = Promise.resolve();
  let batch: CodeJob['articles'] = [];
  let started = 0;
  const send = async () => {
    if (!batch.length) return;
    if (!started) started = Date.now();
    const articles = batch;
    batch = [];
    while (running.size >= limit) await Promise.race(running);
    const done: Promise<void> = pool.submit(articles).then((results) => {
      writes = writes.then(() => write(results));
      return writes;
    });
    running.add(done);
    void done.finally(() => running.delete(done));
  };

  try {
    for await (const item of readInputs(options.paths, options.read)) {
      if (item.kind === 'diagnostic') {
        report(item.diagnostic);
        continue;
      }
      const { article } = item;
      counts.read++;
      progress?.article(article.origin.file, article.text.length);
      batch.push({ article, stored: await store.articleState(article.id) });
      if (batch.length >= size) await send();
    }
    await send();
    await Promise.all(running);
    await writes;
  } finally {
    progress?.clear();
    if (!options.pool) await pool.close();
  }
  return { ...counts, coder: pool.coder, codingSeconds: started ? (Date.now() - started) / 1000 : 0 };
}
