/**
 * ActorKnowledge: every actor phrase compiled once into a token trie, with the lookup tables
 * the recognisers need. Immutable after loadActorKnowledge returns.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { LEXICON_DIR } from '../util/paths.ts';
import { buildCountries, type CountryForm, type CountryInfo } from './countries.ts';
import {
  ACTOR_LEXICON_FILES,
  fail,
  readActorLexicon,
  type CollectiveDef,
  type HomelandRoleDef,
  type OrgDef,
  type OrgWordRow,
  type PersonDef,
  type TitleDef,
  type WordClass,
} from './lexicon.ts';
import { isAcronym, isCapitalised, phraseVariants, splitPhrase, tokenKey } from './normalise.ts';
import { TokenTrie } from './trie.ts';

export type Target =
  | { type: 'block'; id: string }
  | { type: 'org'; org: OrgDef }
  | { type: 'person'; person: PersonDef }
  | { type: 'collective'; collective: CollectiveDef }
  | { type: 'country'; form: CountryForm; iso3: string; id: string }
  | { type: 'title'; title: TitleDef; plural: boolean };

/**
 * How a stored phrase is compared with the text.
 * any: case ignored; cap: words capitalised in the lexicon must be capitalised in the text;
 * exact: the surface text must be identical (acronyms: "US" never matches the pronoun "us").
 */
export type CaseRule = 'any' | 'cap' | 'exact';

export interface PhraseValue {
  target: Target;
  caseRule: CaseRule;
  /** Surface words of this variant (for exact and cap tests). */
  surface: readonly string[];
  capMask: readonly boolean[];
  /** Smaller wins among values of the same length. */
  priority: number;
}

export interface ActorKnowledge {
  readonly trie: TokenTrie<PhraseValue>;
  readonly countries: ReadonlyMap<string, CountryInfo>;
  readonly titles: ReadonlyMap<string, TitleDef>;
  /** titles.tsv rows of type `sector`, by lower-case word: "defence" in "defence officials" (roles.ts). */
  readonly sectorNouns: ReadonlyMap<string, TitleDef>;
  /** Known people by the token keys of a full name or lone surname, joined by spaces. */
  readonly people: ReadonlyMap<string, PersonDef>;
  readonly words: ReadonlyMap<WordClass, ReadonlySet<string>>;
  /** organisation-words.tsv by lower-case word: head nouns, sector words, words of no actor. */
  readonly organisationWords: OrganisationWords;
  /** homelands.tsv: where an ethnic group lives, by lower-case word ([] for no country of its own). */
  readonly homelands: ReadonlyMap<string, readonly string[]>;
  /** homeland-roles.tsv: "word@ISO3" -> what a role of that ethnic group is in that homeland. */
  readonly homelandRoles: ReadonlyMap<string, readonly HomelandRoleDef[]>;
  /** Absolute paths of the data files read (hash them for the coder fingerprint). */
  readonly files: readonly string[];
  /** Version of the world-countries package the country tables came from. */
  readonly worldCountriesVersion: string;
}

export interface OrganisationWords {
  readonly heads: ReadonlyMap<string, OrgWordRow>;
  readonly words: ReadonlyMap<string, OrgWordRow>;
  readonly notOrg: ReadonlyMap<string, OrgWordRow>;
  readonly possessive: ReadonlyMap<string, OrgWordRow>;
  readonly noCountry: ReadonlyMap<string, OrgWordRow>;
}

function organisationWords(rows: readonly OrgWordRow[]): OrganisationWords {
  const heads = new Map<string, OrgWordRow>();
  const words = new Map<string, OrgWordRow>();
  const notOrg = new Map<string, OrgWordRow>();
  const possessive = new Map<string, OrgWordRow>();
  const noCountry = new Map<string, OrgWordRow>();
  const maps = { head: heads, word: words, 'not-org': notOrg, possessive, 'no-country': noCountry };
  for (const r of rows) for (const w of r.words) maps[r.cls].set(w.toLowerCase(), Object.freeze(r));
  return Object.freeze({ heads, words, notOrg, possessive, noCountry });
}

export const DEFAULT_ACTOR_LEXICON_DIR = join(LEXICON_DIR, 'actors');

const PRIORITY: Record<string, number> = { block: 0, org: 1, person: 2, collective: 3, name: 4, title: 5, demonym: 6, plural: 7, capital: 8, place: 9 };

