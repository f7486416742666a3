/**
 * Formats read from a path rather than from decoded text: saved HTML pages (their charset
 * is their own) and WARC files (binary, gzipped). readInputs dispatches to these by name.
 */
import type { ReaderContext, ReadItem } from './source.ts';
import { readHtmlFile } from './html.ts';
import { readWarcFile } from './warc.ts';

export type PathReader = (path: string, ctx: ReaderContext) => AsyncGenerator<ReadItem>;

/** The reader of a file by its name, or undefined for the text formats. */
export function pathReader(name: string): PathReader | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm') || lower.endsWith('.xhtml')) return readHtmlFile;
  if (lower.endsWith('.warc') || lower.endsWith('.warc.gz')) return readWarcFile;
  return undefined;
}
