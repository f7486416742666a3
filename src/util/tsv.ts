/** Reads the repository's tab-separated data files: comments (#) and blank lines skipped, line numbers kept. */
import { existsSync, readFileSync } from 'node:fs';
import { DyadError } from './errors.ts';

export interface TsvRow {
  line: number;
  cells: string[];
}

export function readTsv(file: string, options: { columns: number; minColumns?: number; header?: boolean }): TsvRow[] {
  if (!existsSync(file)) throw new DyadError('LEXICON_INVALID', 'lexicon file not found', { file });
  const rows: TsvRow[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  let headerSeen = !options.header;
  lines.forEach((raw, i) => {
    const text = raw.replace(/\r$/, '');
    if (text.trim() === '' || text.startsWith('#')) return;
    if (!headerSeen) {
      headerSeen = true;
      return;
    }
    const cells = text.split('\t').map((c) => c.trim());
    const min = options.minColumns ?? options.columns;
    if (cells.length < min || cells.length > options.columns) {
      throw new DyadError('LEXICON_INVALID', `expected ${min === options.columns ? options.columns : `${min} to ${options.columns}`} tab-separated columns, found ${cells.length}`, { file, line: i + 1 });
    }
    rows.push({ line: i + 1, cells });
  });
  return rows;
}
