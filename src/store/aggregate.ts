/**
 * Cross-article dedup, the pure part: the mentions of one real-world event -> its counts
 * (GDELT NumMentions, NumSources, NumArticles), its representative mention and its code.
 * Every driver recounts an event with this function whenever its mentions change, so the
 * result does not depend on the order articles arrived in (parallel ingest) nor on the
 * database's collation.
 */

/** What the aggregate needs of a stored mention. */
export interface MentionRow {
  id: string;
  articleId: string;
  published: string | null;
  sourceName: string;
  sentenceIndex: number;
  /** In-article repeats (the record's `mentions`). */
  mentions: number;
  cameo: string;
  goldstein: number;
  quadClass: number;
}

export interface EventAggregate {
  numMentions: number;
  numSources: number;
  numArticles: number;
  /** Id of the representative mention: the earliest published, then by article id and sentence. */
  representative: string;
  /** Its article. */
  representativeArticle: string;
  cameo: string;
  goldstein: number;
  quadClass: number;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Earliest published first (undated articles last), then article id, sentence, mention id. */
export function mentionOrder(a: MentionRow, b: MentionRow): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return cmp(a.published, b.published);
  }
  return cmp(a.articleId, b.articleId) || a.sentenceIndex - b.sentenceIndex || cmp(a.id, b.id);
}

/**
 * Counts and representative of one event. The code is the representative's, unless it has
 * 3 digits and another mention gives a 4-digit code of the same base (then the first such,
 * in mention order), as within an article (docs/RECORD.md).
 */
export function aggregate(rows: readonly MentionRow[]): EventAggregate {
  if (!rows.length) throw new Error('aggregate of an event without mentions');
  const sorted = [...rows].sort(mentionOrder);
  const first = sorted[0];
  const specific = first.cameo.length > 3 ? first : (sorted.find((r) => r.cameo.length > 3) ?? first);
  return {
    numMentions: sorted.reduce((n, r) => n + r.mentions, 0),
    numSources: new Set(sorted.map((r) => r.sourceName)).size,
    numArticles: new Set(sorted.map((r) => r.articleId)).size,
    representative: first.id,
    representativeArticle: first.articleId,
    cameo: specific.cameo,
    goldstein: specific.goldstein,
    quadClass: specific.quadClass,
  };
}
