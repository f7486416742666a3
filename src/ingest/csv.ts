/**
 * CSV with a header row, streamed through csv-parse. Quoted fields may hold
 * commas and newlines. A malformed record is reported at the line where it
 * starts and skipped; parsing resumes after it.
 */
import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { Article } from '../document/types.ts';
import { resolvePublished } from './dates.ts';
import { DATE_KEYS, ID_KEYS, STRING_FIELDS, TEXT_KEYS, type StringField } from './fields.ts';
import { diagnostic, type ReaderContext, type ReadItem, type Source } from './source.ts';

interface Columns {
  text: number;
  date: number;
  id: number;
  fields: [StringField, number][];
  extra: [string, number][];
}

interface ParsedRecord {
  info: { lines: number };
  raw: string;
  record: string[];
}

/** Column roles from the header row; null without a text column. */
export function mapHeader(header: string[]): Columns | null {
  const names = header.map((h) => h.trim());
  const lower = names.map((h) => h.toLowerCase());
  const used = new Set<number>();
  const find = (keys: readonly string[]): number => {
    for (const k of keys) {
      const i = lower.indexOf(k);
      if (i >= 0) {
        used.add(i);
        return i;
      }
    }
    return -1;
  };
  const text = find(TEXT_KEYS);
  if (text < 0) return null;
  const date = find(DATE_KEYS);
  const id = find(ID_KEYS);
  const fields: [StringField, number][] = [];
  for (const key of STRING_FIELDS) {
    const i = find([key]);
    if (i >= 0) fields.push([key, i]);
  }
  const extra: [string, number][] = [];
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (used.has(i)) return;
    let key = name || `column${i + 1}`;
    if (seen.has(key)) key = `${key}_${i + 1}`;
    seen.add(key);
    extra.push([key, i]);
  });
  return { text, date, id, fields, extra };
}

/**
 * Line where a record starts, from csv-parse's line counter (the line where it
 * ended or failed) and its raw text (which may begin with skipped blank lines).
 */
export function startLine(endLine: number, raw: string | undefined): number {
  if (!raw) return endLine;
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  let n = 0;
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) n++;
  return Math.max(1, endLine - n);
}

function recordItems(rec: string[], cols: Columns, src: Source, line: number, ctx: ReaderContext): ReadItem[] {
  const text = rec[cols.text] ?? '';
  if (!text.trim()) return [diagnostic('error', src.file, 'empty', 'empty article', line)];
  const id = (cols.id >= 0 ? rec[cols.id].trim() : '') || `${src.base}:${line}`;
  const date = cols.date >= 0 ? rec[cols.date] : undefined;
  const { published, warning } = resolvePublished(date, ctx.published, src.file, line);
  const article: Article = { id, text, published, origin: { file: src.file, line } };
  for (const [key, i] of cols.fields) if (rec[i]) article[key] = rec[i];
  if (cols.extra.length) article.extra = Object.fromEntries(cols.extra.map(([k, i]) => [k, rec[i]]));
  const items: ReadItem[] = warning ? [{ kind: 'diagnostic', diagnostic: warning }] : [];
  items.push({ kind: 'article', article });
  return items;
}

export async function* readCsv(src: Source, ctx: ReaderContext): AsyncGenerator<ReadItem> {
  // Skipped records are reported in file order, before the next good record.
  const skipped: { line: number; item: ReadItem }[] = [];
  let lastSkip = 0;
  const parser = parse({
    info: true,
    raw: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined, raw: string | undefined) => {
      const line = startLine(Number(err?.lines ?? 0), raw);
      if (line === lastSkip) return undefined; // csv-parse can fail twice on one record
      lastSkip = line;
      const why = err ? `${err.code}: ${err.message}` : 'unknown error';
      skipped.push({ line, item: diagnostic('error', src.file, 'bad-csv', `malformed CSV record (${why})`, line) });
      return undefined;
    },
  });
  const input = Readable.from(src.chunks());
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);
  let cols: Columns | null = null;
  try {
    for await (const rec of parser as AsyncIterable<ParsedRecord>) {
      const line = startLine(rec.info.lines, rec.raw);
      while (skipped.length && skipped[0].line <= line) yield skipped.shift()!.item;
      if (!cols) {
        cols = mapHeader(rec.record);
        if (!cols) {
          const names = TEXT_KEYS.map((k) => `"${k}"`).join(', ');
          yield diagnostic('error', src.file, 'no-text-column', `CSV header has no text column (${names})`, line);
          return;
        }
        continue;
      }
      yield* recordItems(rec.record, cols, src, line, ctx);
    }
    for (const s of skipped) yield s.item;
  } finally {
    input.destroy();
    parser.destroy();
  }
}
