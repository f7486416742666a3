/** How place names are compared: lower case, no accents, no dots or apostrophes, hyphens as spaces. */
import { deaccent } from '../actors/normalise.ts';

export function placeKey(text: string): string {
  return deaccent(text.toLowerCase())
    .replace(/[.'\u2018\u2019`]/g, '')
    .replace(/[\s\-\u2010-\u2014]+/g, ' ')
    .trim();
}
