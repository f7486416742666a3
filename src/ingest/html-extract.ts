/**
 * A saved news page -> its article: the main text by @mozilla/readability on a linkedom
 * document (block elements become paragraphs), the title, the publication date and the url
 * from the page's meta tags, the outlet from og:site_name or the url's host.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface PageArticle {
  text: string;
  title: string | null;
  /** The date as the page states it (not yet normalised), or null. */
  published: string | null;
  url: string | null;
  site: string | null;
}

/** Meta tags that state a publication date, most specific first. */
const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'og:published_time',
];

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'FIGCAPTION', 'BR', 'HR', 'TABLE', 'UL', 'OL', 'DL', 'DD', 'DT', 'HEADER', 'FOOTER']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'FIGURE', 'IFRAME']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM subtree with a blank line between blocks and single spaces inside them. */
export function blockText(root: DomNode): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName.toUpperCase())) return;
    const block = BLOCK.has(node.nodeName.toUpperCase());
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) visit(node.childNodes[i]);
    if (block) flush();
  };
  visit(root);
  flush();
  return blocks.join('\n\n');
}

function metaContent(document: Document, names: readonly string[]): string | null {
  const wanted = new Map(names.map((n, i) => [n, i]));
  let best: [number, string] | null = null;
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const rank = wanted.get(key);
    const content = meta.getAttribute('content')?.trim();
    if (rank === undefined || !content) continue;
    if (!best || rank < best[0]) best = [rank, content];
  }
  return best?.[1] ?? null;
}

function pageDate(document: Document): string | null {
  const meta = metaContent(document, DATE_META);
  if (meta) return meta;
  const time = document.querySelector('time[datetime][pubdate], article time[datetime], time[itemprop="datePublished"]');
  return time?.getAttribute('datetime')?.trim() || null;
}

function pageUrl(document: Document, fallback: string | null): string | null {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  return metaContent(document, ['og:url']) ?? (canonical || null) ?? fallback;
}

export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The article of a page; `url` is where it was fetched from (a WARC record's target), if known. */
export function extractPage(html: string, url: string | null = null): PageArticle {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const title = metaContent(doc, ['og:title', 'twitter:title']) ?? (doc.querySelector('title')?.textContent?.trim() || null);
  const published = pageDate(doc);
  const pageLink = pageUrl(doc, url);
  const site = metaContent(doc, ['og:site_name', 'application-name']) ?? hostOf(url ?? pageLink);
  const body = doc.body as unknown as DomNode | null;
  // Readability changes the document it reads: the meta tags are read first.
  const parsed = new Readability<DomNode>(doc, { charThreshold: 200, serializer: (node) => node as unknown as DomNode }).parse();
  let text = parsed?.content ? blockText(parsed.content) : '';
  if (!text && body) text = blockText(body);
  return { text, title: title ?? (parsed?.title || null), published: published ?? (parsed?.publishedTime || null), url: pageLink, site };
}
