/**
 * KnownActors: the actor dictionary (store.ts) as the recognisers read it — every name and alias
 * as token keys, looked up at a token, and each entry turned into an actor at a date.
 * Entries can be added while a run goes on (actors learned from earlier articles, learn.ts).
 */
import type { ActorKind } from '../../document/types.ts';
import { SECTORS } from '../lexicon.ts';
import { possessiveStem, splitPhrase, tokenKey } from '../normalise.ts';
import type { Actor } from '../state.ts';
import { codeAt } from './codes.ts';
import type { ActorEntry } from './store.ts';

export interface KnownName {
  entry: ActorEntry;
  /** Token keys of the name or alias, as the text is split ("fazl", "-", "ur", ...). */
  keys: readonly string[];
  /** The same without hyphens, as a NameRun keeps them. */
  plain: string;
}

/** Words that make a dictionary name an organisation, not a person, when the entry does not say. */
const ORGANISATION_WORDS = new Set([
  'ministry', 'party', 'army', 'council', 'committee', 'commission', 'front', 'movement', 'agency', 'authority', 'bank',
  'union', 'association', 'organisation', 'organization', 'court', 'parliament', 'assembly', 'government', 'forces',
  'police', 'company', 'corporation', 'group', 'league', 'office', 'department', 'institute', 'university', 'brigade',
]);

/** Function words found in names of bodies ("Order of the Lantern"), not in personal names. */
const NOT_IN_PERSONAL_NAMES = new Set(['of', 'the', 'and', 'for', '&']);

/** The dictionary's names compiled for lookup. Empty by default. */
export class KnownActors {
  private readonly byFirst = new Map<string, KnownName[]>();
  private readonly entries = new Map<string, ActorEntry>();

  constructor(entries: Iterable<ActorEntry> = []) {
    for (const e of entries) this.add(e);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Add an entry, or replace the one with its id (its old names are dropped). */
  add(entry: ActorEntry): void {
    if (this.entries.has(entry.id)) this.remove(entry.id);
    this.entries.set(entry.id, entry);
    for (const name of [entry.name, ...entry.aliases]) {
      const keys = splitPhrase(name).map(tokenKey);
      if (!keys.length) continue;
      const list = this.byFirst.get(keys[0]) ?? [];
      list.push({ entry, keys, plain: nameKeys(name).join(' ') });
      list.sort((a, b) => b.keys.length - a.keys.length);
      this.byFirst.set(keys[0], list);
    }
  }

  private remove(id: string): void {
    for (const [first, list] of this.byFirst) {
      const kept = list.filter((n) => n.entry.id !== id);
      if (kept.length) this.byFirst.set(first, kept);
      else this.byFirst.delete(first);
    }
    this.entries.delete(id);
  }

  /** The longest name starting at keys[i] and ending before `end` (the last word may carry "'s"). */
  at(keys: readonly string[], i: number, end: number): { name: KnownName; end: number } | undefined {
    const candidates = this.byFirst.get(keys[i]) ?? this.byFirst.get(possessiveStem(keys[i]) ?? '');
    if (!candidates) return undefined;
    for (const name of candidates) {
      const n = name.keys.length;
      if (i + n > end) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const key = keys[i + k];
        ok = key === name.keys[k] || (k === n - 1 && possessiveStem(key) === name.keys[k]);
      }
      if (ok) return { name, end: i + n };
    }
    return undefined;
  }

  /** The entry whose name or alias is exactly these token keys (hyphens left out, as in a NameRun). */
  get(keys: readonly string[]): ActorEntry | undefined {
    const plain = keys.join(' ');
    return this.byFirst.get(keys[0])?.find((n) => n.plain === plain)?.entry;
  }
}

/** "SERGEI LAVROV", "Sergei Lavrov" -> ["sergei", "lavrov"]. */
export function nameKeys(name: string): string[] {
  return splitPhrase(name)
    .filter((w) => w !== '-')
    .map(tokenKey);
}

/**
 * The actor an entry stands for at `date` (YYYY-MM-DD, or null when unknown), or null when no
 * code of the entry is in force then. Country and sector come from the entry, else from the code
 * (PAKGOV -> PAK, GOV; IGOUNO -> no country).
 */
export function entryActor(entry: ActorEntry, date: string | null, isCountry: (iso3: string) => boolean): Actor | null {
  const code = codeAt(entry, date);
  if (code === null) return null;
  const prefix = code.slice(0, 3);
  const country = entry.country ?? (isCountry(prefix) ? prefix : null);
  const sector = SECTORS.has(code.slice(3, 6)) ? code.slice(3, 6) : null;
  return { code, name: displayName(entry.name), country, sector, kind: entry.kind ?? inferKind(entry, code, country) };
}

function inferKind(entry: ActorEntry, code: string, country: string | null): ActorKind {
  if (code.startsWith('IGO')) return 'igo';
  if (entry.role) return 'person';
  if (country !== null && code === country) return 'state';
  const words = nameKeys(entry.name);
  const personal = words.length >= 2 && words.length <= 4 && !words.some((w) => ORGANISATION_WORDS.has(w) || NOT_IN_PERSONAL_NAMES.has(w));
  return personal ? 'person' : 'organisation';
}

/** "MARA VELLIN" (an imported name, upper case) -> "Mara Vellin"; names in mixed case stay. */
export function displayName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s\-'])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
