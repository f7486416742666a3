/**
 * The per-article time bound (`--max-article-ms`, docs/RELIABILITY.md). Coding is synchronous,
 * so the bound is cooperative: the coder asks the deadline between its stages and between
 * sentences, and gives the article up with an ArticleTimeout once the time is spent. The
 * clock is a value passed in (tests give a fake one); when the bound is not hit, nothing
 * about the coding depends on it.
 */
import type { Article, Diagnostic } from '../document/types.ts';

/** Default bound: real articles take milliseconds; 20 s means something is wrong with the input. */
export const DEFAULT_MAX_ARTICLE_MS = 20_000;

/** Milliseconds from some fixed origin; only differences are used. */
export type Clock = () => number;

export const systemClock: Clock = () => performance.now();

/** Thrown by the coder when an article took longer than its bound. */
export class ArticleTimeout extends Error {
  readonly code = 'timeout';

  constructor(
    readonly limitMs: number,
    readonly elapsedMs: number,
    /** Where the coder was when it gave up: "sentence 41 of 120", "places" ... */
    readonly stage: string,
  ) {
    super(`not coded: took over --max-article-ms ${limitMs} (gave up after ${Math.round(elapsedMs)} ms, at ${stage})`);
    this.name = 'ArticleTimeout';
  }
}

export interface Deadline {
  /** Throws ArticleTimeout when the bound is spent; `stage` says where the coder is. */
  check(stage: string | (() => string)): void;
}

const NEVER: Deadline = { check: () => {} };

/** A deadline `limitMs` from now by `clock`; 0 (or less) never expires. */
export function startDeadline(limitMs: number, clock: Clock = systemClock): Deadline {
  if (!(limitMs > 0)) return NEVER;
  const start = clock();
  return {
    check(stage) {
      const elapsed = clock() - start;
      if (elapsed > limitMs) throw new ArticleTimeout(limitMs, elapsed, typeof stage === 'string' ? stage : stage());
    },
  };
}

/**
 * The diagnostic for an article the coder did not finish: `timeout` when it ran out of time,
 * `internal` when it threw (a defect in dyad must cost one article, never the batch).
 */
export function codingFailure(article: Article, error: unknown): Diagnostic {
  const timeout = error instanceof ArticleTimeout;
  const message = timeout ? `article ${article.id} ${error.message}` : `article ${article.id} could not be coded: ${(error as Error)?.message ?? String(error)}`;
  const d: Diagnostic = { severity: 'error', file: article.origin.file, code: timeout ? 'timeout' : 'internal', message };
  if (article.origin.line !== undefined) d.line = article.origin.line;
  return d;
}
