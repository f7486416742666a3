/**
 * The quarantine report (`--quarantine FILE`): one JSON line per thing dyad left out and why,
 * {file, line, code, severity, reason}: every error diagnostic (a file, record or page skipped)
 * and every warning that dropped part of an article (docs/RELIABILITY.md).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Diagnostic } from '../document/types.ts';

/** Warnings that mean part of an article was not coded. */
const PARTIAL = new Set(['long-sentence']);

export interface QuarantineEntry {
  file: string;
  line: number | null;
  code: string;
  severity: Diagnostic['severity'];
  reason: string;
}

export function quarantined(d: Diagnostic): boolean {
  return d.severity === 'error' || PARTIAL.has(d.code);
}

export function quarantineEntry(d: Diagnostic): QuarantineEntry {
  return { file: d.file, line: d.line ?? null, code: d.code, severity: d.severity, reason: d.message };
}

export class Quarantine {
  count = 0;
  private fd: number | null;

  /** Opens (truncates) `path`; without a path nothing is written, only counted. */
  constructor(readonly path?: string) {
    this.fd = path ? openSync(path, 'w') : null;
  }

  /** A diagnostic sink: every diagnostic goes on to `next` (printed), and what left something out is recorded here too. */
  reporter(next: (d: Diagnostic) => void): (d: Diagnostic) => void {
    return (d) => {
      next(d);
      this.add(d);
    };
  }

  /** For a command's closing line: "3 quarantined in q.jsonl", or '' without a file. */
  summary(): string {
    return this.path ? `${this.count} quarantined in ${this.path}` : '';
  }

  /** Records `d` if it left something out; true when it did. */
  add(d: Diagnostic): boolean {
    if (!quarantined(d)) return false;
    this.count++;
    if (this.fd !== null) writeSync(this.fd, `${JSON.stringify(quarantineEntry(d))}\n`);
    return true;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
