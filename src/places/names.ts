/** How place names are compared: lower case, no accents, no dots or apostrophes, hyphens as spaces. */
import { deaccent } from '../actors/normalise.ts';

const ASCII = /^[\x20-\x7e]*$/;
/** Letters that carry no combining accent to strip ("Ærøskøbing", "Łódź", "Gießen"). */
const LETTERS: Record<string, string> = { 'æ': 'ae', 'ø': 'o', 'œ': 'oe', 'ß': 'ss', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ħ': 'h' };
const LETTER = /[æøœßłđðþıħ]/g;

export function placeKey(text: string): string {
  const lower = text.toLowerCase();
  return (ASCII.test(lower) ? lower : deaccent(lower).replace(LETTER, (c) => LETTERS[c]))
    .replace(/[.'\u2018\u2019`]/g, '')
    .replace(/[\s\-\u2010-\u2014]+/g, ' ')
    .trim();
}
