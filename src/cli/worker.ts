/**
 * `dyad worker --db postgres://...`: takes units from the queue `dyad ingest --queue` filled
 * (files, or record ranges of big WARC files and line ranges of big JSONL files), codes them
 * into the PostgreSQL store with its coder threads (a range cut again, one piece per thread
 * at a time), and marks them done; any number of workers, on any number of machines that
 * see the same files. Stops when no unit is pending or running. The bounds and the quarantine
 * report are `dyad ingest`'s (options.ts addReliabilityOptions, ingest/quarantine.ts).
 */
import { hostname } from 'node:os';
import type { Command } from 'commander';
import type { Diagnostic } from '../document/types.ts';
import type { ReadOptions } from '../ingest/index.ts';
import { Quarantine } from '../ingest/quarantine.ts';
import type { CoderOptions } from '../pipeline/coder.ts';
import { isPostgresUrl, openStore, storeName } from '../store/open.ts';
import { WorkQueue, type WorkUnit } from '../store/postgres/queue.ts';
import type { EventStore } from '../store/types.ts';
import { DyadError } from '../util/errors.ts';
import { printDiagnostic } from './diagnostics.ts';
import { CoderPool } from './ingest-pool.ts';
import { ingest, type IngestResult } from './ingest-run.ts';
import { parseWorkers } from './ingest.ts';
import { addReliabilityOptions, parseBounds, type ReliabilityCliOptions } from './options.ts';

export interface WorkerCliOptions extends ReliabilityCliOptions {
  db: string;
  workers?: string;
  lease: string;
  attempts: string;
  lexicon?: string;
  keepNegated?: boolean;
}

export interface WorkerSettings {
  /** Seconds a claimed unit stays leased without a renewal. */
  lease: number;
  /** Tries before a unit is left failed. */
  attempts: number;
  /** Coder threads. */
  workers: number;
  /** What every coder thread builds its coder with (the sentence and time bounds included). */
  coder: CoderOptions;
  /** What the coder threads read units with: the article size bound. */
  read: ReadOptions;
  /** `--quarantine FILE`: where what was left out is written, or undefined. */
  quarantine?: string;
}

/** The command line, checked: a bad value is a usage error before any connection is opened. */
export function workerSettings(options: WorkerCliOptions): WorkerSettings {
  if (!isPostgresUrl(options.db)) throw new DyadError('USAGE', '--db must be a postgres:// URL (the queue lives in PostgreSQL)');
  const lease = Number(options.lease);
  const attempts = Number(options.attempts);
  if (!(lease >= 1) || !(attempts >= 1)) throw new DyadError('USAGE', '--lease and --attempts must be positive numbers');
  const { maxArticleBytes, maxSentenceTokens, maxArticleMs } = parseBounds(options);
  return {
    lease,
    attempts,
    workers: parseWorkers(options.workers),
    coder: { lexiconDir: options.lexicon, keepNegated: options.keepNegated, maxSentenceTokens, maxArticleMs },
    read: { maxArticleBytes },
    quarantine: options.quarantine,
  };
}

/**
 * Codes one claimed unit into the store, as `dyad ingest` codes a file (a range: cut again for
 * the threads): an article over the bounds, unreadable or given up is a diagnostic for
 * `report`, and the others are stored. Throws only when the unit as a whole fails (the store).
 */
export function codeUnit(unit: WorkUnit, settings: Pick<WorkerSettings, 'workers' | 'read'>, store: EventStore, pool: CoderPool, report: (d: Diagnostic) => void): Promise<IngestResult> {
  const part = unit.range ? { path: unit.path, range: unit.range, bytes: unit.range.end - unit.range.start } : undefined;
  return ingest({ paths: [unit.path], part, store, workers: settings.workers, pool, read: settings.read, onDiagnostic: report });
}

/** A unit that threw, as a diagnostic naming its file (and range). */
function unitFailure(unit: WorkUnit, error: unknown): Diagnostic {
  const where = unit.range ? ` (${unit.range.format === 'warc' ? 'records' : 'lines'} from ${unit.range.first}, bytes ${unit.range.start}-${unit.range.end})` : '';
  return { severity: 'error', file: unit.path, code: 'worker', message: `unit${where} failed (attempt ${unit.attempts}): ${(error as Error).message}` };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function registerWorker(program: Command): void {
  addReliabilityOptions(program
    .command('worker')
    .description('code queued files (dyad ingest --queue) into a PostgreSQL store, until the queue is empty')
    .requiredOption('--db <url>', 'the PostgreSQL store holding the queue: postgres://...')
    .option('--workers <n>', 'coder threads (default: the number of cores)')
    .option('--lease <seconds>', 'a claimed file goes back to the queue when its worker is silent this long', '300')
    .option('--attempts <n>', 'a file that failed this many times is left failed', '3')
    .option('--lexicon <dir>', 'a lexicon directory of your own (default: the lexicon/ shipped with dyad)')
    .option('--keep-negated', 'also store negated events (flagged negated: true)'))
    .action(async (options: WorkerCliOptions) => {
      const settings = workerSettings(options);
      const { lease, attempts, workers, coder } = settings;
      const name = `${hostname()}:${process.pid}`;
      const quarantine = new Quarantine(settings.quarantine); // opened first: a bad path fails before any connection
      const store = await openStore(options.db);
      const queue = await WorkQueue.open(options.db);
      const report = quarantine.reporter(printDiagnostic);
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
            const r = await codeUnit(unit, settings, store, pool, report);
            await queue.complete(unit, name);
            total.units++;
            total.articles += r.read;
            total.coded += r.inserted + r.replaced;
            total.events += r.events;
            total.errors += r.errors;
          } catch (error) {
            // a unit that will be tried again lost nothing yet: quarantined only when left failed
            const d = unitFailure(unit, error);
            if (unit.attempts >= attempts) report(d);
            else printDiagnostic(d);
            await queue.fail(unit, name, (error as Error).message, attempts);
          } finally {
            clearInterval(renew);
          }
        }
      } finally {
        quarantine.close();
        await pool.close();
        await queue.close();
        await store.close();
      }
      process.stderr.write(
        `dyad worker: ${total.units} unit${total.units === 1 ? '' : 's'} done, ${total.articles} articles read, ${total.coded} coded, ${total.events} event records stored${total.errors ? `, ${total.errors} input errors (skipped)` : ''}${quarantine.path ? `, ${quarantine.summary()}` : ''} -> ${storeName(options.db)}\n`,
      );
    });
}
