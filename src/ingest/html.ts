/**
 * Saved HTML pages (.html, .htm): one article per page (html-extract.ts). The article id is
 * the file name, as for text files; the outlet is og:site_name or the page url's host.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Article } from '../document/types.ts';
import { normaliseDate, resolvePublished } from './dates.ts';
import { extractPage } from './html-extract.ts';
import { diagnostic, type ReaderContext, type ReadItem } from './source.ts';
import { fsDiagnostic } from './walk.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MONTH_YEAR = /\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b/i;
const MONTH_DAY_YEAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i;

/** A page's date as written in meta tags: ISO forms, else "10 Mar 2025" / "March 10, 2025" (RFC 822 too). */
export function pageDateValue(raw: string | null): string | null {
  if (!raw) return null;
  const iso = normaliseDate(raw);
  if (iso) return iso;
  const dmy = DAY_MONTH_YEAR.exec(raw);
  const mdy = MONTH_DAY_YEAR.exec(raw);
  const [d, m, y] = dmy ? [dmy[1], dmy[2], dmy[3]] : mdy ? [mdy[2], mdy[1], mdy[3]] : [null, null, null];
  if (!d || !m || !y) return raw; // left for resolvePublished to report as unreadable
  return normaliseDate(`${y}-${MONTHS.indexOf(m.slice(0, 3).toLowerCase()) + 1}-${d}`) ?? raw;
}

const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/** Bytes of a page -> text, in the charset the HTTP header or the page declares (UTF-8 by default). */
export function decodeHtml(bytes: Uint8Array, declared?: string | null): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const label = declared ?? CHARSET.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export interface PageOrigin {
  file: string;
  /** Record number in a WARC file. */
  line?: number;
  id: string;
  url: string | null;
}

/** The article of one page, or a diagnostic naming its file (and record). */
export function pageItems(html: string, where: PageOrigin, ctx: ReaderContext): ReadItem[] {
  let page;
  try {
    page = extractPage(html, where.url);
  } catch (error) {
    return [diagnostic('error', where.file, 'bad-html', `unreadable HTML: ${(error as Error).message}`, where.line)];
  }
  if (!page.text.trim()) return [diagnostic('error', where.file, 'empty', 'no article text in the page', where.line)];
  const items: ReadItem[] = [];
  const { published, warning } = resolvePublished(pageDateValue(page.published), ctx.published, where.file, where.line);
  if (warning) items.push({ kind: 'diagnostic', diagnostic: warning });
  const origin: Article['origin'] = where.line === undefined ? { file: where.file } : { file: where.file, line: where.line };
  const article: Article = { id: where.id, text: page.text, published, origin };
  if (page.title) article.title = page.title;
  if (page.url) article.url = page.url;
  if (page.site) article.source = page.site;
  items.push({ kind: 'article', article });
  return items;
}

/** A page (markup, scripts and all) may be this many times the article bound before it is refused unread. */
export const PAGE_FACTOR = 4;

/** The error for a page too big to parse, or null. */
export function pageTooLarge(bytes: number, ctx: ReaderContext, file: string, line?: number): ReadItem | null {
  const max = PAGE_FACTOR * ctx.maxArticleBytes;
  if (bytes <= max) return null;
  return diagnostic('error', file, 'too-large', `page of ${bytes} bytes, over ${PAGE_FACTOR} x --max-article-bytes (${max}); skipped`, line);
}

export async function* readHtmlFile(path: string, ctx: ReaderContext): AsyncGenerator<ReadItem> {
  let bytes: Buffer;
  try {
    const big = pageTooLarge((await stat(path)).size, ctx, path);
    if (big) {
      yield big;
      return;
    }
    bytes = await readFile(path);
  } catch (error) {
    yield { kind: 'diagnostic', diagnostic: fsDiagnostic(path, error) };
    return;
  }
  yield* pageItems(decodeHtml(bytes), { file: path, id: basename(path, extname(path)), url: null }, ctx);
}
