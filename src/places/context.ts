/**
 * The article's places context: the countries and admin units it names, from the actor mentions
 * (countries, capitals, demonyms) and from the unambiguous place names in its text (a country or
 * admin unit name, a city of 100,000 people or more). Resolution never counts a name as its own
 * context: "Georgia" is read by the other names of the story (Tbilisi or Atlanta).
 */
import type { Document, Mention } from '../document/types.ts';
import { placeKey } from './names.ts';
import { blockedTokens, nameAt } from './names-in-text.ts';
import { resolvePlace, type Observation } from './resolve.ts';
import type { Gazetteer } from './types.ts';
import type { PlaceWords } from './words.ts';

export interface PlaceContext {
  observations: readonly Observation[];
  /** Tokens a person or organisation mention covers. */
  blocked: readonly boolean[];
  words: PlaceWords;
  /** One-word country mentions by token ("Pakistani" in "the Pakistani city of Lahore"). */
  tokenCountry: ReadonlyMap<number, string>;
}

const BIG_CITY = 100_000;
/** Actor evidence rules that read a country from the words (world-countries data, countries.tsv). */
const STATED = /^(?:wc|country)\./;

export function placeContext(doc: Document, mentions: readonly Mention[], gaz: Gazetteer, words: PlaceWords): PlaceContext {
  const observations: Observation[] = [];
  const tokenCountry = new Map<number, string>();
  for (const m of mentions) {
    if (!m.country) continue;
    // Only a country the words state (a name, demonym, capital or listed place), not one inferred.
    const stated = m.evidence.find((e) => STATED.test(e.rule));
    if (!stated) continue;
    observations.push({ key: placeKey(stated.text.replace(/['\u2019]s$/, '')), country: m.country, admin1: null });
    if (m.tokenEnd - m.tokenStart === 1) tokenCountry.set(m.tokenStart, m.country);
  }
  const blocked = blockedTokens(doc, mentions);
  for (let i = 0; i < doc.tokens.length; i++) {
    const found = nameAt(doc, i, doc.tokens.length, gaz, words, blocked);
    if (!found) continue;
    const r = resolvePlace(found.key, found.hits, []);
    if (r && (r.entry.feature !== 'city' || r.entry.population >= BIG_CITY)) {
      observations.push({ key: found.key, country: r.entry.country, admin1: r.entry.admin1 });
    }
    i = found.tokenEnd - 1;
  }
  return { observations, blocked, words, tokenCountry };
}
