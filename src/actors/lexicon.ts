/**
 * Readers for the actor data files in lexicon/actors/. Every line is validated; a bad line
 * throws a DyadError naming the file and line.
 */
import { join } from 'node:path';
import type { ActorKind } from '../document/types.ts';
import { DyadError } from '../util/errors.ts';
import { readTsv } from '../util/tsv.ts';

/** The data files, in the order they are read (also the coder's fingerprint input). */
export const ACTOR_LEXICON_FILES: readonly string[] = Object.freeze([
  'countries.tsv',
  'titles.tsv',
  'organisations.tsv',
  'collectives.tsv',
  'words.tsv',
  'people.tsv',
  'organisation-words.tsv',
  'homelands.tsv',
  'homeland-roles.tsv',
]);

/** CAMEO sector codes a role or organisation may carry. */
export const SECTORS: ReadonlySet<string> = new Set([
  'GOV', 'MIL', 'COP', 'LEG', 'JUD', 'OPP', 'REB', 'INS', 'BUS', 'MED', 'EDU', 'CVL', 'HLH', 'NGO',
  'ELI', 'SPY', 'REF', 'LAB', 'AGR', 'CRM', 'ENV', 'HRI', 'DEV', 'PTY', 'MOD', 'RAD', 'UAF', 'SET', 'REL',
]);

export type CountryAction = 'name' | 'demonym' | 'capital' | 'place' | 'prefer' | 'unname' | 'undemonym' | 'uncapital' | 'block' | 'recode';

export interface CountryRow {
  id: string;
  action: CountryAction;
  words: string[];
  iso3: string | null;
  line: number;
  file: string;
}

/** `sector`: a noun that names a field of government before another role word ("defence officials"); never a role alone. */
export type TitleType = 'person' | 'peer' | 'body' | 'group' | 'local' | 'name' | 'sector';

export interface TitleDef {
  id: string;
  words: string[];
  plurals: string[];
  /** Sector code, or null for "*" (take the sector of the role word before it). */
  sector: string | null;
  type: TitleType;
  /** The country whose office this is when the text states none ("home secretary" GBR, "Knesset" ISR), or null. */
  home: string | null;
  /**
   * A group that is an actor without a stated country (8th column `alone`): `armed` (rebels, militants,
   * extremists) a country only from the sentence ahead, never the article's; `stated` (criminals) a
   * country only where the text states it. null: the group needs a country (titles.tsv type `group`).
   */
  alone: 'armed' | 'stated' | null;
}

export interface OrgDef {
  id: string;
  names: string[];
  code: string;
  kind: ActorKind;
  country: string | null;
  sector: string | null;
  /** Where the entry was read (for errors found after reading, such as an unknown country). */
  where: { file: string; line: number };
}

export interface PersonDef {
  id: string;
  /** Full names; the first is canonical. */
  names: string[];
  /** Surnames that alone mean this person ("Putin"). */
  alone: string[];
  code: string;
  country: string | null;
  sector: string | null;
  /** m or f when the entry says so (optional eighth column), else null. */
  gender: Gender | null;
  /** Title ids of the offices a bare role refers back to once the person is named (optional ninth column). */
  offices: string[];
  where: { file: string; line: number };
}

export type Gender = 'm' | 'f';

/** A given name and the gender it marks (lexicon/actors/given-names.tsv). */
export interface GivenNameRow {
  id: string;
  gender: Gender;
  words: string[];
}

export interface CollectiveDef {
  id: string;
  words: string[];
  members: 'country' | 'actor';
  count: number;
  sector: string | null;
}

/** A row of organisation-words.tsv: how an unknown organisation's name gives its sector and country. */
export interface OrgWordRow {
  id: string;
  cls: OrgWordClass;
  words: string[];
  /** A CAMEO sector, null for none, or 'armed' (REB, or MIL for a name that states a country). */
  sector: string | null;
  /** The head keeps its sector whatever the other words of the name say ("PTY!"). */
  fixed: boolean;
  /** Where the country comes from when the name states none; null for not-org rows. */
  country: OrgCountryPolicy | null;
  /** Position in the file: among the words of one name, the smallest decides. */
  rank: number;
  /** Only before the head ("before" in the optional 7th column). */
  beforeHead: boolean;
}

export type OrgWordClass = 'head' | 'word' | 'not-org' | 'possessive' | 'no-country';
const ORG_WORD_CLASSES: ReadonlySet<string> = new Set(['head', 'word', 'not-org', 'possessive', 'no-country']);

export type OrgCountryPolicy = 'infer' | 'armed' | 'stated';

