/**
 * The headline of an article, when its text starts with one: a first line without
 * sentence-final punctuation, at most HEADLINE_WORDS words, followed by a blank line (or the
 * end of the text) or by a line that ends a sentence. A hard-wrapped first paragraph
 * ("... signed an" / "agreement on Thursday and") is no headline: its next line runs on.
 */
import type { Document } from '../document/types.ts';

const HEADLINE_WORDS = 25;
const SENTENCE_END = /[.!?:;"\u201d]$/;
const TRAILING_BRACKETS = /(?:\s*(?:\([^()]*\)|\[[^[\]]*\]))+$/;

/** The line ends a sentence, before any trailing bracketed notes ("... groups. (AFP)", "... by the U.S.[1]"). */
function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line.replace(TRAILING_BRACKETS, ''));
}

/** [start, end) of the headline line in the article text, or null. */
export function headlineSpan(text: string): { start: number; end: number } | null {
  const start = text.search(/\S/);
  if (start < 0) return null;
  const end = text.indexOf('\n', start);
  if (end < 0) return null;
  const line = text.slice(start, end).trimEnd();
  if (!line || endsSentence(line) || line.split(/\s+/).length > HEADLINE_WORDS) return null;
  const rest = text.slice(end + 1);
  const blankFollows = /^[^\S\n]*(?:\n|$)/.test(rest);
  const next = rest.split('\n', 1)[0].trimEnd();
  if (!blankFollows && !endsSentence(next)) return null;
  return { start, end: start + line.length };
}

/** Indexes of the sentences that lie inside the article's headline (none when it has no headline). */
export function headlineSentences(doc: Document): ReadonlySet<number> {
  const span = headlineSpan(doc.article.text);
  const found = new Set<number>();
  if (!span) return found;
  for (const s of doc.sentences) {
    if (s.start >= span.end) break;
    if (s.start >= span.start && s.end <= span.end) found.add(s.index);
  }
  return found;
}
