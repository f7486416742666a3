/**
 * The persistent actor dictionary: one ActorEntry per line of a JSON Lines file
 * (default `dyad-actors.jsonl` in the working directory), written atomically, ids stable.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ActorKind } from '../../document/types.ts';
import { DyadError } from '../../util/errors.ts';
import { addCode, isActorCode, isIsoDate, type ActorCode } from './codes.ts';

export { codeAt, type ActorCode } from './codes.ts';

export type ActorSource = 'user' | 'import' | 'learned';

export interface ActorEntry {
  /** Slug of the name the entry was created with; never changes, even on rename. */
  id: string;
  name: string;
  aliases: string[];
  codes: ActorCode[];
  role?: string;
  /** What the actor is; inferred from the code and name when absent (see known.ts). */
  kind?: ActorKind;
  /** ISO 3166-1 alpha-3. */
  country?: string;
  /** First and last date the actor was seen in coded text (learned entries), YYYY-MM-DD. */
  firstSeen?: string;
  lastSeen?: string;
  source: ActorSource;
}

export const DEFAULT_DICTIONARY_FILE = 'dyad-actors.jsonl';

export function defaultDictionaryPath(): string {
  return resolve(process.cwd(), DEFAULT_DICTIONARY_FILE);
}

/** "Barack Obama", "BARACK_OBAMA" -> "barack-obama"; accents dropped. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const SOURCES: readonly string[] = ['user', 'import', 'learned'];
const ACTOR_KINDS: readonly string[] = ['state', 'person', 'organisation', 'igo', 'group', 'collective'];
const OPTIONAL_STRINGS = ['role', 'country', 'firstSeen', 'lastSeen'] as const;

/** Check one parsed JSONL line; throws DyadError naming file and line. */
export function validateEntry(value: unknown, where: { file: string; line: number }): ActorEntry {
  const bad = (reason: string): never => {
    throw new DyadError('INPUT_INVALID', `bad dictionary entry: ${reason}`, where);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) bad('not a JSON object');
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || v.id === '') bad('"id" must be a non-empty string');
  if (typeof v.name !== 'string' || v.name.trim() === '') bad('"name" must be a non-empty string');
  if (!Array.isArray(v.aliases) || v.aliases.some((a) => typeof a !== 'string')) bad('"aliases" must be an array of strings');
  if (!Array.isArray(v.codes)) bad('"codes" must be an array');
  for (const c of v.codes as unknown[]) {
    const code = c as Record<string, unknown>;
    if (typeof code !== 'object' || code === null || typeof code.code !== 'string' || !isActorCode(code.code)) bad(`bad code ${JSON.stringify(c)}`);
    for (const k of ['from', 'until'])
      if (code[k] !== undefined && (typeof code[k] !== 'string' || !isIsoDate(code[k] as string))) bad(`"${k}" of ${code.code} must be YYYY-MM-DD`);
  }
  if (typeof v.source !== 'string' || !SOURCES.includes(v.source)) bad('"source" must be user, import or learned');
  for (const k of OPTIONAL_STRINGS) if (v[k] !== undefined && typeof v[k] !== 'string') bad(`"${k}" must be a string`);
  if (v.kind !== undefined && !ACTOR_KINDS.includes(v.kind as string)) bad(`"kind" must be one of ${ACTOR_KINDS.join(', ')}`);
  return v as unknown as ActorEntry;
}

/** What merging an entry did. */
export type MergeOutcome = 'added' | 'merged' | 'unchanged';

export class ActorDictionary {
  private readonly byId = new Map<string, ActorEntry>();

  constructor(entries: Iterable<ActorEntry> = []) {
    for (const e of entries) {
      if (this.byId.has(e.id)) throw new DyadError('INPUT_INVALID', `duplicate dictionary id "${e.id}"`);
      this.byId.set(e.id, e);
    }
  }