export type WordClass = 'place-prep' | 'not-name' | 'building' | 'org-head' | 'title-modifier' | 'people' | 'ethnic' | 'not-actor-head' | 'located-prep' | 'region' | 'speaks-for' | 'backs' | 'studies';

export interface ActorLexicon {
  countries: CountryRow[];
  titles: TitleDef[];
  organisations: OrgDef[];
  collectives: CollectiveDef[];
  people: PersonDef[];
  words: Map<WordClass, Set<string>>;
  organisationWords: OrgWordRow[];
  /** homelands.tsv: an ethnic group's word (lower case) -> the countries it lives in ([] for none). */
  homelands: Map<string, string[]>;
  /** homeland-roles.tsv: "word@ISO3" (a homeland word, lower case, and one of its countries) -> the rows for it. */
  homelandRoles: Map<string, HomelandRoleDef[]>;
  files: string[];
}

/** A row of homeland-roles.tsv: what a role of an ethnic group is in one of its homelands. */
export interface HomelandRoleDef {
  id: string;
  country: string;
  /** Sectors of the roles the row recodes; null for any. */
  sectors: ReadonlySet<string> | null;
  /** The organisation the role is (org.sdf), else null. */
  org: OrgDef | null;
  /** The sector the role takes with the country (OPP), else null: the role's own (with org null: the state's role). */
  sector: string | null;
  reason: string;
}

const ACTIONS = new Set<CountryAction>(['name', 'demonym', 'capital', 'place', 'prefer', 'unname', 'undemonym', 'uncapital', 'block', 'recode']);
const KINDS = new Set<ActorKind>(['state', 'person', 'organisation', 'igo', 'group', 'collective']);
const WORD_CLASSES = new Set<WordClass>(['place-prep', 'not-name', 'building', 'org-head', 'title-modifier', 'people', 'ethnic', 'not-actor-head', 'located-prep', 'region', 'speaks-for', 'backs', 'studies']);

