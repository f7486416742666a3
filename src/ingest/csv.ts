/**
 * CSV with a header row, read line by line (see csv-records.ts for why not
 * csv-parse). Quoted fields may hold commas and newlines. A malformed record
 * is reported at the line where it starts and skipped; reading goes on.
 */
import type { Article } from '../document/types.ts';
import { resolvePublished } from './dates.ts';
import { DATE_KEYS, ID_KEYS, STRING_FIELDS, TEXT_KEYS, type StringField } from './fields.ts';
import { csvRecords } from './csv-records.ts';
import { diagnostic, lines, type ReaderContext, type ReadItem, type Source } from './source.ts';

interface Columns {
  text: number;
  date: number;
  id: number;
  fields: [StringField, number][];
  extra: [string, number][];
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
  let cols: Columns | null = null;
  let width = 0;
  for await (const rec of csvRecords(lines(src.chunks()))) {
    if ('error' in rec) {
      yield diagnostic('error', src.file, 'bad-csv', `malformed CSV record: ${rec.error}`, rec.line);
      continue;
    }
    if (!cols) {
      cols = mapHeader(rec.fields);
      if (!cols) {
        const names = TEXT_KEYS.map((k) => `"${k}"`).join(', ');
        yield diagnostic('error', src.file, 'no-text-column', `CSV header has no text column (${names})`, rec.line);
        return;
      }
      width = rec.fields.length;
      continue;
    }
    if (rec.fields.length !== width) {
      const why = `expected ${width} fields, got ${rec.fields.length}`;
      yield diagnostic('error', src.file, 'bad-csv', `malformed CSV record: ${why}`, rec.line);
      continue;
    }
    yield* recordItems(rec.fields, cols, src, rec.line, ctx);
  }
}
