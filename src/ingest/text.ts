/**
 * Plain text: the whole input is one article. An optional first-line prefix
 * " date YYYY-MM-DD" (leading space optional, the article may continue on the
 * same line) gives the published date and is removed from the text. A text over
 * ctx.maxArticleBytes is not read further and is skipped with an error.
 */
import type { Article } from '../document/types.ts';
import { resolvePublished } from './dates.ts';
import { diagnostic, type ReaderContext, type ReadItem, type Source } from './source.ts';

/** Date-like token after "date": the date normaliser decides if it is valid. */
const DATE_PREFIX =
  /^[ \t]*date:?[ \t]+(\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:T[\d:.,]+(?:Z|[+-]\d{2}:?\d{2})?)?)(?=\s|$)[ \t]*\n?/i;

/** Splits a leading date prefix off `text`. */
export function splitDatePrefix(text: string): { date: string | null; text: string } {
  const m = DATE_PREFIX.exec(text);
  if (!m) return { date: null, text };
  return { date: m[1], text: text.slice(m[0].length) };
}

export async function* readText(src: Source, ctx: ReaderContext): AsyncGenerator<ReadItem> {
  const parts: string[] = [];
  let size = 0;
  for await (const chunk of src.chunks()) {
    parts.push(chunk);
    size += Buffer.byteLength(chunk, 'utf8');
    // Stop reading at the bound: a 50 MB file is never held whole (the rest is not read).
    if (size > ctx.maxArticleBytes + 64) {
      const why = `article is over --max-article-bytes ${ctx.maxArticleBytes} (stopped reading at ${size} bytes); skipped`;
      yield diagnostic('error', src.file, 'too-large', why);
      return;
    }
  }
  const { date, text } = splitDatePrefix(parts.join(''));
  if (!text.trim()) {
    yield diagnostic('error', src.file, 'empty', 'empty article');
    return;
  }
  const { published, warning } = resolvePublished(date, ctx.published, src.file, date ? 1 : undefined);
  if (warning) yield { kind: 'diagnostic', diagnostic: warning };
  const article: Article = { id: src.base, text, published, origin: { file: src.file } };
  yield { kind: 'article', article };
}
