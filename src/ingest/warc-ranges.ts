/**
 * A big WARC file cut into runs of whole records (work units for ingest workers and for the
 * PostgreSQL queue): bytes [start, end) holding `records` records each, the first of them
 * record number `first`. In a .warc.gz every record is its own gzip member (Common Crawl
 * does so, warcio writes so), so a range starts at a member and is read without the bytes
 * before it (warc.ts). The file is scanned once, record headers parsed and contents skipped.
 *
 * Whatever cannot be cut safely is one range: a file that is a single gzip stream (a record
 * offset that is not a gzip member), an unreadable file. A damaged record ends the cutting:
 * the last range runs to the end of the file, so the worker that reads it reports the damage
 * with the same record number as a reading of the whole file.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { WARCParser } from 'warcio';
import type { WarcRange } from './warc.ts';

/** Records per range by default: some seconds of coding for a Common Crawl News WARC. */
export const DEFAULT_RANGE_RECORDS = 32;

async function startsWithGzipMember(path: string, offsets: number[]): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const magic = Buffer.alloc(2);
    for (const at of offsets) {
      await handle.read(magic, 0, 2, at);
      if (magic[0] !== 0x1f || magic[1] !== 0x8b) return false;
    }
    return true;
  } finally {
    await handle.close();
  }
}

/**
 * The ranges of `records` records of a WARC file, or of a range of it (`within`: a unit of the
 * queue, cut again for the threads of one worker); the whole when it cannot be cut.
 */
export async function warcRanges(path: string, records = DEFAULT_RANGE_RECORDS, within?: WarcRange): Promise<WarcRange[]> {
  const size = within ? within.end : (await stat(path)).size;
  const base = within?.start ?? 0;
  const first = within?.first ?? 1;
  const whole: WarcRange[] = [{ start: base, end: size, first }];
  const starts: number[] = [];
  const stream = within ? createReadStream(path, { start: within.start, end: within.end - 1 }) : createReadStream(path);
  try {
    const parser = new WARCParser(stream);
    let n = 0;
    for (;;) {
      const record = await parser.parse();
      if (!record || !record.warcHeaders.statusline.startsWith('WARC/')) break;
      if (n % records === 0) starts.push(base + parser.offset);
      n++;
      await record.skipFully();
      const reader = record._reader as { limit?: unknown };
      if (typeof reader.limit === 'number' && reader.limit > 0) break; // cut short: the last range takes it
    }
  } catch {
    // damaged: the ranges found so far, the last one to the end of the file
  } finally {
    stream.destroy();
  }
  if (starts.length < 2) return whole;
  const increasing = starts.every((s, i) => i === 0 || s > starts[i - 1]);
  const gzip = /\.gz$/i.test(path);
  if (!increasing || starts[0] !== base || (gzip && !(await startsWithGzipMember(path, starts)))) return whole;
  return starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] : size, first: first + i * records }));
}
