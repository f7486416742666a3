/**
 * `dyad worker --db postgres://...`: takes units from the queue `dyad ingest --queue` filled
 * (files, or record ranges of big WARC files and line ranges of big JSONL files), codes them
 * into the PostgreSQL store with its coder threads (a range cut again, one piece per thread
 * at a time), and marks them done; any number of workers, on any number of machines that
 * see the same files. Stops when no unit is pending or running.
 */
import { hostname } from 'node:os';
import type { Command } from 'commander';
import type { CoderOptions } from '../pipeline/coder.ts';
import { isPostgresUrl, openStore, storeName } from '../store/open.ts';
import { WorkQueue } from '../store/postgres/queue.ts';
import { DyadError } from '../util/errors.ts';
import { printDiagnostic } from './diagnostics.ts';
import { CoderPool } from './ingest-pool.ts';
import { ingest } from './ingest-run.ts';
import { parseWorkers } from './ingest.ts';
import { addTimeBoundOption, parseMillis } from './options.ts';

export interface WorkerCliOptions {
  db: string;
  workers?: string;
  lease: string;
  attempts: string;
  lexicon?: string;
  keepNegated?: boolean;
  maxArticleMs?: string;
}

export interface WorkerSettings {
  /** Seconds a claimed unit stays leased without a renewal. */
  lease: number;
  /** Tries before a unit is left failed. */
  attempts: number;
  /** Coder threads. */
  workers: number;
  /** What every coder thread builds its coder with. */
  coder: CoderOptions;
}

/** The command line, checked: a bad value is a usage error before any connection is opened. */
export function workerSettings(options: WorkerCliOptions): WorkerSettings {
  if (!isPostgresUrl(options.db)) throw new DyadError('USAGE', '--db must be a postgres:// URL (the queue lives in PostgreSQL)');
  const lease = Number(options.lease);
  const attempts = Number(options.attempts);
  if (!(lease >= 1) || !(attempts >= 1)) throw new DyadError('USAGE', '--lease and --attempts must be positive numbers');
  const maxArticleMs = parseMillis('--max-article-ms', options.maxArticleMs);
  return {
    lease,
    attempts,
    workers: parseWorkers(options.workers),
    coder: { lexiconDir: options.lexicon, keepNegated: options.keepNegated, maxArticleMs },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function registerWorker(program: Command): void {
  addTimeBoundOption(program
    .command('worker')
    .description('code queued files (dyad ingest --queue) into a PostgreSQL store, until the queue is empty')
    .requiredOption('--db <url>', 'the PostgreSQL store holding the queue: postgres://...')
    .option('--workers <n>', 'coder threads (default: the number of cores)')
    .option('--lease <seconds>', 'a claimed file goes back to the queue when its worker is silent this long', '300')
    .option('--attempts <n>', 'a file that failed this many times is left failed', '3')
    .option('--lexicon <dir>', 'a lexicon directory of your own (default: the lexicon/ shipped with dyad)')
    .option('--keep-negated', 'also store negated events (flagged negated: true)'))
    .action(async (options: WorkerCliOptions) => {
      const { lease, attempts, workers, coder } = workerSettings(options);
      const name = `${hostname()}:${process.pid}`;
      const store = await openStore(options.db);
      const queue = await WorkQueue.open(options.db);
      const pool = await CoderPool.start(workers, coder);
      const total = { units: 0, articles: 0, coded: 0, events: 0, errors: 0 };
      try {
        for (;;) {
          const unit = await queue.claim(name, lease);
          if (!unit) {
            if ((await queue.counts()).running === 0) break;
            await sleep(Math.min(1000, lease * 250)); // others hold leases: wait for them to finish or expire
            continue;
          }
          const renew = setInterval(() => void queue.renew(unit, name, lease).catch(() => {}), (lease * 1000) / 3);
          try {
            const part = unit.range ? { path: unit.path, range: unit.range, bytes: unit.range.end - unit.range.start } : undefined;
            const r = await ingest({ paths: [unit.path], part, store, workers, pool, onDiagnostic: printDiagnostic });
            await queue.complete(unit, name);
            total.units++;
            total.articles += r.read;
            total.coded += r.inserted + r.replaced;
            total.events += r.events;
            total.errors += r.errors;
          } catch (error) {
            const where = unit.range ? ` (${unit.range.format === 'warc' ? 'records' : 'lines'} from ${unit.range.first}, bytes ${unit.range.start}-${unit.range.end})` : '';
            printDiagnostic({ severity: 'error', file: unit.path, code: 'worker', message: `unit${where} failed (attempt ${unit.attempts}): ${(error as Error).message}` });
            await queue.fail(unit, name, (error as Error).message, attempts);
          } finally {
            clearInterval(renew);
          }
        }
      } finally {
        await pool.close();
        await queue.close();
        await store.close();
      }
      process.stderr.write(
        `dyad worker: ${total.units} unit${total.units === 1 ? '' : 's'} done, ${total.articles} articles read, ${total.coded} coded, ${total.events} event records stored${total.errors ? `, ${total.errors} input errors (skipped)` : ''} -> ${storeName(options.db)}\n`,
      );
    });
}
