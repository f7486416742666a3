/** Invented news pages and WARC files for the HTML and WARC reader tests. */
import { WARCRecord, WARCSerializer } from 'warcio';

export interface PageSpec {
  title?: string;
  published?: string;
  dateMeta?: string;
  site?: string;
  url?: string;
  paragraphs?: string[];
  charset?: string;
}

export const PARAGRAPHS = [
  'Officials from Pakistan and China met in Islamabad on Monday to discuss a new trade corridor through the northern mountains.',
  'The two delegations agreed to meet again next month, according to a statement released by the foreign ministry after the talks.',
  'Ghana criticized Togo over new tariffs on cross-border trade, saying the measures would hurt small traders in the markets of both countries.',
];

/** A page with navigation, a sidebar and scripts around the article, as saved by a browser. */
export function page(spec: PageSpec = {}): string {
  const metas = [
    spec.charset ? `<meta charset="${spec.charset}">` : '<meta charset="utf-8">',
    spec.title ? `<meta property="og:title" content="${spec.title}">` : '',
    spec.published ? `<meta property="${spec.dateMeta ?? 'article:published_time'}" content="${spec.published}">` : '',
    spec.site ? `<meta property="og:site_name" content="${spec.site}">` : '',
    spec.url ? `<link rel="canonical" href="${spec.url}">` : '',
  ].join('\n');
  const body = (spec.paragraphs ?? PARAGRAPHS).map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html><head>${metas}<title>${spec.title ?? 'Invented Daily'} | Invented Daily</title>
<script>var tracking = "do not read me";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>${spec.title ?? 'Talks in Islamabad'}</h1>${body}</article>
<aside><h3>Most read</h3><ul><li><a href="/x">Weather turns cold</a></li></ul></aside>
<footer>Copyright Invented Daily</footer></body></html>`;
}

export interface WarcSpec {
  url: string;
  html?: string;
  contentType?: string;
  status?: string;
  type?: 'response' | 'request' | 'resource';
}

/** A gzipped (or plain) WARC of the given records, preceded by a warcinfo record. */
export async function warc(records: WarcSpec[], gzip = true): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const info = WARCRecord.createWARCInfo({ filename: 'invented.warc.gz', warcVersion: 'WARC/1.1' }, { software: 'dyad tests' });
  parts.push(await WARCSerializer.serialize(info, { gzip }));
  for (const spec of records) {
    const body = new TextEncoder().encode(spec.html ?? '');
    const type = spec.type ?? 'response';
    const record = WARCRecord.create(
      {
        url: spec.url,
        date: '2025-03-11T02:00:00Z',
        type,
        warcVersion: 'WARC/1.1',
        ...(type === 'response' ? { statusline: spec.status ?? 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': spec.contentType ?? 'text/html; charset=utf-8' } } : {}),
        ...(type === 'request' ? { statusline: 'GET /page HTTP/1.1', httpHeaders: { Host: 'invented.example', 'User-Agent': 'dyad-tests' } } : {}),
        ...(type === 'resource' ? { warcHeaders: { 'Content-Type': spec.contentType ?? 'text/html' } } : {}),
      },
      [body],
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}
