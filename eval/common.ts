/** What every evaluation part shares: where ../shared is, and coding one text into records. */
import { join } from 'node:path';
import type { Article, Mention } from '../src/document/types.ts';
import { codeArticle, type Coder } from '../src/pipeline/coder.ts';
import { toRecord, type EventRecord } from '../src/output/record.ts';
import { REPO_ROOT } from '../src/util/paths.ts';

/** ../shared beside the project (DYAD_SHARED overrides). Read at run time only. */
export function sharedPath(...parts: string[]): string {
  return join(process.env.DYAD_SHARED ?? join(REPO_ROOT, '..', 'shared'), ...parts);
}

export interface TextCoding {
  records: EventRecord[];
  mentions: Mention[];
  sentences: number;
}

/** Codes one text as an article and returns the public records (plus mentions, for debugging). */
export function codeText(coder: Coder, id: string, text: string, published: string | null, file: string): TextCoding {
  const article: Article = { id, text, published, origin: { file } };
  const coding = codeArticle(coder, article);
  const records = coding.events.map((e) => {
    const s = coding.doc.sentences[e.sentenceIndex];
    return toRecord(e, article, text.slice(s.start, s.end), coder.cameo, coder.coder);
  });
  return { records, mentions: coding.mentions, sentences: coding.doc.sentences.length };
}

/** "036 AGREE PAKGOV(PAK) -> CHN(CHN) [agreed | verb-rule-id]" for developer output. */
export function describeRecord(r: EventRecord): string {
  const actor = (a: EventRecord['source'] | null) => (a ? `${a.code}(${a.country ?? '-'}${a.sector ? `/${a.sector}` : ''})` : '-');
  const flags = [r.negated ? 'negated' : '', r.hedged ? 'hedged' : ''].filter(Boolean).join(',');
  return `${r.cameo} ${r.plover.event ?? '(no PLOVER type)'} ${actor(r.source)} -> ${actor(r.target)} [${r.evidence.verb} | ${r.evidence.rule}]${flags ? ` ${flags}` : ''}`;
}
