/**
 * Byte sources shared by the readers: the first 8 KB held back for sniffing
 * (binary check, stdin format), then UTF-8 decoding with BOM removal,
 * CRLF/CR -> LF normalisation and a flag for invalid UTF-8.
 */
import type { Article, Diagnostic } from '../document/types.ts';

export type ReadItem = { kind: 'article'; article: Article } | { kind: 'diagnostic'; diagnostic: Diagnostic };

export type InputFormat = 'txt' | 'jsonl' | 'csv';

/** Per-call settings every reader sees. */
export interface ReaderContext {
  /** Normalised fallback date (ReadOptions.published) or null. */
  published: string | null;
  /** Articles whose text is longer than this (UTF-8 bytes) are skipped ('too-large'). */
  maxArticleBytes: number;
}

/** Default per-article bound (docs/RELIABILITY.md): 4 MiB of text, ~100 times a long feature. */
export const DEFAULT_MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

/** Text encoding of an input from its byte order mark: UTF-16 files are decoded, not refused. */
export type TextEncodingLabel = 'utf-8' | 'utf-16le' | 'utf-16be';

export function encodingOf(head: Uint8Array): TextEncodingLabel {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

export type Reader = (src: Source, ctx: ReaderContext) => AsyncGenerator<ReadItem>;

/** Bytes examined for NUL (binary) and for format sniffing. */
export const HEAD_BYTES = 8192;

export function diagnostic(
  severity: Diagnostic['severity'],
  file: string,
  code: string,
  message: string,
  line?: number,
): ReadItem {
  const d: Diagnostic = { severity, file, code, message };
  if (line !== undefined) d.line = line;
  return { kind: 'diagnostic', diagnostic: d };
}

/** CRLF and lone CR become LF. */
export function normaliseNewlines(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

export class Source {
  /** True once an invalid UTF-8 sequence was decoded (with U+FFFD). */
  invalidUtf8 = false;
  private started = false;
  private closed = false;

  private constructor(
    /** Path as given (or '-'), used in origin and diagnostics. */
    readonly file: string,
    /** Id base: file name without extension, or 'stdin'. */
    readonly base: string,
    /** At least the first HEAD_BYTES bytes (all of them if the input is shorter). */
    readonly head: Buffer,
    /** True when head holds the whole input. */
    readonly complete: boolean,
    private readonly it: AsyncIterator<string | Buffer>,
  ) {}

  /** Reads the head of `input`; fs errors (ENOENT, EACCES, ...) surface here. */
  static async open(file: string, base: string, input: AsyncIterable<string | Buffer>): Promise<Source> {
    const it = input[Symbol.asyncIterator]();
    const parts: Buffer[] = [];
    let size = 0;
    let complete = false;
    try {
      while (size < HEAD_BYTES) {
        const r = await it.next();
        if (r.done) {
          complete = true;
          break;
        }
        const b = typeof r.value === 'string' ? Buffer.from(r.value, 'utf8') : r.value;
        parts.push(b);
        size += b.length;
      }
    } catch (e) {
      await it.return?.();
      throw e;
    }
    return new Source(file, base, Buffer.concat(parts), complete, it);
  }

  /** UTF-8 unless the input starts with a UTF-16 byte order mark. */
  get encoding(): TextEncodingLabel {
    return encodingOf(this.head);
  }

  /** NUL byte in the first HEAD_BYTES of a file without a UTF-16 BOM: treated as binary. */
  get binary(): boolean {
    if (this.encoding !== 'utf-8') return false;
    return this.head.subarray(0, HEAD_BYTES).includes(0);
  }

  /** The head decoded (lossy; for sniffing only). */
  headText(): string {
    return new TextDecoder(this.encoding).decode(this.head);
  }

  /** The input as decoded, normalised text chunks. Can be consumed once. */
  async *chunks(): AsyncGenerator<string> {
    if (this.started) throw new Error(`source ${this.file} read twice`);
    this.started = true;
    const label = this.encoding;
    const decoder = new TextDecoder(label); // strips a leading BOM
    let checker: TextDecoder | null = new TextDecoder(label, { fatal: true });
    let pendingCR = false;
    const self = this;
    function step(b: Buffer | null): string {
      if (checker) {
        try {
          if (b) checker.decode(b, { stream: true });
          else checker.decode();
        } catch {
          checker = null;
          self.invalidUtf8 = true;
        }
      }
      let s = b ? decoder.decode(b, { stream: true }) : decoder.decode();
      if (pendingCR) s = '\r' + s;
      pendingCR = b !== null && s.endsWith('\r');
      if (pendingCR) s = s.slice(0, -1);
      return normaliseNewlines(s);
    }
    try {
      if (this.head.length) {
        const s = step(this.head);
        if (s) yield s;
      }
      if (!this.complete) {
        for (;;) {
          const r = await this.it.next();
          if (r.done) break;
          const s = step(typeof r.value === 'string' ? Buffer.from(r.value, 'utf8') : r.value);
          if (s) yield s;
        }
      }
      const last = step(null);
      if (last) yield last;
    } finally {
      await this.close();
    }
  }

  /** Releases the underlying stream (idempotent). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.complete) await this.it.return?.();
  }
}

/** A line of `boundedLines`: its text, or its length when it was over the bound (text dropped). */
export type BoundedLine = { n: number; text: string } | { n: number; tooLong: number };

/**
 * Lines (without '\n'), numbered from 1, never holding more than `limit` characters of one line:
 * a longer line is dropped as it streams and yields only its length. The pieces of a line are
 * joined once at its end, so a long line costs linear time, not a copy per chunk.
 */
export async function* boundedLines(chunks: AsyncIterable<string>, limit = Infinity): AsyncGenerator<BoundedLine> {
  let parts: string[] = [];
  let size = 0; // characters of the current line seen so far
  let n = 0;
  for await (const chunk of chunks) {
    let pos = 0;
    for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', pos)) {
      size += i - pos;
      n++;
      if (size > limit) yield { n, tooLong: size };
      else {
        parts.push(chunk.slice(pos, i));
        yield { n, text: parts.join('') };
      }
      parts = [];
      size = 0;
      pos = i + 1;
    }
    size += chunk.length - pos;
    if (size > limit) parts = [];
    else if (pos < chunk.length) parts.push(chunk.slice(pos));
  }
  if (size > limit) yield { n: n + 1, tooLong: size };
  else if (size > 0) yield { n: n + 1, text: parts.join('') };
}

/** Splits text chunks into lines (without '\n'), numbered from 1. */
export async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<[number, string]> {
  for await (const l of boundedLines(chunks)) if ('text' in l) yield [l.n, l.text];
}
