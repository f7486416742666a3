/**
 * Input cut into parts that a worker thread (or a queued `dyad worker`) reads on its own: a
 * whole file, or a range of a big file: records of a WARC (warc-ranges.ts) or lines of a
 * JSON Lines file, cut at line ends. Reading every part of a file in order gives the same
 * items, record and line numbers as reading the file whole (readInputs), except that
 * duplicate ids are left to the caller, which sees all the parts.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Diagnostic } from '../document/types.ts';
import { parseDate } from './dates.ts';
import { accept, binaryMessage, bounded, formatOfPath, readFile, type ReadOptions } from './index.ts';
import { readJsonl } from './jsonl.ts';
import { pathReader } from './page-readers.ts';
import { DEFAULT_MAX_ARTICLE_BYTES, diagnostic, Source, type ReaderContext, type ReadItem } from './source.ts';
import { fsDiagnostic, walk } from './walk.ts';
import { readWarcFile, type WarcRange } from './warc.ts';
import { DEFAULT_RANGE_RECORDS, warcRanges } from './warc-ranges.ts';

export interface PartRange extends WarcRange {
  /** WARC: `first` is a record number; JSONL: a line number. */
  format: 'warc' | 'jsonl';
}

export interface Part {
  path: string;
  range?: PartRange;
  /** Bytes of input it holds (for progress and for grouping small files). */
  bytes: number;
}

export type PlanItem = { kind: 'part'; part: Part } | { kind: 'stdin' } | { kind: 'diagnostic'; diagnostic: Diagnostic };

export interface PlanOptions extends ReadOptions {
  /** WARC records per range (default 32). */
  rangeRecords?: number;
  /** A JSON Lines file bigger than this is cut into ranges of about this many bytes (default 128 KiB). */
  rangeBytes?: number;
}

export const DEFAULT_RANGE_BYTES = 128 * 1024;

/**
 * Line ranges of about `bytes` bytes of a JSONL file (or of a range of it, `within`), cut
 * after a line end; line numbers as Source counts them (LF, CRLF, lone CR).
 */
export async function jsonlRanges(path: string, bytes: number, within?: WarcRange): Promise<PartRange[]> {
  const handle = await open(path, 'r');
  try {
    const size = within ? within.end : (await handle.stat()).size;
    const head = Buffer.alloc(2);
    await handle.read(head, 0, 2, 0);
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return [{ format: 'jsonl', start: within?.start ?? 0, end: size, first: within?.first ?? 1 }];
    const ranges: PartRange[] = [];
    let start = within?.start ?? 0;
    let first = within?.first ?? 1;
    let line = first;
    let prevCR = false;
    const chunk = Buffer.alloc(1 << 20);
    for (let pos = start; pos < size; ) {
      const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, size - pos), pos);
      if (!bytesRead) break;
      for (let i = 0; i < bytesRead; i++) {
        const b = chunk[i];
        if (b === 0x0a) {
          if (!prevCR) line++;
          prevCR = false;
          if (pos + i + 1 - start >= bytes && pos + i + 1 < size) {
            ranges.push({ format: 'jsonl', start, end: pos + i + 1, first });
            start = pos + i + 1;
            first = line;
          }
        } else if (b === 0x0d) {
          line++;
          prevCR = true;
        } else prevCR = false;
      }
      pos += bytesRead;
    }
    ranges.push({ format: 'jsonl', start, end: size, first });
    return ranges;
  } finally {
    await handle.close();
  }
}

/** A part (a unit of the queue) cut again into ranges of `options` size. */
export async function cutPart(part: Part, options: PlanOptions = {}): Promise<Part[]> {
  const { range } = part;
  if (!range) {
    const parts: Part[] = [];
    for await (const item of fileParts(part.path, options)) if (item.kind === 'part') parts.push(item.part);
    return parts.length ? parts : [part];
  }
  try {
    const ranges =
      range.format === 'warc'
        ? (await warcRanges(part.path, options.rangeRecords ?? DEFAULT_RANGE_RECORDS, range)).map((r) => ({ ...r, format: 'warc' as const }))
        : await jsonlRanges(part.path, options.rangeBytes ?? DEFAULT_RANGE_BYTES, range);
    return ranges.map((r) => ({ path: part.path, range: r, bytes: r.end - r.start }));
  } catch {
    return [part];
  }
}

