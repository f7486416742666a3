/**
 * Ingest: input paths (files, directories, '-' for stdin) -> Articles, with
 * diagnostics for bad input. Nothing here throws for bad input: every problem
 * becomes a Diagnostic and the next record or file is read.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { readCsv } from './csv.ts';
import { parseDate } from './dates.ts';
import { TEXT_KEYS } from './fields.ts';
import { readJsonl } from './jsonl.ts';
import { pathReader } from './page-readers.ts';
import { DEFAULT_MAX_ARTICLE_BYTES, diagnostic, Source, type InputFormat, type Reader, type ReaderContext, type ReadItem } from './source.ts';
import { readText } from './text.ts';
import { fsDiagnostic, walk } from './walk.ts';

export type { InputFormat, ReadItem } from './source.ts';
export { normaliseDate, parseDate } from './dates.ts';
export { DEFAULT_MAX_ARTICLE_BYTES } from './source.ts';
export { Quarantine } from './quarantine.ts';

export interface ReadOptions {
  /** YYYY-MM-DD used when an input has no date of its own (CLI --published). */
  published?: string | null;
  /** Force the format of files/stdin: 'txt' | 'jsonl' | 'csv'; default: by extension, stdin sniffed. */
  format?: InputFormat;
  /** Readable used for the path '-' (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Per-article bound in UTF-8 bytes of text (CLI --max-article-bytes); longer articles are skipped. */
  maxArticleBytes?: number;
}

/** One reader per format. To add a format: a reader here, its extensions below. */
const READERS: Readonly<Record<InputFormat, Reader>> = { txt: readText, jsonl: readJsonl, csv: readCsv };

/** Extensions read from directories; a named file of another extension is read as text. */
export const EXTENSIONS: ReadonlyMap<string, InputFormat> = new Map<string, InputFormat>([
  ['.txt', 'txt'],
  ['.text', 'txt'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.csv', 'csv'],
]);

const READ_CHUNK = 64 * 1024;

export function formatOfPath(path: string): InputFormat {
  return EXTENSIONS.get(extname(path).toLowerCase()) ?? 'txt';
}

function looksLikeCsvHeader(line: string): boolean {
  const cells = line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase());
  return (
    cells.length >= 2 &&
    cells.every((c) => c === '' || /^[a-z_][\w.-]*$/.test(c)) &&
    cells.some((c) => (TEXT_KEYS as readonly string[]).includes(c))
  );
}

/** Format of stdin from its first bytes: '{' -> jsonl, a CSV header with a text column -> csv, else txt. */
export function sniffFormat(head: string): InputFormat {
  const t = head.replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith('{')) return 'jsonl';
  if (looksLikeCsvHeader(t.split(/\r?\n|\r/, 1)[0])) return 'csv';
  return 'txt';
}

export function binaryMessage(head: Buffer): string {
  // UTF-16 with a BOM is decoded (source.ts); without one it shows as NUL bytes.
  const wide = head.length >= 4 && ((head[0] !== 0 && head[1] === 0 && head[2] !== 0 && head[3] === 0) || (head[0] === 0 && head[1] !== 0 && head[2] === 0 && head[3] !== 0));
  return wide
    ? 'binary file: looks like UTF-16 text without a byte order mark, convert it to UTF-8'
    : 'binary file (NUL bytes in the first 8 KB)';
}

/** Articles over the size bound become errors naming their file and line (docs/RELIABILITY.md). */
export async function* bounded(items: AsyncIterable<ReadItem>, max: number): AsyncGenerator<ReadItem> {
  for await (const item of items) {
    if (item.kind === 'article') {
      const bytes = Buffer.byteLength(item.article.text, 'utf8');
      if (bytes > max) {
        const { origin, id } = item.article;
        yield diagnostic('error', origin.file, 'too-large', `article ${id} has ${bytes} bytes of text, over --max-article-bytes ${max}; skipped`, origin.line);
        continue;
      }
    }
    yield item;
  }
}

export type Seen = Map<string, string>;

async function* readOne(
  file: string,
  base: string,
  open: () => AsyncIterable<string | Buffer>,
  format: InputFormat | undefined,
  ctx: ReaderContext,
  seen: Seen,
): AsyncGenerator<ReadItem> {
  let src: Source | undefined;
  try {
    src = await Source.open(file, base, open());
    if (src.binary) {
      yield diagnostic('error', file, 'binary', binaryMessage(src.head));
      return;
    }
    if (src.complete && !src.headText().trim()) {
      yield diagnostic('error', file, 'empty', 'empty article');
      return;
    }
    const fmt = format ?? sniffFormat(src.headText());
    const reader = Object.hasOwn(READERS, fmt) ? READERS[fmt] : undefined;
    if (!reader) {
      yield diagnostic('error', file, 'bad-format', `unknown input format ${JSON.stringify(fmt)}`);
      return;
    }
    for await (const item of reader(src, ctx)) {
      if (item.kind === 'article') {
        const { id, origin } = item.article;
        const first = seen.get(id);
        const where = origin.line === undefined ? origin.file : `${origin.file}:${origin.line}`;
        if (first !== undefined) {
          yield diagnostic('warning', file, 'duplicate-id', `duplicate article id "${id}" (first in ${first})`, origin.line);
        } else seen.set(id, where);
      }
      yield item;
    }
    // After the file's items, so the order does not depend on read chunk sizes.
    if (src.invalidUtf8) {
      yield diagnostic('warning', file, 'encoding', 'invalid UTF-8, decoded with replacement characters');
    }
  } catch (err) {
    yield { kind: 'diagnostic', diagnostic: fsDiagnostic(file, err) };
  } finally {
    await src?.close();
  }
}

export function readFile(path: string, options: ReadOptions, ctx: ReaderContext, seen: Seen): AsyncGenerator<ReadItem> {
  const byPath = options.format ? undefined : pathReader(path); // .html, .warc, .warc.gz
  if (byPath) return bounded(byPath(path, ctx), ctx.maxArticleBytes);
  const base = basename(path, extname(path));
  const open = () => createReadStream(path, { highWaterMark: READ_CHUNK });
  return bounded(readOne(path, base, open, options.format ?? formatOfPath(path), ctx, seen), ctx.maxArticleBytes);
}

/** Files a directory walk keeps: the known extensions. */
export const accept = (name: string) => EXTENSIONS.has(extname(name).toLowerCase()) || pathReader(name) !== undefined;

/**
 * Reads every path in order: '-' is stdin, a directory is walked recursively
 * (sorted, hidden entries skipped, only known extensions). Yields articles
 * and diagnostics as they are read.
 */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const ctx: ReaderContext = { published: null, maxArticleBytes: options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES };
  const fallback = parseDate(options.published);
  if (fallback.kind === 'ok') ctx.published = fallback.date;
  else if (fallback.kind === 'bad') {
    yield diagnostic('warning', '--published', 'bad-date', `unreadable date ${JSON.stringify(fallback.raw)}; ignored`);
  }
  const seen: Seen = new Map();
  for (const path of paths) {
    if (path === '-') {
      const open = () => options.stdin ?? process.stdin;
      yield* bounded(readOne('-', 'stdin', open, options.format, ctx, seen), ctx.maxArticleBytes);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (err) {
      yield { kind: 'diagnostic', diagnostic: fsDiagnostic(path, err) };
      continue;
    }
    if (!isDir) {
      yield* readFile(path, options, ctx, seen);
      continue;
    }
    for await (const entry of walk(path, accept)) {
      if (entry.kind === 'diagnostic') yield entry;
      else yield* readFile(entry.path, options, ctx, seen);
    }
  }
}
