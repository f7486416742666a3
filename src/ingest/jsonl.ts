/**
 * JSON Lines: one object per line, read line by line. A bad line is reported
 * and skipped; blank lines are ignored.
 */
import type { Article } from '../document/types.ts';
import { resolvePublished } from './dates.ts';
import { DATE_KEYS, ID_KEYS, STRING_FIELDS, TEXT_KEYS } from './fields.ts';
import { boundedLines, diagnostic, normaliseNewlines, type ReaderContext, type ReadItem, type Source } from './source.ts';

const PREVIEW = 100;

function preview(s: string): string {
  return s.length > PREVIEW ? `${s.slice(0, PREVIEW)}...` : s;
}

function firstKey(obj: Record<string, unknown>, keys: readonly string[]): string | undefined {
  return keys.find((k) => obj[k] !== undefined && obj[k] !== null);
}

/** Turns one parsed line into items (warnings, then the article or an error). */
export function recordItems(
  obj: Record<string, unknown>,
  src: Source,
  line: number,
  ctx: ReaderContext,
): ReadItem[] {
  const items: ReadItem[] = [];
  const used = new Set<string>();
  const textKey = firstKey(obj, TEXT_KEYS);
  const text = textKey === undefined ? undefined : obj[textKey];
  if (typeof text !== 'string') {
    const why = textKey === undefined ? 'no "text" field' : `"${textKey}" is not a string`;
    return [diagnostic('error', src.file, 'missing-text', why, line)];
  }
  if (!text.trim()) return [diagnostic('error', src.file, 'empty', 'empty article', line)];
  used.add(textKey!);

  let id = `${src.base}:${line}`;
  const idKey = firstKey(obj, ID_KEYS);
  if (idKey !== undefined) {
    const v = obj[idKey];
    if ((typeof v === 'string' && v.trim()) || (typeof v === 'number' && Number.isFinite(v))) {
      id = String(v).trim();
      used.add(idKey);
    } else {
      items.push(diagnostic('warning', src.file, 'bad-field', `unusable "${idKey}"; using id ${id}`, line));
    }
  }

  const dateKey = firstKey(obj, DATE_KEYS);
  if (dateKey !== undefined) used.add(dateKey);
  const { published, warning } = resolvePublished(
    dateKey === undefined ? undefined : obj[dateKey],
    ctx.published,
    src.file,
    line,
  );
  if (warning) items.push({ kind: 'diagnostic', diagnostic: warning });

  const article: Article = { id, text: normaliseNewlines(text), published, origin: { file: src.file, line } };
  for (const key of STRING_FIELDS) {
    const v = obj[key];
    if (v === undefined || v === null) continue;
    if (typeof v === 'string') {
      article[key] = v;
      used.add(key);
    } else {
      items.push(diagnostic('warning', src.file, 'bad-field', `"${key}" is not a string; kept in extra`, line));
    }
  }

  // fromEntries defines own properties, so a "__proto__" key stays data.
  const extra = Object.fromEntries(Object.entries(obj).filter(([k]) => !used.has(k)));
  if (Object.keys(extra).length) article.extra = extra;
  items.push({ kind: 'article', article });
  return items;
}

/** `firstLine`: the line number of the source's first line (a range of a file, ranges.ts). */
export async function* readJsonl(src: Source, ctx: ReaderContext, firstLine = 1): AsyncGenerator<ReadItem> {
  // A line may hold the text plus its JSON escapes and other fields: bound it at twice the article bound.
  for await (const l of boundedLines(src.chunks(), 2 * ctx.maxArticleBytes)) {
    const n = l.n + firstLine - 1;
    if ('tooLong' in l) {
      yield diagnostic('error', src.file, 'too-large', `line of ${l.tooLong} characters, over twice --max-article-bytes ${ctx.maxArticleBytes}; skipped`, n);
      continue;
    }
    const line = l.text.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      yield diagnostic('error', src.file, 'bad-json', `not JSON: ${preview(why)}`, n);
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
      yield diagnostic('error', src.file, 'not-object', `expected a JSON object, got ${kind}`, n);
      continue;
    }
    yield* recordItems(value as Record<string, unknown>, src, n, ctx);
  }
}
