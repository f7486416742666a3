/** Code a text with the shipped lexicons and summarise its events as "SRC>TGT:code" strings. */
import { createCoder, codeArticle, type Coder } from '../../src/pipeline/coder.ts';
import type { CodedEvent } from '../../src/document/types.ts';
import type { MergedEvent } from '../../src/pipeline/merge-mentions.ts';

let coder: Coder | undefined;

export function sharedCoder(): Coder {
  coder ??= createCoder();
  return coder;
}

/** The whole coding of a text (events, mentions, trace), with the shared coder. */
export function coding(text: string, published: string | null = '2024-05-15') {
  return codeArticle(sharedCoder(), { id: 'test', text, published, origin: { file: 'test' } });
}

/** Events of verbs containing `verb`, as "SOURCE>TARGET:cameo". */
export function dyadsAt(text: string, verb: string): string[] {
  return coding(text)
    .events.filter((e) => e.verb.text.includes(verb))
    .map((e) => `${e.source.code}>${e.target?.code ?? '-'}:${e.cameo}`);
}

export function code(text: string, published: string | null = '2024-05-15', options: { keepNegated?: boolean } = {}): MergedEvent[] {
  const c = options.keepNegated ? createCoder({ keepNegated: true }) : sharedCoder();
  return codeArticle(c, { id: 'test', text, published, origin: { file: 'test' } }).events;
}

function country(e: CodedEvent['source'] | null): string {
  return e ? (e.country ?? e.code) : '-';
}

/** "PAK>CHN:03" by root, or with exact: true "PAK>CHN:036". */
export function dyads(text: string, options: { exact?: boolean; published?: string | null } = {}): string[] {
  return code(text, options.published === undefined ? '2024-05-15' : options.published).map(
    (e) => `${country(e.source)}>${country(e.target)}:${options.exact ? e.cameo : e.cameo.slice(0, 2)}`,
  );
}
