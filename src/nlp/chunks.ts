/** Proper-noun chunks: maximal runs of capitalised PROPN/NOUN/ADJ tokens inside a sentence. */
import type { Chunk, Sentence, Token } from '../document/types.ts';

const JOINERS = new Set(['of', 'for', 'the', 'de', 'al', 'el', 'bin', 'on']);
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'X']);

function capitalised(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function isNamePart(token: Token): boolean {
  return NAME_POS.has(token.pos) && capitalised(token);
}

export function findChunks(tokens: Token[], sentences: Sentence[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (const s of sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if (!isNamePart(tokens[i]) && !(tokens[i].pos === 'PROPN')) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < s.tokenEnd) {
        const t = tokens[j];
        if (isNamePart(t) || (t.pos === 'PROPN' && /^[A-Z]/.test(t.text))) {
          j++;
          continue;
        }
        if (t.text === '-' && !t.spaceBefore && j + 1 < s.tokenEnd && isNamePart(tokens[j + 1])) {
          j += 2;
          continue;
        }
        if (JOINERS.has(t.lower) && j + 1 < s.tokenEnd && isNamePart(tokens[j + 1]) && t.text === t.lower) {
          j++;
          continue;
        }
        break;
      }
      chunks.push({ tokenStart: i, tokenEnd: j, start: tokens[i].start, end: tokens[j - 1].end });
      i = j;
    }
  }
  return chunks;
}