/** Build once: world-countries plus the data files in lexiconDir (validated on load). */
export function loadActorKnowledge(lexiconDir: string = DEFAULT_ACTOR_LEXICON_DIR): ActorKnowledge {
  const lex = readActorLexicon(lexiconDir);
  const { countries, phrases, blocks } = buildCountries(lex.countries);
  const trie = new TokenTrie<PhraseValue>();

  const add = (phrase: string, target: Target, caseRule: CaseRule) => {
    const priority = PRIORITY[target.type === 'country' ? target.form : target.type];
    for (const surface of phraseVariants(splitPhrase(phrase))) {
      const value: PhraseValue = Object.freeze({ target, caseRule, surface, capMask: surface.map(isCapitalised), priority });
      trie.insert(surface.map(tokenKey), value);
    }
  };
  /** Names: acronyms exact, others by capitalisation. */
  const nameRule = (phrase: string): CaseRule => {
    if (isAcronym(phrase.replace(/[\s\-]/g, ''))) return 'exact'; // US, U.S., UN, DPRK
    const short = !/[\s-]/.test(phrase) && phrase.length <= 6;
    return short && phrase.replace(/[^A-Z]/g, '').length >= 2 ? 'exact' : 'cap'; // LeT, JeM (never "Let")
  };

  for (const b of blocks) add(b.phrase, { type: 'block', id: b.id }, 'cap');
  for (const p of phrases) add(p.phrase, { type: 'country', form: p.form, iso3: p.iso3, id: p.id }, nameRule(p.phrase));
  for (const org of lex.organisations) {
    if (org.country !== null && !countries.has(org.country)) fail(org.where.file, org.where.line, `unknown country ${org.country}`);
    const target: Target = Object.freeze({ type: 'org', org: Object.freeze(org) });
    for (const name of org.names) add(name, target, nameRule(name));
  }
  const people = new Map<string, PersonDef>();
  for (const p of lex.people) {
    if (p.country !== null && !countries.has(p.country)) fail(p.where.file, p.where.line, `unknown country ${p.country}`);
    const person = Object.freeze(p);
    const target: Target = Object.freeze({ type: 'person', person });
    for (const name of [...p.names, ...p.alone]) {
      add(name, target, 'cap');
      people.set(splitPhrase(name).filter((w) => w !== '-').map(tokenKey).join(' '), person);
    }
  }
  const titles = new Map<string, TitleDef>();
  const sectorNouns = new Map<string, TitleDef>();
  for (const t of lex.titles) {
    const title = Object.freeze(t);
    titles.set(t.id, title);
    if (t.type === 'sector') {
      // Not phrases of the trie: "Health" or "Security" inside a name must stay unknown words of that name.
      for (const w of t.words) sectorNouns.set(w, title);
      continue;
    }
    const singular: Target = Object.freeze({ type: 'title', title, plural: false });
    const plural: Target = Object.freeze({ type: 'title', title, plural: true });
    for (const w of t.words) add(w, singular, w === w.toLowerCase() ? 'any' : nameRule(w));
    for (const w of t.plurals) add(w, plural, w === w.toLowerCase() ? 'any' : nameRule(w));
  }
  for (const c of lex.collectives) {
    const target: Target = Object.freeze({ type: 'collective', collective: Object.freeze(c) });
    for (const w of c.words) add(w, target, 'any');
  }

  return Object.freeze({
    trie,
    countries,
    titles,
    sectorNouns,
    people,
    words: lex.words,
    organisationWords: organisationWords(lex.organisationWords),
    homelands: lex.homelands,
    homelandRoles: lex.homelandRoles,
    files: Object.freeze(lex.files),
    worldCountriesVersion: worldCountriesVersion(),
  });
}

/** Common name of a country, by ISO3 code. */
export function countryName(kb: ActorKnowledge, iso3: string): string | undefined {
  return kb.countries.get(iso3)?.name;
}

/** Absolute paths of the actor data files (fingerprint input of the coder). */
export function actorLexiconFiles(lexiconDir: string = DEFAULT_ACTOR_LEXICON_DIR): string[] {
  return ACTOR_LEXICON_FILES.map((f) => join(lexiconDir, f));
}

function worldCountriesVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    return String((require('world-countries/package.json') as { version: string }).version);
  } catch {
    return 'unknown';
  }
}
