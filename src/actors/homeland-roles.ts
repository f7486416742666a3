/**
 * What a role of an ethnic group is in one of its homelands (lexicon/actors/homeland-roles.tsv):
 * "Kurdish authorities" in Syria are the Kurdish-led administration (org.aanes), "Kurdish forces"
 * there the SDF, in Turkey the opposition and rebels, in Iraq the Iraqi state's regional organs.
 * Also the place that decides the homeland: "Kurdish fighters in Syria" are of Syria whatever
 * country the article names most.
 */
import type { Evidence } from '../document/types.ts';
import { countryName } from './knowledge.ts';
import type { NameRun } from './persons.ts';
import { placeAt, titleAt, type Qualifier, type RoleParse } from './roles.ts';
import type { SentenceScanner } from './scanner.ts';
import type { Actor } from './state.ts';

/** The rows' words: the ethnic words of the role's qualifier, lower case. */
function ethnicWords(scan: SentenceScanner, role: RoleParse): string[] {
  const u = role.unknownQualifier;
  if (!u) return [];
  const out: string[] = [];
  for (let k = u.start; k < u.end; k++) out.push(scan.lower(k));
  return out;
}

/** Prepositions that put an act or a group inside a country ("in Syria", "across Iraq"); not "near", "from". */
const INSIDE = new Set(['in', 'inside', 'across', 'throughout', 'within']);

/**
 * "Kurdish forces in Syria", "Kurdish officials inside Iraq": a place right after the role that is
 * one of the group's homelands says which one (before the article's choice); else one such place
 * elsewhere in the sentence ("partnered with Kurdish forces against Isis in Syria's deserts",
 * "Meanwhile in Syria, Kurdish fighters ..."). Null when none.
 */
export function homelandPlace(scan: SentenceScanner, role: RoleParse, homelands: readonly string[]): string | null {
  const at = ['based', 'operating', 'active', 'living'].includes(scan.lower(role.end)) ? role.end + 1 : role.end;
  const placed = (k: number) => {
    const place = INSIDE.has(scan.lower(k)) || (k === at && scan.is('located-prep', k)) ? placeAt(scan, k + 1) : null;
    return place?.iso3 && homelands.includes(place.iso3) ? place.iso3 : null;
  };
  const right = placed(at);
  if (right) return right;
  for (let k = scan.start; k < scan.end; k++) {
    // "Kurdish forces, and intelligence officials in Iraq": a place right after another role locates that one
    if ((k < role.start || k >= role.end) && !titleAt(scan, k - 1)) {
      const c = placed(k);
      if (c) return c;
    }
  }
  return null;
}

/**
 * The actor of an ethnic group's role of `sector` in its homeland `iso3`, from homeland-roles.tsv,
 * with an evidence entry; null when no row says anything (the state's own role stands).
 */
export function homelandRole(scan: SentenceScanner, role: RoleParse, iso3: string, sector: string, text: string, name: NameRun | null = null): { actor: Actor; evidence: Evidence } | null {
  const { kb } = scan;
  for (const w of ethnicWords(scan, role)) {
    const row = kb.homelandRoles.get(`${w}@${iso3}`)?.find((r) => r.sectors === null || r.sectors.has(sector));
    if (!row) continue;
    const where = countryName(kb, iso3) ?? iso3;
    const actor: Actor = row.org
      ? { code: row.org.code, name: row.org.names[0], country: row.org.country, sector: row.org.sector, kind: 'state' } // a description, like any role: no antecedent of "the group"
      : { code: iso3 + (row.sector ?? sector), name: where, country: iso3, sector: row.sector ?? sector, kind: 'state' };
    if (name) Object.assign(actor, { name: name.text, kind: 'person' }); // "Kurdish leader X": one person of the group
    const note = `${text} in ${where}: ${actor.code}${row.org ? ` (${row.org.names[0]})` : ''}, ${row.reason}`;
    return { actor, evidence: { stage: 'actors', rule: row.id, text, note } };
  }
  return null;
}

/**
 * "the leader of the Syrian Kurds", "officials of Iraqi Kurds": after "of", a demonym and a people
 * with homelands (homelands.tsv) is the role's qualifier (the country) and its ethnic words (the
 * people), read as "Syrian Kurdish leader". Null otherwise.
 */
export function peopleOf(scan: SentenceScanner, i: number): { qualifier: Qualifier; next: number; people: { start: number; end: number } } | null {
  const a = scan.atomAt(i);
  if (!a || a.target.type !== 'country' || a.target.form !== 'demonym' || a.possessive) return null;
  const homelands = scan.kb.homelands.get(scan.lower(a.end));
  if (!homelands?.includes(a.target.iso3) || !scan.is('people', a.end)) return null;
  const qualifier: Qualifier = { start: i, end: a.end, iso3: a.target.iso3, org: null, person: null, capital: false, rule: a.target.id };
  return { qualifier, next: a.end + 1, people: { start: a.end, end: a.end + 1 } };
}
