/**
 * How lexicon phrases and text tokens are compared: lower-cased token keys with curly
 * apostrophes straightened, phrases split the way wink-nlp splits text, and the few case
 * tests the recognisers need.
 */

/** Key of one token or phrase word: lower case, typographic apostrophes made plain. */
export function tokenKey(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u2019') || lower.includes('\u2018') ? lower.replace(/[\u2018\u2019]/g, "'") : lower;
}

/** The key without a glued possessive ("kong's" -> "kong"), or undefined. */
export function possessiveStem(key: string): string | undefined {
  return key.length > 3 && key.endsWith("'s") ? key.slice(0, -2) : undefined;
}

/** Remove diacritics: "côte" -> "cote". */
export function deaccent(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** First character is an upper-case letter. */
export function isCapitalised(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 65 && code <= 90) return true; // ASCII fast paths
  if (code < 128) return false;
  const c = text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Letters all upper case and at least two of them ("US", "U.S.", "DPRK"). */
export function isAcronym(text: string): boolean {
  let upper = 0;
  for (const ch of text) {
    if (ch !== ch.toUpperCase()) return false;
    if (ch !== ch.toLowerCase()) upper++;
  }
  return upper >= 2;
}

/**
 * Split a lexicon phrase into the surface words wink-nlp would produce: whitespace, a
 * separate "," and "'s", hyphens as their own tokens. Other punctuation stays inside words
 * ("U.S.", "d'Ivoire").
 */
export function splitPhrase(phrase: string): string[] {
  const out: string[] = [];
  for (const raw of phrase.trim().split(/\s+/)) {
    let word = raw;
    let comma = false;
    if (word.length > 1 && word.endsWith(',')) {
      word = word.slice(0, -1);
      comma = true;
    }
    let possessive = '';
    if (/^.+['\u2019]s$/.test(word) && word.length > 3) {
      word = word.slice(0, -2);
      possessive = "'s";
    } else if (/^[A-Za-z].*[A-Za-z]['\u2019]$/.test(word)) {
      word = word.slice(0, -1); // "Workers'": wink splits the apostrophe off
      possessive = "'";
    }
    const parts = word.length > 1 && !/^-|-$/.test(word) ? word.split('-') : [word];
    parts.forEach((p, i) => {
      if (i > 0) out.push('-');
      out.push(p);
    });
    if (possessive) out.push(possessive);
    if (comma) out.push(',');
  }
  return out;
}

/**
 * Surface forms under which a phrase is stored: as split, with hyphenated words glued
 * ("un-backed" stays one token in wink), with a possessive glued ("Kong's"), and without accents.
 */
export function phraseVariants(words: readonly string[]): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  const add = (surface: string[]) => {
    const id = surface.join('\u0001');
    if (surface.length && !seen.has(id)) {
      seen.add(id);
      out.push(surface);
    }
  };
  for (const surface of [[...words], words.map(deaccent)]) {
    add(surface);
    add(glue(surface, '-'));
    add(glue(surface, "'s"));
  }
  return out;
}

/** Join tokens around a hyphen ("a - b" -> "a-b") or a possessive ("a 's" -> "a's"). */
function glue(words: string[], joiner: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === joiner && out.length && joiner === '-' && i + 1 < words.length) {
      out[out.length - 1] += '-' + words[++i];
    } else if (words[i] === joiner && out.length && joiner === "'s") {
      out[out.length - 1] += "'s";
    } else {
      out.push(words[i]);
    }
  }
  return out;
}