async function* fileParts(path: string, options: PlanOptions): AsyncGenerator<PlanItem> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    yield { kind: 'diagnostic', diagnostic: fsDiagnostic(path, error) };
    return;
  }
  const format = options.format ?? (pathReader(path) ? undefined : formatOfPath(path));
  let ranges: PartRange[] = [];
  try {
    if (!options.format && /\.warc(\.gz)?$/i.test(path)) ranges = (await warcRanges(path, options.rangeRecords ?? DEFAULT_RANGE_RECORDS)).map((r) => ({ ...r, format: 'warc' as const }));
    else if (format === 'jsonl' && size > (options.rangeBytes ?? DEFAULT_RANGE_BYTES)) ranges = await jsonlRanges(path, options.rangeBytes ?? DEFAULT_RANGE_BYTES);
  } catch {
    ranges = []; // unreadable: the whole file, whose reader reports it
  }
  if (ranges.length < 2) {
    yield { kind: 'part', part: { path, bytes: size } };
    return;
  }
  for (const range of ranges) yield { kind: 'part', part: { path, range, bytes: range.end - range.start } };
}

/**
 * The parts of `paths` in reading order; '-' (stdin) cannot be cut or read elsewhere and is
 * left to the caller. Missing paths and the --published warning are diagnostics, as in readInputs.
 */
export async function* planParts(paths: string[], options: PlanOptions = {}): AsyncGenerator<PlanItem> {
  const fallback = parseDate(options.published);
  if (fallback.kind === 'bad') {
    yield { kind: 'diagnostic', diagnostic: { severity: 'warning', file: '--published', code: 'bad-date', message: `unreadable date ${JSON.stringify(fallback.raw)}; ignored` } };
  }
  for (const path of paths) {
    if (path === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (error) {
      yield { kind: 'diagnostic', diagnostic: fsDiagnostic(path, error) };
      continue;
    }
    if (!isDir) {
      yield* fileParts(path, options);
      continue;
    }
    for await (const entry of walk(path, accept)) {
      if (entry.kind === 'diagnostic') yield entry;
      else yield* fileParts(entry.path, options);
    }
  }
}

async function* jsonlRange(path: string, range: PartRange, ctx: ReaderContext): AsyncGenerator<ReadItem> {
  let src: Source | undefined;
  try {
    src = await Source.open(path, basename(path, extname(path)), createReadStream(path, { start: range.start, end: range.end - 1, highWaterMark: 64 * 1024 }));
    if (range.start === 0 && src.binary) {
      yield diagnostic('error', path, 'binary', binaryMessage(src.head));
      return;
    }
    yield* readJsonl(src, ctx, range.first);
    if (src.invalidUtf8) yield diagnostic('warning', path, 'encoding', 'invalid UTF-8, decoded with replacement characters');
  } catch (error) {
    yield { kind: 'diagnostic', diagnostic: fsDiagnostic(path, error) };
  } finally {
    await src?.close();
  }
}

/** The items of one part. `options.published` should be a date already checked (planParts warned about a bad one). */
export function readPart(part: Part, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const ctx: ReaderContext = { published: null, maxArticleBytes: options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES };
  const fallback = parseDate(options.published);
  if (fallback.kind === 'ok') ctx.published = fallback.date;
  const { range } = part;
  if (!range) return readFile(part.path, options, ctx, new Map());
  if (range.format === 'warc') return bounded(readWarcFile(part.path, ctx, range), ctx.maxArticleBytes);
  return bounded(jsonlRange(part.path, range, ctx), ctx.maxArticleBytes);
}
