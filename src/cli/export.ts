/** `dyad export`: the stored events as a GDELT 2.0 event table, PLOVER JSONL, CSV or Parquet. */
import { createWriteStream, existsSync } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { normaliseDate } from '../ingest/index.ts';
import { csvHeader, csvRow } from '../store/export/columns.ts';
import { gdeltLine } from '../store/export/gdelt.ts';
import { writeParquet } from '../store/export/parquet.ts';
import { ploverExport } from '../store/export/plover.ts';
import { DEFAULT_DB, isPostgresUrl, openStore } from '../store/open.ts';
import type { EventQuery, EventStore } from '../store/types.ts';
import { DyadError } from '../util/errors.ts';

const FORMATS = ['csv', 'plover', 'gdelt', 'parquet'] as const;
type ExportFormat = (typeof FORMATS)[number];

interface ExportCliOptions {
  db: string;
  format: string;
  from?: string;
  to?: string;
  dyad?: string;
  output?: string;
}

function date(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const d = normaliseDate(value);
  if (!d) throw new DyadError('USAGE', `${option} must be a date YYYY-MM-DD, got "${value}"`);
  return d;
}

/** "PAK-CHN" -> source PAK, target CHN; either side may be empty ("PAK-", "-CHN"). */
export function parseDyad(value: string | undefined): Pick<EventQuery, 'source' | 'target'> {
  if (value === undefined) return {};
  const m = /^([A-Za-z0-9]*)-([A-Za-z0-9]*)$/.exec(value.trim());
  if (!m || (!m[1] && !m[2])) throw new DyadError('USAGE', `--dyad must be SOURCE-TARGET actor codes (PAK-CHN, PAK-, -CHN), got "${value}"`);
  const query: Pick<EventQuery, 'source' | 'target'> = {};
  if (m[1]) query.source = m[1].toUpperCase();
  if (m[2]) query.target = m[2].toUpperCase();
  return query;
}

async function* lines(store: EventStore, query: EventQuery, format: Exclude<ExportFormat, 'parquet'>, tally: { rows: number; untyped: number }): AsyncGenerator<string> {
  if (format === 'csv') yield `${csvHeader()}\n`;
  for await (const e of store.events(query)) {
    if (format === 'plover') {
      const record = ploverExport(e);
      if (!record) {
        tally.untyped++;
        continue;
      }
      yield `${JSON.stringify(record)}\n`;
    } else yield `${format === 'csv' ? csvRow(e) : gdeltLine(e)}\n`;
    tally.rows++;
  }
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export the stored events (deduplicated, with mention counts): gdelt, plover, csv or parquet')
    .option('--db <store>', 'the store to read: a SQLite file or a postgres:// URL', DEFAULT_DB)
    .option('-f, --format <format>', FORMATS.join(', '), 'csv')
    .option('--from <date>', 'events dated on or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'events dated on or before this day (YYYY-MM-DD)')
    .option('--dyad <pair>', 'SOURCE-TARGET actor codes, prefixes allowed: PAK-CHN matches PAKGOV -> CHNMIL')
    .option('-o, --output <file>', 'write to a file instead of stdout (required for parquet)')
    .action(async (options: ExportCliOptions) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) throw new DyadError('USAGE', `--format must be ${FORMATS.join(', ')}, got "${options.format}"`);
      const format = options.format as ExportFormat;
      if (format === 'parquet' && !options.output) throw new DyadError('USAGE', '--format parquet needs --output FILE');
      const query: EventQuery = { from: date('--from', options.from), to: date('--to', options.to), ...parseDyad(options.dyad) };
      if (!isPostgresUrl(options.db) && !existsSync(options.db)) throw new DyadError('NOT_FOUND', `no store at ${options.db} (create one with dyad ingest)`);
      const store = await openStore(options.db);
      const tally = { rows: 0, untyped: 0 };
      try {
        if (format === 'parquet') tally.rows = await writeParquet(store.events(query), options.output as string);
        else {
          const out: Writable = options.output ? createWriteStream(options.output) : process.stdout;
          await pipeline(Readable.from(lines(store, query, format, tally)), out, { end: Boolean(options.output) });
        }
      } finally {
        await store.close();
      }
      const left = tally.untyped ? `, ${tally.untyped} without a PLOVER type left out` : '';
      process.stderr.write(`dyad export: ${tally.rows} event${tally.rows === 1 ? '' : 's'}${left}${options.output ? ` -> ${options.output}` : ''}\n`);
    });
}
