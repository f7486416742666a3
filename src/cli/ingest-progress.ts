/**
 * Ingest progress: on a terminal, one line redrawn in place with articles/s and an ETA; in
 * a pipe, nothing until the summary line. The ETA comes from input bytes: the sizes of the
 * files to read (walked before reading starts), a file counted as read when its last article
 * has passed, an article of a large file counted by its text length until then.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { EXTENSIONS } from '../ingest/index.ts';
import { pathReader } from '../ingest/page-readers.ts';
import { walk } from '../ingest/walk.ts';

export interface IngestCounts {
  read: number;
  inserted: number;
  replaced: number;
  unchanged: number;
  events: number;
  errors: number;
}

/** Sizes of the files `dyad ingest PATHS` will read (stdin and unreadable paths count 0). */
export async function inputSizes(paths: string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const accept = (name: string) => EXTENSIONS.has(extname(name).toLowerCase()) || pathReader(name) !== undefined;
  const add = async (file: string) => sizes.set(file, (await stat(file).catch(() => null))?.size ?? 0);
  for (const path of paths) {
    if (path === '-') continue;
    const info = await stat(path).catch(() => null);
    if (!info) continue;
    if (!info.isDirectory()) await add(path);
    else for await (const entry of walk(path, accept)) if (entry.kind === 'file') await add(entry.path);
  }
  return sizes;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mm = String(m).padStart(h ? 2 : 1, '0');
  return `${h ? `${h}:` : ''}${mm}:${String(s % 60).padStart(2, '0')}`;
}

export class Progress {
  private readonly started = Date.now();
  private readonly total: number;
  private doneBytes = 0;
  private currentFile: string | null = null;
  private currentBytes = 0;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly sizes: Map<string, number>,
    private readonly live: boolean = out.isTTY === true,
  ) {
    this.total = [...sizes.values()].reduce((a, b) => a + b, 0);
  }

  /** An article of `file` with `chars` of text was read. */
  article(file: string, chars: number): void {
    if (file !== this.currentFile) {
      if (this.currentFile !== null) this.doneBytes += this.sizes.get(this.currentFile) ?? 0;
      this.currentFile = file;
      this.currentBytes = 0;
    }
    this.currentBytes = Math.min(this.currentBytes + chars, this.sizes.get(file) ?? 0);
  }

  /** Fraction of the input read, 0-1 (0 when the size is unknown). */
  fraction(): number {
    return this.total ? Math.min(1, (this.doneBytes + this.currentBytes) / this.total) : 0;
  }

  /** Redraws the live line (at most 5 times a second). */
  update(counts: IngestCounts): void {
    if (!this.live) return;
    const now = Date.now();
    if (now - this.lastDraw < 200) return;
    this.lastDraw = now;
    const elapsed = (now - this.started) / 1000;
    const done = counts.inserted + counts.replaced + counts.unchanged + counts.errors;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const f = this.fraction();
    const eta = f > 0 ? (elapsed * (1 - f)) / f : Infinity;
    const pct = this.total ? `${(100 * f).toFixed(0).padStart(3)}% ` : '';
    this.out.write(`\r\x1b[2K${pct}${done} articles, ${counts.events} events, ${rate.toFixed(1)} articles/s, ETA ${clock(eta)}`);
    this.drawn = true;
  }

  /** Clears the live line (before a diagnostic is printed, and at the end). */
  clear(): void {
    if (this.drawn) this.out.write('\r\x1b[2K');
    this.drawn = false;
    this.lastDraw = 0;
  }

  elapsed(): number {
    return (Date.now() - this.started) / 1000;
  }
}

/**
 * The closing line: what was read, coded, stored and skipped, and how fast. The rate counts
 * from the first article sent to the coders (their start-up excluded) when `codingSeconds` is given.
 */
export function summary(counts: IngestCounts, seconds: number, workers: number, db: string, codingSeconds?: number): string {
  const coded = counts.inserted + counts.replaced;
  const span = codingSeconds && codingSeconds > 0 ? codingSeconds : seconds;
  const rate = span > 0 ? (coded + counts.unchanged) / span : 0;
  const parts = [
    `${counts.read} article${counts.read === 1 ? '' : 's'} read`,
    `${coded} coded (${counts.inserted} new, ${counts.replaced} changed)`,
    `${counts.unchanged} unchanged`,
    `${counts.events} event records stored`,
  ];
  if (counts.errors) parts.push(`${counts.errors} input error${counts.errors === 1 ? '' : 's'} (skipped)`);
  const startup = codingSeconds ? `, start-up ${(seconds - codingSeconds).toFixed(1)} s` : '';
  return `dyad ingest: ${parts.join(', ')} in ${seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s${startup}, ${workers} worker${workers === 1 ? '' : 's'}) -> ${db}`;
}
