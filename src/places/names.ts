/** How place names are compared: lower case, no accents, no dots or apostrophes, hyphens as spaces. */
import { deaccent } from '../actors/normalise.ts';

const ASCII = /^[\x20-\x7e]*$/;

export function placeKey(text: string): string {
  const lower = text.toLowerCase();
  return (ASCII.test(lower) ? lower : deaccent(lower))
    .replace(/[.'\u2018\u2019`]/g, '')
    .replace(/[\s\-\u2010-\u2014]+/g, ' ')
    .trim();
}
