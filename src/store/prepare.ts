/**
 * An article and its records -> the rows a store writes, computed without the database: the
 * content hash, the outlet, the evidence sentences, the actors, and each mention with its
 * event identity and stored JSON. Pure, so ingest workers prepare articles in parallel and
 * the thread that owns the store only writes.
 */
import type { ArticleInput } from './types.ts';
import { contentHash, eventIdentity, sourceName, type EventIdentity } from './keys.ts';
import type { MentionRow } from './aggregate.ts';
import { mentionJson } from './rows.ts';

export interface PreparedMention {
  row: MentionRow;
  event: EventIdentity;
  json: string;
}

export interface PreparedArticle {
  prepared: true;
  id: string;
  contentHash: string;
  coder: string;
  published: string | null;
  title: string | null;
  url: string | null;
  sourceName: string;
  originFile: string;
  originLine: number | null;
  /** [sentence index, text], each sentence once. */
  sentences: Array<[number, string]>;
  /** [code, name, country, sector], each actor once. */
  actors: Array<[string, string, string | null, string | null]>;
  mentions: PreparedMention[];
}

export function prepareArticle({ article, records, coder }: ArticleInput): PreparedArticle {
  const source = sourceName(article);
  const sentences = new Map<number, string>();
  const actors = new Map<string, [string, string, string | null, string | null]>();
  const mentions: PreparedMention[] = [];
  for (const r of records) {
    if (!sentences.has(r.sentence_index)) sentences.set(r.sentence_index, r.sentence);
    for (const a of [r.source, r.target]) if (a) actors.set(`${a.code}\u0000${a.name}`, [a.code, a.name, a.country, a.sector]);
    mentions.push({
      row: { id: r.id, articleId: article.id, published: article.published, sourceName: source, sentenceIndex: r.sentence_index, mentions: r.mentions, cameo: r.cameo, goldstein: r.goldstein, quadClass: r.quad_class },
      event: eventIdentity(r),
      json: mentionJson(r),
    });
  }
  return {
    prepared: true,
    id: article.id,
    contentHash: contentHash(article),
    coder,
    published: article.published,
    title: article.title ?? null,
    url: article.url ?? null,
    sourceName: source,
    originFile: article.origin.file,
    originLine: article.origin.line ?? null,
    sentences: [...sentences],
    actors: [...actors.values()],
    mentions,
  };
}

/** Either form a store accepts. */
export function prepared(input: ArticleInput | PreparedArticle): PreparedArticle {
  return 'prepared' in input ? input : prepareArticle(input);
}