  /** Read a dictionary file; a missing file is an empty dictionary. A bad line stops the load. */
  static load(file: string): ActorDictionary {
    if (!existsSync(file)) return new ActorDictionary();
    const entries: ActorEntry[] = [];
    const seen = new Map<string, number>();
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        if (text.trim() === '') return;
        const where = { file, line: i + 1 };
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (error) {
          throw new DyadError('INPUT_INVALID', `not JSON: ${(error as Error).message}`, where);
        }
        const entry = validateEntry(value, where);
        if (seen.has(entry.id)) throw new DyadError('INPUT_INVALID', `duplicate id "${entry.id}" (also on line ${seen.get(entry.id)})`, where);
        seen.set(entry.id, i + 1);
        entries.push(entry);
      });
    return new ActorDictionary(entries);
  }

  /** Write every entry, sorted by id, to a temporary file beside `file`, then rename it over. */
  save(file: string): void {
    const text = this.list().map((e) => `${JSON.stringify(e)}\n`).join('');
    const temp = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, text, 'utf8');
      renameSync(temp, file);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }

  get size(): number {
    return this.byId.size;
  }

  list(): ActorEntry[] {
    return [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  get(id: string): ActorEntry | undefined {
    return this.byId.get(id);
  }

  /** The entry with this name (same slug), whatever its id. */
  byName(name: string): ActorEntry | undefined {
    const slug = slugify(name);
    return this.byId.get(slug) ?? [...this.byId.values()].find((e) => slugify(e.name) === slug);
  }

  /** Entries an id, a name or an alias points at: the id or name if one matches, else all alias matches. */
  find(key: string): ActorEntry[] {
    const exact = this.byId.get(key) ?? this.byName(key);
    if (exact) return [exact];
    const slug = slugify(key);
    return this.list().filter((e) => e.aliases.some((a) => slugify(a) === slug));
  }

  /** Add a new entry; throws USAGE when its name is taken. */
  add(input: { name: string; aliases?: string[]; codes: ActorCode[]; role?: string; country?: string; source: ActorSource }): ActorEntry {
    const taken = this.byName(input.name);
    if (taken) throw new DyadError('USAGE', `"${input.name}" is already in the dictionary (id ${taken.id}); use dyad actors edit`);
    const id = slugify(input.name);
    if (id === '') throw new DyadError('USAGE', `the name "${input.name}" has no letters or digits`);
    const entry: ActorEntry = { id, name: input.name, aliases: [], codes: [], source: input.source };
    if (input.role) entry.role = input.role;
    if (input.country) entry.country = input.country;
    for (const a of input.aliases ?? []) addAlias(entry, a);
    for (const c of input.codes) addCode(entry.codes, c);
    this.byId.set(id, entry);
    return entry;
  }

  /** Rename an entry (its id stays); throws USAGE when another entry has the name. */
  rename(entry: ActorEntry, name: string): void {
    const taken = this.byName(name);
    if (taken && taken !== entry) throw new DyadError('USAGE', `"${name}" is already the name of ${taken.id}`);
    if (slugify(name) === '') throw new DyadError('USAGE', `the name "${name}" has no letters or digits`);
    const old = entry.name;
    entry.name = name;
    entry.aliases = entry.aliases.filter((a) => slugify(a) !== slugify(name));
    addAlias(entry, old);
  }

  /** Merge an imported entry: same name -> union of aliases and codes; else a new entry. */
  merge(input: { name: string; aliases: string[]; codes: ActorCode[] }, source: ActorSource): { entry: ActorEntry; outcome: MergeOutcome } {
    const existing = this.byName(input.name);
    if (!existing) return { entry: this.add({ ...input, source }), outcome: 'added' };
    let changed = false;
    for (const a of input.aliases) changed = addAlias(existing, a) || changed;
    for (const c of input.codes) changed = addCode(existing.codes, c) || changed;
    return { entry: existing, outcome: changed ? 'merged' : 'unchanged' };
  }
}

/** Add an alias unless it is the name or already there (compared by slug); true when added. */
export function addAlias(entry: ActorEntry, alias: string): boolean {
  const slug = slugify(alias);
  if (slug === '' || slug === slugify(entry.name) || entry.aliases.some((a) => slugify(a) === slug)) return false;
  entry.aliases.push(alias);
  return true;
}
