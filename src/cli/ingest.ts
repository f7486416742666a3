/** `dyad ingest PATH...`: code a corpus into a store (docs/STORE.md). */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { DEFAULT_DB, isPostgresUrl, openStore, storeName } from '../store/open.ts';
import { WorkQueue } from '../store/postgres/queue.ts';
import { DyadError } from '../util/errors.ts';
import { printDiagnostic } from './diagnostics.ts';
import { ingest } from './ingest-run.ts';
import { inputSizes, Progress, summary } from './ingest-progress.ts';
import { planParts } from '../ingest/parts.ts';
import type { QueuedPart } from '../store/postgres/queue.ts';
import { addInputOptions, addReliabilityOptions, parseBounds, parseInputFormat, parsePublished, type ReliabilityCliOptions } from './options.ts';
import { Quarantine } from '../ingest/quarantine.ts';

interface IngestCliOptions extends ReliabilityCliOptions {
  db: string;
  workers?: string;
  published?: string;
  inputFormat?: string;
  lexicon?: string;
  keepNegated?: boolean;
  queue?: string;
  unitRecords?: string;
}

export function parseWorkers(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new DyadError('USAGE', `--workers must be a whole number from 1 to 256, got "${value}"`);
  return n;
}

/** Records of a WARC file in one queued unit (a worker cuts it again for its threads). */
const QUEUE_UNIT_RECORDS = 256;
/** Bytes of a JSON Lines file in one queued unit. */
const QUEUE_UNIT_BYTES = 4 * 1024 * 1024;

export function parseUnitRecords(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new DyadError('USAGE', `--unit-records must be a whole number above 0, got "${value}"`);
  return n;
}

/**
 * `--queue URL`: every file the paths name, as an absolute path, becomes a work unit; a big
 * WARC file one unit per `records` records, a big JSONL file one per 4 MiB of lines.
 */
async function enqueue(paths: string[], url: string, records: number | undefined): Promise<void> {
  if (!isPostgresUrl(url)) throw new DyadError('USAGE', `--queue must be a postgres:// URL, got "${url}"`);
  if (paths.includes('-')) throw new DyadError('USAGE', 'stdin cannot be queued: give files or directories');
  const parts: QueuedPart[] = [];
  for await (const item of planParts(paths, { rangeRecords: records ?? QUEUE_UNIT_RECORDS, rangeBytes: QUEUE_UNIT_BYTES })) {
    if (item.kind === 'diagnostic') printDiagnostic(item.diagnostic);
    else if (item.kind === 'part') parts.push({ path: resolve(item.part.path), range: item.part.range });
  }
  const files = new Set(parts.map((p) => p.path)).size;
  const queue = await WorkQueue.open(url);
  try {
    const added = await queue.enqueue(parts);
    const counts = await queue.counts();
    const what = parts.length === files ? `${files} files` : `${parts.length} units (${files} files, big ones in ranges)`;
    process.stderr.write(`dyad ingest: ${added} of ${what} queued (queue: ${counts.pending} pending, ${counts.running} running, ${counts.done} done, ${counts.failed} failed) -> ${storeName(url)}\n`);
  } finally {
    await queue.close();
  }
}

export function registerIngest(program: Command): void {
  addReliabilityOptions(addInputOptions(
    program
      .command('ingest')
      .description('code a corpus into a store: text, JSONL, CSV, saved HTML pages and WARC files, directories, or -')
      .argument('<paths...>', 'files, directories, or - for stdin')
      .option('--db <store>', 'the store: a SQLite file (created on first use) or a postgres:// URL', DEFAULT_DB)
      .option('--workers <n>', 'coder threads (default: the number of cores)')
      .option('--keep-negated', 'also store negated events (flagged negated: true)')
      .option('--queue <url>', 'do not code: queue the files in PostgreSQL for `dyad worker` (postgres://...)')
      .option('--unit-records <n>', 'WARC records per work unit (default 32; 256 with --queue)'),
  )).action(async (paths: string[], options: IngestCliOptions) => {
    const unitRecords = parseUnitRecords(options.unitRecords);
    if (options.queue !== undefined) return enqueue(paths, options.queue, unitRecords);
    const workers = parseWorkers(options.workers);
    const { maxArticleBytes, maxSentenceTokens, maxArticleMs } = parseBounds(options);
    const read = { published: parsePublished(options.published), format: parseInputFormat(options.inputFormat), maxArticleBytes };
    const store = await openStore(options.db);
    const quarantine = new Quarantine(options.quarantine);
    try {
      const progress = new Progress(process.stderr, process.stderr.isTTY ? await inputSizes(paths) : new Map());
      const result = await ingest({
        paths,
        store,
        workers,
        read,
        coder: { lexiconDir: options.lexicon, keepNegated: options.keepNegated, maxSentenceTokens, maxArticleMs },
        progress,
        rangeRecords: unitRecords,
        onDiagnostic: quarantine.reporter(printDiagnostic),
      });
      const quarantined = quarantine.path ? `; ${quarantine.summary()}` : '';
      process.stderr.write(`${summary(result, progress.elapsed(), workers, storeName(options.db), result.codingSeconds)}${quarantined}\n`);
      if (!result.read && result.errors) program.setOptionValue('exitCode', 1);
    } finally {
      quarantine.close();
      await store.close();
    }
  });
}