/** Read and validate every actor data file in `dir`. */
export function readActorLexicon(dir: string): ActorLexicon {
  const ids = new Map<string, string>();
  const files = ACTOR_LEXICON_FILES.map((name) => join(dir, name));
  const [countriesFile, titlesFile, orgsFile, collectivesFile, wordsFile, peopleFile, orgWordsFile, homelandsFile, homelandRolesFile] = files;

  const checkId = (id: string, prefix: string, file: string, line: number) => {
    if (!/^[a-z][a-z0-9]*(\.[a-z0-9][a-z0-9-]*)+$/.test(id) || !id.startsWith(prefix + '.')) {
      fail(file, line, `bad id "${id}": expected dotted lower case starting with "${prefix}."`);
    }
    const seen = ids.get(id);
    if (seen) fail(file, line, `duplicate id "${id}" (first at ${seen})`);
    ids.set(id, `${file}:${line}`);
  };

  const countries: CountryRow[] = [];
  for (const { line, cells } of readTsv(countriesFile, { columns: 5, header: true })) {
    const [id, action, words, iso3, reason] = cells;
    checkId(id, 'country', countriesFile, line);
    if (!ACTIONS.has(action as CountryAction)) fail(countriesFile, line, `unknown action "${action}"`);
    const code = action === 'block' ? null : iso3;
    if (action === 'block' ? iso3 !== '-' : !/^[A-Z]{3}$/.test(iso3)) {
      fail(countriesFile, line, action === 'block' ? 'a block line takes "-" as iso3' : `bad ISO 3166 alpha-3 code "${iso3}"`);
    }
    requireReason(reason, countriesFile, line);
    countries.push({ id, action: action as CountryAction, words: alternatives(words, countriesFile, line), iso3: code, line, file: countriesFile });
  }

  const titles: TitleDef[] = [];
  for (const { line, cells } of readTsv(titlesFile, { columns: 8, minColumns: 6, header: true })) {
    const [id, words, plurals, sector, type, reason, home = '-', alone = '-'] = cells;
    if (alone !== '-' && (alone !== 'armed' && alone !== 'stated')) fail(titlesFile, line, `bad 8th column "${alone}": armed, stated or -`);
    if (alone !== '-' && type !== 'group') fail(titlesFile, line, 'only a group may stand alone');
    if (home !== '-' && !/^[A-Z]{3}$/.test(home)) fail(titlesFile, line, `bad home country "${home}": an ISO 3166 alpha-3 code or -`);
    checkId(id, 'title', titlesFile, line);
    if (sector !== '*' && !SECTORS.has(sector)) fail(titlesFile, line, `unknown sector "${sector}"`);
    if (!['person', 'peer', 'body', 'group', 'local', 'name', 'sector'].includes(type)) fail(titlesFile, line, `unknown type "${type}" (person, peer, body, group, local, name or sector)`);
    if (type === 'sector' && (sector === '*' || plurals !== '-' || !/^[a-z|-]+$/.test(words))) fail(titlesFile, line, 'a sector noun takes a sector, no plurals and single lower-case words');
    requireReason(reason, titlesFile, line);
    titles.push({
      id,
      words: alternatives(words, titlesFile, line),
      plurals: plurals === '-' ? [] : alternatives(plurals, titlesFile, line),
      sector: sector === '*' ? null : sector,
      type: type as TitleType,
      home: home === '-' ? null : home,
      alone: alone === '-' ? null : alone,
    });
  }

  const organisations: OrgDef[] = [];
  for (const { line, cells } of readTsv(orgsFile, { columns: 7, header: true })) {
    const [id, names, code, kind, country, sector, reason] = cells;
    checkId(id, 'org', orgsFile, line);
    if (!/^([A-Z]{3})+$/.test(code)) fail(orgsFile, line, `bad actor code "${code}": expected groups of three capitals`);
    if (!KINDS.has(kind as ActorKind) || kind === 'person' || kind === 'collective') fail(orgsFile, line, `bad kind "${kind}"`);
    if (country !== '-' && !/^[A-Z]{3}$/.test(country)) fail(orgsFile, line, `bad country "${country}"`);
    if (sector !== '-' && !SECTORS.has(sector)) fail(orgsFile, line, `unknown sector "${sector}"`);
    if (country !== '-' && !code.startsWith(country)) fail(orgsFile, line, `code ${code} does not start with its country ${country}`);
    requireReason(reason, orgsFile, line);
    organisations.push({
      id,
      names: alternatives(names, orgsFile, line),
      code,
      kind: kind as ActorKind,
      country: country === '-' ? null : country,
      sector: sector === '-' ? null : sector,
      where: { file: orgsFile, line },
    });
  }

  const collectives: CollectiveDef[] = [];
  for (const { line, cells } of readTsv(collectivesFile, { columns: 6, header: true })) {
    const [id, words, members, count, sector, reason] = cells;
    checkId(id, 'collective', collectivesFile, line);
    if (members !== 'country' && members !== 'actor') fail(collectivesFile, line, `members must be "country" or "actor", found "${members}"`);
    const n = Number(count);
    if (!Number.isInteger(n) || n < 2 || n > 9) fail(collectivesFile, line, `bad count "${count}"`);
    if (sector !== '-' && !SECTORS.has(sector)) fail(collectivesFile, line, `unknown sector "${sector}"`);
    requireReason(reason, collectivesFile, line);
    collectives.push({ id, words: alternatives(words, collectivesFile, line), members, count: n, sector: sector === '-' ? null : sector });
  }

  const words = new Map<WordClass, Set<string>>();
  for (const c of WORD_CLASSES) words.set(c, new Set());
  for (const { line, cells } of readTsv(wordsFile, { columns: 4, header: true })) {
    const [id, cls, list, reason] = cells;
    checkId(id, 'words', wordsFile, line);
    if (!WORD_CLASSES.has(cls as WordClass)) fail(wordsFile, line, `unknown word class "${cls}"`);
    requireReason(reason, wordsFile, line);
    for (const w of alternatives(list, wordsFile, line)) words.get(cls as WordClass)!.add(w.toLowerCase());
  }

  const people: PersonDef[] = [];
  const titleIds = new Set(titles.map((t) => t.id));
  for (const { line, cells } of readTsv(peopleFile, { columns: 9, minColumns: 7, header: true })) {
    const [id, names, alone, code, country, sector, reason, gender = '-', offices = '-'] = cells;
    const officeIds = offices === '-' ? [] : alternatives(offices, peopleFile, line);
    for (const o of officeIds) if (!titleIds.has(o)) fail(peopleFile, line, `unknown office "${o}": a title id of titles.tsv`);
    if (gender !== 'm' && gender !== 'f' && gender !== '-') fail(peopleFile, line, `bad gender "${gender}": m, f or -`);
    checkId(id, 'person', peopleFile, line);
    if (!/^([A-Z]{3})+$/.test(code)) fail(peopleFile, line, `bad actor code "${code}": expected groups of three capitals`);
    if (country !== '-' && !/^[A-Z]{3}$/.test(country)) fail(peopleFile, line, `bad country "${country}"`);
    if (country !== '-' && !code.startsWith(country)) fail(peopleFile, line, `code ${code} does not start with its country ${country}`);
    if (sector !== '-' && !SECTORS.has(sector)) fail(peopleFile, line, `unknown sector "${sector}"`);
    requireReason(reason, peopleFile, line);
    people.push({
      id,
      names: alternatives(names, peopleFile, line),
      alone: alone === '-' ? [] : alternatives(alone, peopleFile, line),
      code,
      country: country === '-' ? null : country,
      sector: sector === '-' ? null : sector,
      gender: gender === '-' ? null : (gender as Gender),
      offices: officeIds,
      where: { file: peopleFile, line },
    });
  }

  const organisationWords: OrgWordRow[] = [];
  const seenWords = new Map<string, number>();
  for (const { line, cells } of readTsv(orgWordsFile, { columns: 7, minColumns: 6, header: true })) {
    const [id, cls, list, sectorCell, country, reason, where = '-'] = cells;
    if (where !== '-' && where !== 'before') fail(orgWordsFile, line, `bad 7th column "${where}": "before" or nothing`);
    if (where === 'before' && cls !== 'word') fail(orgWordsFile, line, '"before" is for word rows');
    checkId(id, 'orgword', orgWordsFile, line);
    if (!ORG_WORD_CLASSES.has(cls)) fail(orgWordsFile, line, `unknown class "${cls}" (${[...ORG_WORD_CLASSES].join(', ')})`);
    const plain = cls !== 'head' && cls !== 'word'; // word lists without sector or country
    const fixed = sectorCell.endsWith('!');
    const sector = fixed ? sectorCell.slice(0, -1) : sectorCell;
    if (plain) {
      if (sector !== '-' || country !== '-' || fixed) fail(orgWordsFile, line, `a ${cls} row takes "-" as sector and country`);
    } else {
      const ok = sector === '-' || SECTORS.has(sector) || (sector === 'armed' && cls === 'head');
      if (!ok) fail(orgWordsFile, line, `unknown sector "${sectorCell}"`);
      if (fixed && (cls !== 'head' || sector === '-')) fail(orgWordsFile, line, '"!" marks a head row with a sector');
      if (country !== 'infer' && country !== 'armed' && country !== 'stated') fail(orgWordsFile, line, `unknown country policy "${country}" (infer, armed or stated)`);
    }
    requireReason(reason, orgWordsFile, line);
    const words = alternatives(list, orgWordsFile, line);
    for (const w of words) {
      if (!/^[\p{L}][\p{L}'-]*$/u.test(w)) fail(orgWordsFile, line, `bad word "${w}": one word of letters`);
      const key = `${cls} ${w.toLowerCase()}`;
      if (seenWords.has(key)) fail(orgWordsFile, line, `"${w}" is already listed as a ${cls} (line ${seenWords.get(key)})`);
      seenWords.set(key, line);
    }
    organisationWords.push({
      id,
      cls: cls as OrgWordClass,
      words,
      sector: sector === '-' ? null : sector,
      fixed,
      country: plain ? null : (country as OrgCountryPolicy),
      rank: organisationWords.length,
      beforeHead: where === 'before',
    });
  }

  const homelands = new Map<string, string[]>();
  const homelandWords = new Map<string, { words: string[]; countries: string[] }>();
  const titleIdSet = new Set(titles.map((t) => t.id));
  for (const { line, cells } of readTsv(homelandsFile, { columns: 5, minColumns: 4, header: true })) {
    const [id, list, countriesCell, reason, rolesCell = '-'] = cells;
    const roles = rolesCell === '-' ? [] : alternatives(rolesCell, homelandsFile, line);
    for (const r of roles) if (!titleIdSet.has(r)) fail(homelandsFile, line, `unknown role "${r}": a title id of titles.tsv`);
    checkId(id, 'homeland', homelandsFile, line);
    requireReason(reason, homelandsFile, line);
    const codes = countriesCell === '-' ? [] : countriesCell.split('|').map((c) => c.trim());
    for (const c of codes) if (!/^[A-Z]{3}$/.test(c)) fail(homelandsFile, line, `bad country "${c}": ISO 3166-1 alpha-3, or "-" for none`);
    if (!roles.length) homelandWords.set(id, { words: alternatives(list, homelandsFile, line).map((w) => w.toLowerCase()), countries: codes });
    for (const w of alternatives(list, homelandsFile, line)) {
      // A row for some roles only ("Jewish" settlers) is keyed "word@title.id" (homelandOf).
      for (const key of roles.length ? roles.map((r) => `${w.toLowerCase()}@${r}`) : [w.toLowerCase()]) {
        if (homelands.has(key)) fail(homelandsFile, line, `"${w}" has a homeland already`);
        homelands.set(key, codes);
      }
    }
  }

  const homelandRoles = new Map<string, HomelandRoleDef[]>();
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  for (const { line, cells } of readTsv(homelandRolesFile, { columns: 6, header: true })) {
    const [id, homeland, country, sectorsCell, actorCell, reason] = cells;
    checkId(id, 'homerole', homelandRolesFile, line);
    requireReason(reason, homelandRolesFile, line);
    const group = homelandWords.get(homeland);
    if (!group) fail(homelandRolesFile, line, `unknown homeland "${homeland}": an id of homelands.tsv (a row for every role)`);
    if (!group.countries.includes(country)) fail(homelandRolesFile, line, `"${country}" is no homeland of ${homeland} (${group.countries.join(', ') || 'none'})`);
    const sectors = sectorsCell === '*' ? null : new Set(alternatives(sectorsCell, homelandRolesFile, line));
    for (const sec of sectors ?? []) if (!SECTORS.has(sec)) fail(homelandRolesFile, line, `unknown sector "${sec}"`);
    const org = actorCell.startsWith('org.') ? orgById.get(actorCell) : null;
    if (org === undefined) fail(homelandRolesFile, line, `unknown organisation "${actorCell}": an id of organisations.tsv`);
    if (!org && actorCell !== '*' && !SECTORS.has(actorCell)) fail(homelandRolesFile, line, `bad actor "${actorCell}": an organisation id, a sector or *`);
    if (org && org.country !== country) fail(homelandRolesFile, line, `${actorCell} is of ${org.country ?? 'no country'}, not ${country}`);
    const row: HomelandRoleDef = { id, country, sectors, org: org ?? null, sector: !org && actorCell !== '*' ? actorCell : null, reason };
    for (const w of group.words) {
      const key = `${w}@${country}`;
      const list = homelandRoles.get(key) ?? [];
      if (list.some((r) => r.sectors === null || sectors === null || [...sectors].some((x) => r.sectors!.has(x)))) fail(homelandRolesFile, line, `a sector of "${w}" in ${country} has a row already`);
      homelandRoles.set(key, [...list, row]);
    }
  }

  return { countries, titles, organisations, collectives, people, words, organisationWords, homelands, homelandRoles, files };
}

/**
 * Given names by gender (given-names.tsv): id, class (male or female), words (| separated),
 * reason. Not part of ACTOR_LEXICON_FILES: read by the pronoun stage (src/actors/gender.ts).
 * A name listed under both classes is a bad line: a name of either gender belongs in neither.
 */
export function readGivenNames(file: string): GivenNameRow[] {
  const rows: GivenNameRow[] = [];
  const ids = new Map<string, number>();
  const seen = new Map<string, { gender: Gender; line: number }>();
  for (const { line, cells } of readTsv(file, { columns: 4, header: true })) {
    const [id, cls, list, reason] = cells;
    if (!/^given\.[a-z0-9][a-z0-9.-]*$/.test(id)) fail(file, line, `bad id "${id}": expected dotted lower case starting with "given."`);
    if (ids.has(id)) fail(file, line, `duplicate id "${id}" (first at line ${ids.get(id)})`);
    ids.set(id, line);
    if (cls !== 'male' && cls !== 'female') fail(file, line, `unknown class "${cls}": male or female`);
    requireReason(reason, file, line);
    const gender: Gender = cls === 'male' ? 'm' : 'f';
    const words = alternatives(list, file, line);
    for (const w of words) {
      if (!/^[\p{L}][\p{L}'-]*$/u.test(w)) fail(file, line, `bad name "${w}": one word of letters`);
      const before = seen.get(w.toLowerCase());
      if (before && before.gender !== gender) fail(file, line, `"${w}" is also listed as ${before.gender === 'm' ? 'male' : 'female'} (line ${before.line})`);
      seen.set(w.toLowerCase(), { gender, line });
    }
    rows.push({ id, gender, words });
  }
  return rows;
}

function alternatives(cell: string, file: string, line: number): string[] {
  const list = cell.split('|').map((w) => w.trim());
  if (!list.length || list.some((w) => w === '')) fail(file, line, `empty alternative in "${cell}"`);
  return list;
}

function requireReason(reason: string | undefined, file: string, line: number): void {
  if (!reason || reason.length < 3) fail(file, line, 'missing reason');
}

export function fail(file: string, line: number, message: string): never {
  throw new DyadError('LEXICON_INVALID', message, { file, line });
}
