/** Shared by the reliability tests: the real readers, the real CLI, files made in a temp dir. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/util/paths.ts';
import type { Diagnostic } from '../../src/document/types.ts';

export { collect, tempFiles } from '../ingest/helpers.ts';
export { page, warc } from '../ingest/pages.ts';

/** `dyad ARGS...` as a user runs it (stdin closed unless given). */
export function dyad(args: string[], input?: string | Buffer) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'dyad.js'), ...args], { encoding: 'utf8', cwd: REPO_ROOT, input, maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** "code@basename:line" of each diagnostic: what a reader reports, and where, in one string. */
export function where(ds: Diagnostic[]): string[] {
  return ds.map((d) => `${d.code}@${d.file.split('/').pop()}${d.line === undefined ? '' : `:${d.line}`}`);
}

export const GOOD = 'Ghana and Togo signed a trade agreement on Monday.';
