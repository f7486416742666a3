/**
 * Recursive directory walk: entries in code-unit order of their names (not
 * locale order, so every machine agrees), hidden entries skipped, symlinks
 * followed once, files kept when `accept(name)` says so.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../document/types.ts';

export type WalkItem = { kind: 'file'; path: string } | { kind: 'diagnostic'; diagnostic: Diagnostic };

/** Diagnostic for a failed fs call on `file`. */
export function fsDiagnostic(file: string, err: unknown): Diagnostic {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return { severity: 'error', file, code: 'not-found', message: 'no such file or directory' };
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return { severity: 'error', file, code: 'unreadable', message: 'permission denied' };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { severity: 'error', file, code: 'unreadable', message };
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function* walk(
  dir: string,
  accept: (name: string) => boolean,
  visited: Set<string> = new Set(),
): AsyncGenerator<WalkItem> {
  let entries: Dirent[];
  try {
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byName(a.name, b.name));
  } catch (err) {
    yield { kind: 'diagnostic', diagnostic: fsDiagnostic(dir, err) };
    return;
  }
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDir = (await stat(path)).isDirectory();
      } catch (err) {
        // Broken symlink: only report it if we would have read it.
        if (accept(name)) yield { kind: 'diagnostic', diagnostic: fsDiagnostic(path, err) };
        continue;
      }
    }
    if (isDir) yield* walk(path, accept, visited);
    else if (accept(name)) yield { kind: 'file', path };
  }
}
