/** Options shared by the commands that read articles. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { defaultDictionaryPath } from '../actors/dictionary/store.ts';
import { DyadError } from '../util/errors.ts';
import { normaliseDate } from '../ingest/index.ts';
import { ONTOLOGIES, type Ontology } from '../output/plover-record.ts';

export function addInputOptions(command: Command): Command {
  return command
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that carry none')
    .option('--input-format <format>', 'read inputs as txt, jsonl or csv instead of guessing from the extension')
    .option('--lexicon <dir>', 'a lexicon directory of your own (default: the lexicon/ shipped with dyad)');
}

export function parsePublished(value: string | undefined): string | null {
  if (value === undefined) return null;
  const date = normaliseDate(value);
  if (!date) throw new DyadError('USAGE', `--published must be a date YYYY-MM-DD, got "${value}"`);
  return date;
}

export function parseInputFormat(value: string | undefined): 'txt' | 'jsonl' | 'csv' | undefined {
  if (value === undefined) return undefined;
  if (value === 'txt' || value === 'jsonl' || value === 'csv') return value;
  throw new DyadError('USAGE', `--input-format must be txt, jsonl or csv, got "${value}"`);
}

export function parseOntology(value: string | undefined): Ontology {
  if (value === undefined) return 'cameo';
  if ((ONTOLOGIES as readonly string[]).includes(value)) return value as Ontology;
  throw new DyadError('USAGE', `--ontology must be ${ONTOLOGIES.join(' or ')}, got "${value}"`);
}

/** `--dictionary FILE`: the actor dictionary (default dyad-actors.jsonl in the working directory). */
export function addDictionaryOption(command: Command): Command {
  return command.option('--dictionary <file>', 'the actor dictionary file (default: dyad-actors.jsonl in the working directory)');
}

export function dictionaryPath(options: { dictionary?: string }): string {
  return options.dictionary ? resolve(options.dictionary) : defaultDictionaryPath();
}

/** Bounds against hostile input and the quarantine report (docs/RELIABILITY.md). */
export function addReliabilityOptions(command: Command): Command {
  return command
    .option('--max-article-bytes <n>', 'skip articles with more text than this, in UTF-8 bytes (default 4194304: 4 MiB)')
    .option('--max-sentence-tokens <n>', 'do not analyse sentences of more tokens than this (default 400)')
    .option(...MAX_ARTICLE_MS)
    .option('--quarantine <file>', 'write what was skipped and why as JSON lines {file, line, code, severity, reason}');
}

/** The values of addReliabilityOptions as commander gives them. */
export interface ReliabilityCliOptions {
  maxArticleBytes?: string;
  maxSentenceTokens?: string;
  maxArticleMs?: string;
  quarantine?: string;
}

/** The bounds of addReliabilityOptions, checked; undefined where not given (the default applies). */
export interface Bounds {
  /** For the readers (ReadOptions.maxArticleBytes). */
  maxArticleBytes?: number;
  /** For the coder (CoderOptions.maxSentenceTokens, maxArticleMs). */
  maxSentenceTokens?: number;
  maxArticleMs?: number;
}

/** The bounds of `dyad code`, `dyad ingest` and `dyad worker`: a junk value is a usage error. */
export function parseBounds(options: ReliabilityCliOptions): Bounds {
  return {
    maxArticleBytes: parseBound('--max-article-bytes', options.maxArticleBytes),
    maxSentenceTokens: parseBound('--max-sentence-tokens', options.maxSentenceTokens),
    maxArticleMs: parseMillis('--max-article-ms', options.maxArticleMs),
  };
}

/** `--max-article-ms`: the per-article time bound (src/pipeline/deadline.ts); on code, ingest, explain and worker. */
const MAX_ARTICLE_MS = ['--max-article-ms <ms>', 'give up on an article whose coding takes longer than this, in milliseconds (default 20000; 0: no bound)'] as const;

export function addTimeBoundOption(command: Command): Command {
  return command.option(...MAX_ARTICLE_MS);
}

/** A whole number of milliseconds, 0 included (no bound), or undefined when not given. */
export function parseMillis(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isSafeInteger(n) || n < 0) throw new DyadError('USAGE', `${name} must be a whole number of milliseconds (0: no bound), got "${value}"`);
  return n;
}

/** A positive whole number option, or undefined when not given. */
export function parseBound(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new DyadError('USAGE', `${name} must be a whole number above 0, got "${value}"`);
  return n;
}
