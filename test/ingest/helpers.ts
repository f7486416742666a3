import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Diagnostic } from '../../src/document/types.ts';
import { readInputs, type ReadItem, type ReadOptions } from '../../src/ingest/index.ts';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

export interface Collected {
  items: ReadItem[];
  articles: Article[];
  diagnostics: Diagnostic[];
}

export async function collect(paths: string[], options?: ReadOptions): Promise<Collected> {
  const items: ReadItem[] = [];
  for await (const item of readInputs(paths, options)) items.push(item);
  return {
    items,
    articles: items.flatMap((i) => (i.kind === 'article' ? [i.article] : [])),
    diagnostics: items.flatMap((i) => (i.kind === 'diagnostic' ? [i.diagnostic] : [])),
  };
}

const tempDirs: string[] = [];
process.on('exit', () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp directory with the given files (string or raw bytes). */
export function tempFiles(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
  tempDirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}
