/**
 * `dyad check [--db ...]`: the store's integrity check (src/store/integrity.ts): the engine's
 * own checks and dyad's invariants, one line each, a few offending rows under a failed one.
 * Exit code 1 when anything is damaged (warnings do not count).
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_DB, isPostgresUrl, openStore, storeName } from '../store/open.ts';
import type { IntegrityCheckResult, IntegrityReport } from '../store/types.ts';
import { DyadError } from '../util/errors.ts';

interface CheckOptions {
  db: string;
  json?: boolean;
}

function status(c: IntegrityCheckResult): string {
  if (c.problems === null) return 'skip';
  if (!c.problems) return 'ok';
  return c.severity === 'error' ? 'FAIL' : 'warn';
}

export function formatReport(report: IntegrityReport, name: string): string {
  const s = report.stats;
  const lines = [`dyad check: ${name} (${report.engine}): ${s.articles} articles, ${s.mentions} mentions, ${s.events} events, ${s.sentences} sentences, ${s.actors} actors`];
  const width = Math.max(...report.checks.map((c) => c.name.length));
  for (const c of report.checks) {
    const count = c.problems ? `: ${c.problems} found` : '';
    lines.push(`${status(c).padEnd(4)}  ${c.name.padEnd(width)}  ${c.description}${count}${c.skipped ? ` (not run: ${c.skipped})` : ''}`);
    for (const e of c.examples) lines.push(`${' '.repeat(width + 8)}${e}`);
  }
  const failed = report.checks.filter((c) => status(c) === 'FAIL').length;
  const warned = report.checks.filter((c) => status(c) === 'warn').length;
  const skipped = report.checks.filter((c) => status(c) === 'skip').length;
  const tail = [`${failed} failed`, warned && `${warned} warning${warned === 1 ? '' : 's'}`, skipped && `${skipped} not run`].filter(Boolean).join(', ');
  lines.push(`dyad check: ${report.checks.length} checks, ${tail}: ${report.ok ? 'the store is sound' : 'the store is damaged'}`);
  return `${lines.join('\n')}\n`;
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description("check a store's integrity: the database's own checks and dyad's invariants (exit code 1 on problems)")
    .option('--db <store>', 'the store: a SQLite file or a postgres:// URL', DEFAULT_DB)
    .option('--json', 'print the report as one JSON object')
    .action(async (options: CheckOptions) => {
      // never create an empty store just to check it
      if (!isPostgresUrl(options.db) && !existsSync(options.db)) throw new DyadError('NOT_FOUND', `no store at ${options.db}`);
      const store = await openStore(options.db);
      let report: IntegrityReport;
      try {
        report = await store.integrityCheck();
      } catch (error) {
        throw new DyadError('INPUT_INVALID', `${storeName(options.db)} could not be checked, it is damaged: ${(error as Error).message}`);
      } finally {
        await store.close();
      }
      process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : formatReport(report, storeName(options.db)));
      if (!report.ok) program.setOptionValue('exitCode', 1);
    });
}
