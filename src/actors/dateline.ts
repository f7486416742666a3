/**
 * The dateline: "ISLAMABAD:", "ACCRA, June 2 -", "BEIJING (Wire) -" at the start of a report
 * names where it was filed. It is no actor ("ISLAMABAD" there is not Pakistan's government); it
 * is the article's home, the country an unqualified office belongs to ("the Adviser to Prime
 * Minister" in a report from Islamabad) when the text does not say (resolve.ts).
 */
import type { Ctx, Step } from './mentions.ts';
import { tokenText } from './resolve.ts';
import type { SentenceScanner } from './scanner.ts';

/** Datelines open one of the first sentences (after a headline and a byline, say). */
const FIRST_SENTENCES = 3;
const DASHES = new Set(['-', '--', '\u2013', '\u2014', ':']);
const MAX_DATE_WORDS = 5;

/** A place in capitals (or with a date after it) opening an early sentence, before a dash or colon. */
export function dateline(ctx: Ctx, i: number): Step | null {
  const { scan, state } = ctx;
  if (i !== scan.start || scan.sentence.index >= FIRST_SENTENCES || state.dateline) return null;
  const a = scan.atomAt(i);
  if (!a || a.target.type !== 'country' || a.target.form === 'demonym' || a.target.form === 'plural' || a.possessive) return null;
  const capitals = /^[^a-z]+$/.test(tokenText(scan.doc, a.start, a.end));
  let k = a.end;
  let dated = false;
  if (scan.lower(k) === ',') {
    // ", June 2", ", Sept 18", ", 2 June 2024"
    const start = ++k;
    while (k < scan.end && k - start < MAX_DATE_WORDS && !DASHES.has(scan.lower(k)) && scan.lower(k) !== '(') k++;
    dated = k > start && /\d/.test(tokenText(scan.doc, start, k));
    if (!dated) return null;
  }
  if (scan.lower(k) === '(') k = closing(scan, k); // "(Wire)", "(APP)"
  if (k < 0 || !DASHES.has(scan.lower(k)) || !(capitals || dated)) return null;
  state.dateline = { iso3: a.target.iso3, text: tokenText(scan.doc, a.start, a.end) };
  state.countCountry(a.target.iso3, 1);
  return { end: k + 1 };
}

/** The token after the ")" closing the "(" at k, within a few words, or -1. */
function closing(scan: SentenceScanner, k: number): number {
  for (let j = k + 1; j < scan.end && j <= k + 4; j++) if (scan.lower(j) === ')') return j + 1;
  return -1;
}
