/**
 * A sentence as the event stage sees it: its tokens, its actor mentions by position, and the
 * hard breaks (; : . quotes, dashes) and short parentheticals that bound clauses.
 */
import type { Mention, Sentence, Token } from '../document/types.ts';

export interface SentenceView {
  tokens: Token[];
  sentence: Sentence;
  /** Mentions of this sentence, sorted by tokenStart. */
  mentions: Mention[];
  mentionAt: ReadonlyMap<number, Mention>;
  /** Mention covering a token index. */
  mentionCovering: (i: number) => Mention | undefined;
  /** Short parentheticals ("(APEC)", "(Party of God)"): each bracket's index -> its partner's. */
  brackets: ReadonlyMap<number, number>;
}

/** Pair the brackets of a sentence that close within a dozen tokens. */
export function pairBrackets(tokens: Token[], start: number, end: number): Map<number, number> {
  const pairs = new Map<number, number>();
  for (let i = start; i < end; i++) {
    if (tokens[i].text !== '(') continue;
    for (let j = i + 1; j < end && j - i <= 12; j++) {
      if (tokens[j].text === '(') break;
      if (tokens[j].text === ')') {
        pairs.set(i, j);
        pairs.set(j, i);
        break;
      }
    }
  }
  return pairs;
}

const HARD_BREAK = new Set([';', ':', '.', '?', '!', '(', ')', '“', '”', '"']);

export function isHardBreak(token: Token): boolean {
  return HARD_BREAK.has(token.text) || token.text === '—' || token.text === '–';
}

/** First hard break (; : . quotes, dashes) after `from`: the widest scope a pattern may match in. */
export function breakAfter(view: SentenceView, from: number): number {
  for (let i = from; i < view.sentence.tokenEnd; i++) {
    const close = view.tokens[i].text === '(' ? view.brackets.get(i) : undefined;
    if (close !== undefined) i = close;
    else if (isHardBreak(view.tokens[i])) return i;
  }
  return view.sentence.tokenEnd;
}
