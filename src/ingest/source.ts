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

  /** NUL byte in the first HEAD_BYTES: treated as binary. */
  get binary(): boolean {
    return this.head.subarray(0, HEAD_BYTES).includes(0);
  }

  /** The head decoded (lossy; for sniffing only). */
  headText(): string {
    return new TextDecoder('utf-8').decode(this.head);
  }

  /** The input as decoded, normalised text chunks. Can be consumed once. */
  async *chunks(): AsyncGenerator<string> {
    if (this.started) throw new Error(`source ${this.file} read twice`);
    this.started = true;
    const decoder = new TextDecoder('utf-8'); // strips a leading BOM
    let checker: TextDecoder | null = new TextDecoder('utf-8', { fatal: true });
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

/** Splits text chunks into lines (without '\n'), numbered from 1. */
export async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<[number, string]> {
  let buf = '';
  let n = 0;
  for await (const chunk of chunks) {
    buf += chunk;
    let pos = 0;
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n', pos)) {
      yield [++n, buf.slice(pos, i)];
      pos = i + 1;
    }
    buf = buf.slice(pos);
  }
  if (buf) yield [++n, buf];
}
