/**
 * Learning actors from coded text: a person whose role and country (or organisation) the article
 * itself states — "Russian Foreign Minister Sergei Lavrov", "Cheng Guoping, State Commissioner
 * ... of China" — becomes a dictionary entry (source `learned`), so a later article that names
 * only "Sergei Lavrov" codes him the same way. Precision first: nothing inferred is learned
 * (a country from the article's context, a coreference, an entry the dictionary already gave).
 */
import type { Mention } from '../../document/types.ts';
import { codeAt } from './codes.ts';
import { slugify, type ActorDictionary, type ActorEntry } from './store.ts';

/** Evidence rules that mean the code was not stated by the text around the name. */
const INFERRED = /^(context\.|coref\.|dictionary:|role\.location)/;
const KNOWN_PERSON_NOTE = 'known person (people.tsv)';

/** Whether the text states this person's role and whose it is. */
export function learnable(m: Mention): boolean {
  if (m.kind !== 'person' || m.dictionary) return false;
  if (m.country === null && !/^(IGO|NGO)/.test(m.code)) return false;
  if (m.sector === null && m.code.length <= 3) return false;
  const rules = m.evidence.map((e) => e.rule);
  if (!rules.includes('person.name') || !rules.some((r) => r.startsWith('title.'))) return false;
  if (m.evidence.some((e) => INFERRED.test(e.rule) || e.note === KNOWN_PERSON_NOTE)) return false;
  // A full name: two words at least, each capitalised ("Lavrov" alone says too little).
  const words = m.name.split(/\s+/);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || /^(bin|ibn|al|el|de|da|van|von|der|la|le)$/.test(w));
}

/** The entries an article teaches: one per person (the first mention that states the role wins). */
export function learnedActors(mentions: readonly Mention[], published: string | null): ActorEntry[] {
  const out = new Map<string, ActorEntry>();
  for (const m of mentions) {
    if (!learnable(m)) continue;
    const id = slugify(m.name);
    if (id === '' || out.has(id)) continue;
    const role = m.evidence.find((e) => e.rule.startsWith('title.'))!.rule.slice('title.'.length);
    const entry: ActorEntry = { id, name: m.name, aliases: [], codes: [{ code: m.code }], role, kind: 'person', source: 'learned' };
    if (m.country) entry.country = m.country;
    if (published) {
      entry.firstSeen = published;
      entry.lastSeen = published;
    }
    out.set(id, entry);
  }
  return [...out.values()];
}

/**
 * Remember a learned entry: a new name is added; a known one gets its first and last dates
 * widened. A learned entry seen with another code from a later date on gets that code from that
 * date (`from`), so earlier events keep the old one; codes a user wrote or imported are never
 * changed. Returns the entry as stored, or null when nothing changed.
 */
export function rememberLearned(dict: ActorDictionary, learned: ActorEntry): ActorEntry | null {
  const existing = dict.byName(learned.name);
  if (!existing) {
    const entry = dict.add({ name: learned.name, codes: learned.codes, role: learned.role, country: learned.country, source: 'learned' });
    Object.assign(entry, { kind: learned.kind, firstSeen: learned.firstSeen, lastSeen: learned.lastSeen });
    if (!entry.firstSeen) delete entry.firstSeen;
    if (!entry.lastSeen) delete entry.lastSeen;
    return entry;
  }
  let changed = false;
  const seen = learned.firstSeen;
  if (seen && (!existing.firstSeen || seen < existing.firstSeen)) (existing.firstSeen = seen), (changed = true);
  if (seen && (!existing.lastSeen || seen > existing.lastSeen)) (existing.lastSeen = seen), (changed = true);
  const code = learned.codes[0].code;
  if (existing.source === 'learned' && seen && codeAt(existing, seen) !== code && seen >= (existing.firstSeen ?? seen)) {
    existing.codes.push({ code, from: seen });
    if (learned.role) existing.role = learned.role;
    changed = true;
  }
  return changed ? existing : null;
}
