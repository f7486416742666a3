import type { Diagnostic } from '../document/types.ts';

/** "file:line: error: reason" on stderr, the shape compilers use, so editors can jump to it. */
export function printDiagnostic(d: Diagnostic): void {
  const where = d.line ? `${d.file}:${d.line}` : d.file;
  process.stderr.write(`${where}: ${d.severity}: ${d.message} [${d.code}]\n`);
}
