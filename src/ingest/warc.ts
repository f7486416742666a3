/**
 * WARC files (.warc, .warc.gz; Common Crawl News is the reference): streamed record by record
 * with warcio, gzip members decoded as they come. Every HTML response (or resource) record
 * is one page (html.ts); other records (warcinfo, requests, metadata, images, PDFs,
 * redirects) are passed over. The article id is the record's target URI, so a page crawled
 * again with new content replaces its old events in a store. Diagnostics name the file and
 * the record number.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { WARCParser, type WARCRecord } from 'warcio';
import { decodeHtml, pageItems, pageTooLarge } from './html.ts';
import { diagnostic, type ReaderContext, type ReadItem } from './source.ts';
import { fsDiagnostic } from './walk.ts';

/** Blank lines a writer may leave after the last record. */
const TRAILING_SLACK = 4;

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

function header(record: WARCRecord, name: string): string | null {
  return record.httpHeaders?.headers.get(name) ?? null;
}

/** The page in a record, or why it is passed over (null: silently). */
function pageOf(record: WARCRecord): { contentType: string } | null {
  const type = record.warcType;
  if (type === 'response') {
    const status = Number(record.httpHeaders?.statusCode ?? 0);
    const contentType = header(record, 'content-type') ?? '';
    return status >= 200 && status < 300 && HTML_TYPE.test(contentType) ? { contentType } : null;
  }
  if (type === 'resource' || type === 'conversion') {
    const contentType = record.warcContentType ?? '';
    return HTML_TYPE.test(contentType) ? { contentType } : null;
  }
  return null;
}

/** Bytes of a record's block that were announced but never came (a truncated file), once it is read. */
function missing(record: WARCRecord): number {
  const reader = record._reader as { limit?: unknown };
  return typeof reader.limit === 'number' && reader.limit > 0 ? reader.limit : 0;
}

function cutShort(path: string, n: number, lost: number): ReadItem {
  return diagnostic('error', path, 'bad-warc', `record ${n} is cut short (${lost} bytes missing): truncated file; it and the rest of the file skipped`, n);
}

function charsetOf(contentType: string): string | null {
  return /charset\s*=\s*["']?([\w-]+)/i.exec(contentType)?.[1] ?? null;
}

/**
 * A run of whole records of a WARC file (warc-ranges.ts): bytes [start, end) of the file,
 * starting with record number `first` (1-based). Each record of a .warc.gz being its own gzip
 * member, a range is read without the bytes before it.
 */
export interface WarcRange {
  start: number;
  end: number;
  first: number;
}

export async function* readWarcFile(path: string, ctx: ReaderContext, range?: WarcRange): AsyncGenerator<ReadItem> {
  const stream = range ? createReadStream(path, { start: range.start, end: range.end - 1 }) : createReadStream(path);
  const opened = new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
  try {
    await opened;
  } catch (error) {
    yield { kind: 'diagnostic', diagnostic: fsDiagnostic(path, error) };
    return;
  }
  const base = basename(path).replace(/\.warc(\.gz)?$/i, '');
  const before = range ? range.first - 1 : 0;
  let n = before;
  try {
    const parser = new WARCParser(stream);
    for (;;) {
      const record = await parser.parse();
      if (!record) break;
      n++;
      if (!record.warcHeaders.statusline.startsWith('WARC/')) {
        yield diagnostic('error', path, 'bad-warc', `not a WARC record: ${JSON.stringify(record.warcHeaders.statusline.slice(0, 40))}; rest of the file skipped`, n);
        return;
      }
      const page = pageOf(record);
      if (!page) {
        await record.skipFully();
        const lost = missing(record);
        if (lost) {
          yield cutShort(path, n, lost);
          return;
        }
        continue;
      }
      const url = record.warcTargetURI ?? null;
      const big = pageTooLarge(Number(record.warcHeaders.headers.get('Content-Length') ?? 0), ctx, path, n);
      if (big) {
        yield big; // the parser skips the unread content
        continue;
      }
      const bytes = await record.readFully(true);
      const lost = missing(record);
      if (lost) {
        yield cutShort(path, n, lost);
        return;
      }
      const html = decodeHtml(bytes, charsetOf(page.contentType));
      yield* pageItems(html, { file: path, line: n, id: url ?? `${base}:${n}`, url }, ctx);
    }
    // A gzip member cut short ends the parse quietly: bytes left over mean a damaged or truncated file.
    const size = (await stat(path)).size;
    const at = (range?.start ?? 0) + parser.offset;
    const end = range ? Math.min(range.end, size) : size;
    if (n > before && end - at > TRAILING_SLACK) {
      yield diagnostic('error', path, 'bad-warc', `unreadable WARC data after record ${n} (bytes ${at}-${size} of ${size}): truncated or damaged file; rest of the file skipped`, n + 1);
    }
    if (n === 0) yield diagnostic('error', path, 'empty', 'no WARC records');
  } catch (error) {
    yield diagnostic('error', path, 'bad-warc', `unreadable WARC after record ${n}: ${(error as Error).message}; rest of the file skipped`, n + 1);
  } finally {
    stream.destroy();
  }
}
