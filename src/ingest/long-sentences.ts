/** Warnings for the sentences the coder left unanalysed (CoderOptions.maxSentenceTokens). */
import type { Article, Diagnostic, Sentence } from '../document/types.ts';

export function longSentenceWarnings(article: Article, indices: readonly number[], max: number, sentences: readonly Sentence[]): Diagnostic[] {
  return indices.map((i) => {
    const s = sentences[i];
    const d: Diagnostic = {
      severity: 'warning',
      file: article.origin.file,
      code: 'long-sentence',
      message: `article ${article.id}: sentence ${i} (${s.tokenEnd - s.tokenStart} tokens, characters ${s.start}-${s.end}) is over --max-sentence-tokens ${max}; not coded`,
    };
    if (article.origin.line !== undefined) d.line = article.origin.line;
    return d;
  });
}
