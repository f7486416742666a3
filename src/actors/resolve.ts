/**
 * From a parsed role (and maybe a name) to an actor with its evidence. A country that the text
 * does not state is taken, in order, from: the person named earlier, the last mention of the
 * same role, the article's dominant country; never silently (the evidence says which).
 */
import type { Document, Evidence, Mention } from '../document/types.ts';
import { countryName } from './knowledge.ts';
import type { NameRun } from './persons.ts';
import { knownPerson, lexiconPerson, nameRun } from './persons.ts';
import type { PersonDef } from './lexicon.ts';
import { knownEntryActor } from './dictionary/mention.ts';
import { ENVOYS, ethnicQualifier, locatable, parseRole, type RoleParse } from './roles.ts';
import type { SentenceScanner } from './scanner.ts';
import { CRITICS_WORDS, criticsAhead, otherState } from './critics.ts';
import { homelandPlace, homelandRole } from './homeland-roles.ts';
import { igoAmbassador } from './envoys.ts';
import type { Actor, ArticleState, Remembered } from './state.ts';

export interface Resolved {
  actor: Actor;
  evidence: Evidence[];
  /** The country was stated in the text (qualifier), not inferred. */
  explicit: boolean;
  /** The person was named before in the article. */
  known?: Remembered;
}

export function evidence(rule: string, text: string, note?: string): Evidence {
  return note === undefined ? { stage: 'actors', rule, text } : { stage: 'actors', rule, text, note };
}

export function tokenText(doc: Document, start: number, end: number): string {
  return doc.article.text.slice(doc.tokens[start].start, doc.tokens[end - 1].end);
}

export function resolveRole(scan: SentenceScanner, state: ArticleState, role: RoleParse, name: NameRun | null): Resolved {
  const { doc, kb } = scan;
  const ev: Evidence[] = [];
  const sector = roleSector(role);
  const q = role.qualifier;
  if (q) ev.push(evidence(q.rule, tokenText(doc, q.start, q.end)));
  if (role.sectorNoun) ev.push(evidence(role.sectorNoun.title.id, tokenText(doc, role.sectorNoun.start, role.sectorNoun.end)));
  for (const link of role.chain) ev.push(evidence(link.title.id, tokenText(doc, link.atom.start, link.atom.end)));
  const roleText = tokenText(doc, role.chainStart, role.chainEnd);
  const known = name ? knownPerson(state, name) : undefined;

  if ((q?.org || (q?.person && !q.iso3)) && !name && scan.is('backs', role.head.atom.end - 1)) {
    // "MDC supporters", "Hamas loyalists": people of the backed body's country, with their own sector, never the body.
    const country = q.org ? q.org.country : null;
    ev.push(evidence('role.backs', tokenText(doc, role.start, role.end), `${roleText} of "${tokenText(doc, q.start, q.end)}": ${country ? `coded with ${countryName(kb, country)}, its country, and their own sector` : 'no country: code is the sector alone'}, never the one backed`));
    return { actor: roleActor(scan, country, sector, null, role), evidence: ev, explicit: !!country };
  }
  const hosted = igoAmbassador(scan, state, role, name); // "Britain's UN ambassador": a state's envoy, not the UN
  if (hosted) return hosted;
  if (q?.org) {
    const org = q.org;
    if (name) ev.push(evidence('person.name', name.text));
    const actor: Actor = { code: org.code, name: name ? name.text : org.names[0], country: org.country, sector: org.sector, kind: name ? 'person' : org.kind };
    return { actor, evidence: ev, explicit: true };
  }
  if (q?.person && !q.iso3) {
    // The office of a person of an organisation: "Guterres's spokesman".
    if (name) ev.push(evidence('person.name', name.text));
    const p = q.person;
    return { actor: { code: p.code, name: name ? name.text : p.names[0], country: null, sector: p.sector, kind: name ? 'person' : 'organisation' }, evidence: ev, explicit: true };
  }
  if (q) {
    let iso3 = q.iso3!;
    let explicit = !q.located;
    if (q.located) {
      ev.push(evidence('role.location', tokenText(doc, role.chainStart, q.end), `${roleText} located in ${countryName(kb, iso3)}: coded with that country`));
    } else if (q.ethnic) {
      // "ethnic Albanians" in an article about Serbia: an ethnic group of the country the article is about.
      const home = state.homeOf(iso3);
      const note = home ? `ethnic group: coded with ${countryName(kb, home)}, the country the article last named (or names most)` : 'ethnic group: no other country named, coded with the demonym';
      ev.push(evidence('context.ethnic', tokenText(doc, q.start, q.end), note));
      if (home) iso3 = home;
      explicit = false;
    }
    const group = !q.ethnic && role.unknownQualifier ? homelandRole(scan, role, iso3, sector, tokenText(doc, role.start, role.chainEnd), name) : null;
    if (group) return { actor: group.actor, evidence: [...ev, group.evidence], explicit }; // "Kurdish fighters in Syria", "Syrian Kurdish forces"
    if (name) ev.push(evidence('person.name', name.text));
    return { actor: roleActor(scan, iso3, sector, name, role), evidence: ev, explicit };
  }
  if (known && name) {
    ev.push(evidence('coref.name', name.text, `named earlier as "${known.text}" (sentence ${known.sentence + 1})`));
    return { actor: { ...known.actor }, evidence: ev, explicit: false, known };
  }
  const entry = name ? knownEntryActor(scan, name.keys) : undefined;
  if (entry && name) {
    ev.push(entry.evidence(name.text));
    return { actor: entry.actor, evidence: ev, explicit: true };
  }
  const famous = name ? lexiconPerson(kb, name) : undefined;
  if (famous && name) {
    ev.push(evidence(famous.id, name.text, 'known person (people.tsv)'));
    return { actor: personActor(famous), evidence: ev, explicit: true };
  }
  if (role.head.title.alone === 'stated') {
    // "Muslim hackers", "smugglers": criminals cross borders; only a country the text states for them is theirs.
    ev.push(evidence('context.no-country', roleText, `${tokenText(doc, role.start, role.chainEnd)}: criminals, coded with a country only where the text states one: code is the sector alone`));
    if (name) ev.push(evidence('person.name', name.text));
    return { actor: roleActor(scan, null, sector, name, role), evidence: ev, explicit: false };
  }
  if (ethnicQualifier(scan, role)) {
    // "Hutu rebels", "Tamil refugees", "Moslem fundamentalists": a group of the country the article is about.
    const u = role.unknownQualifier!;
    const words = tokenText(doc, u.start, u.end);
    // A row for this role only comes first ("Jewish" before settlers: homelands.tsv `roles`).
    const keys = words.toLowerCase().split(/\s+/);
    const forRole = keys.map((w) => kb.homelands.get(`${w}@${role.head.title.id}`)).find((h) => h !== undefined);
    const homelands = forRole ?? keys.map((w) => kb.homelands.get(w)).find((h) => h !== undefined);
    const phrase = tokenText(doc, u.start, role.chainEnd);
    let home: string | undefined;
    if (homelands) {
      // "Kurdish forces": a group of Iraq, Syria, Turkey or Iran, whichever the article names (homelands.tsv)
      const placed = forRole ? null : homelandPlace(scan, role, homelands); // "Kurdish forces in Syria": the place says which
      home = placed ?? state.homeAmong(homelands) ?? homelandAhead(scan, role.end, homelands) ?? (homelands.length === 1 ? homelands[0] : undefined);
      const where = homelands.map((c) => countryName(kb, c) ?? c).join(', ');
      const note = forRole && home
        ? `${phrase}: homelands.tsv names ${where} for "${words}" before this role word: coded with ${countryName(kb, home)}, whatever place they are in`
        : placed
          ? `${words}: an ethnic group living in ${where}: coded with ${countryName(kb, placed)}, the place the sentence names ("in ...")`
        : !homelands.length
        ? `${words}: an ethnic group with no country of its own: code is the sector alone`
        : home
          ? `${words}: an ethnic group living in ${where}: coded with ${countryName(kb, home)}, ${homelands.length === 1 ? 'its homeland' : 'the one the article names most (ties: last)'}`
          : `${words}: an ethnic group living in ${where}, none of which the article names: code is the sector alone`;
      ev.push(evidence('context.homeland', phrase, note));
      const group = home && !forRole ? homelandRole(scan, role, home, sector, phrase, name) : null; // homeland-roles.tsv
      if (group) return { actor: group.actor, evidence: [...ev, group.evidence, ...(name ? [evidence('person.name', name.text)] : [])], explicit: false };
    } else {
      home = state.homeOf(null) ?? (locatable(role.head) ? countryAhead(scan, role.end)?.iso3 : undefined);
      // "Islamic fundamentalists called for the removal of Malian President X": with nothing better, the state
      // whose office holder the sentence names next (not as a verb's object or a counterpart): such a group is
      // mostly at odds with its own state ("met Pakistani PM X", "against X" say nothing: countryAhead).
      const office = !home && locatable(role.head) ? countryAhead(scan, role.end, undefined, false, true) : null;
      if (home) ev.push(evidence('context.ethnic', phrase, `${words}: an ethnic or religious group, coded with ${countryName(kb, home)}, the country the article last named (or names most, or names next)`));
      else if (office) {
        home = office.iso3;
        ev.push(evidence('context.ethnic-office', phrase, `${words}: an ethnic or religious group, no country named before it: coded with ${countryName(kb, home)}, whose office holder the sentence names next ("${office.text}"), as such a group mostly faces its own state`));
      } else ev.push(evidence('context.ethnic', phrase, `${words}: an ethnic or religious group, and no country named: code is the sector alone`));
    }
    if (name) ev.push(evidence('person.name', name.text));
    return { actor: roleActor(scan, home ?? null, sector, name, role), evidence: ev, explicit: false };
  }
  if (!name && severalCountries(role)) {
    // "most governments balk at", "world leaders met": several countries' offices, whose the text does not say
    ev.push(evidence('context.plural-office', roleText, `${roleText}: one office in each of several countries: country not inferred, code is the sector alone`));
    return { actor: roleActor(scan, null, sector, name, role), evidence: ev, explicit: false };
  }
  const region = regionWord(scan, role);
  if (region >= 0 && !name) {
    // "western leaders", "Arab ministers": of a region or bloc, no one country
    ev.push(evidence('context.region', roleText, `qualified by "${scan.token(region)!.text}", a region or bloc: country not inferred, code is the sector alone`));
    return { actor: roleActor(scan, null, sector, name, role), evidence: ev, explicit: false };
  }
  if (role.unknownQualifier) {
    const u = tokenText(doc, role.unknownQualifier.start, role.unknownQualifier.end);
    ev.push(evidence('context.unknown-qualifier', roleText, `qualified by "${u}", which is no known actor: country not inferred, code is the sector alone`));
    if (name) ev.push(evidence('person.name', name.text));
    return { actor: roleActor(scan, null, sector, name, role), evidence: ev, explicit: false };
  }
  let country: string | null = null;
  const home = role.chain.find((l) => l.title.home !== null);
  if (home) {
    // "the home secretary", "the Knesset": an office of one country
    country = home.title.home;
    ev.push(evidence('title.home', roleText, `an office of ${countryName(kb, country!)}: that country, as the text states no other`));
  }
  // A new named person ("President Assad") is not the earlier holder of a same-named office
  // ("French President Macron"): only bare roles ("the Cabinet") take the last role's country.
  // "US-backed fighters" after "Iranian militias": a group named by its backer is another side's, no earlier same role.
  const backed = scan.lower(role.start - 1) === 'backed' && scan.lower(role.start - 2) === '-';
  for (let k = role.chain.length - 1; k >= 0 && country === null && !name && !backed; k--) {
    const link = role.chain[k];
    if (link.title.sector === null) continue; // "spokesman" alone says nothing about whose
    const before = state.roles.get(link.title.id);
    if (before?.actor.country) {
      country = before.actor.country;
      ev.push(evidence('coref.role', roleText, `country not stated: same role as "${before.text}" (sentence ${before.sentence + 1}), ${countryName(kb, country)}`));
    }
  }
  if (country === null && role.head.title.type === 'peer') {
    ev.push(evidence('context.no-country', roleText, `${roleText}: the other side's office holder, whose country the text does not state: code is the sector alone`));
  } else if (country === null) {
    const critics = !name && CRITICS_WORDS.has(role.head.title.id);
    let inferred = (critics && otherState(scan, state, roleText)) || (!state.dateline && sentenceState(scan, state, roleText, role, name)) || countryNotStated(scan, state, roleText, name ? name.end : role.end, armedGroup(role));
    if (critics && inferred.evidence.rule === 'context.sentence-country') inferred = criticsAhead(roleText, inferred.evidence);
    country = inferred.country;
    ev.push(inferred.evidence);
  }
  if (name) ev.push(evidence('person.name', name.text));
  return { actor: roleActor(scan, country, sector, name, role), evidence: ev, explicit: false };
}

/**
 * "Country not stated" (lexicon/actors/README.md), after what the text itself says: an armed group
 * takes only a country named next in the sentence (never the article's); anything else the
 * dateline's, else the article's dominant country so far, else (an opening sentence) the next
 * country named in the sentence in a position that says whose, else none (code is the sector
 * alone). `text` names the actor in the evidence; `after` is where the sentence is searched from.
 */
export function countryNotStated(scan: SentenceScanner, state: ArticleState, text: string, after: number, armed: boolean): { country: string | null; evidence: Evidence } {
  const { kb } = scan;
  if (armed) {
    // Rebels fight the forces of the country an article is about as often as they belong to it: no article country.
    const ahead = countryAhead(scan, after, undefined, true);
    if (ahead) return { country: ahead.iso3, evidence: evidence('context.sentence-country', text, `armed group without a stated country: inferred ${countryName(kb, ahead.iso3)}, named next in the sentence ("${ahead.text}")`) };
    return { country: null, evidence: evidence('context.no-country', text, 'armed group without a stated country: not inferred from the article, code is the sector alone') };
  }
  if (state.dateline) {
    const iso3 = state.dateline.iso3;
    return { country: iso3, evidence: evidence('context.dateline', text, `country not stated: inferred ${countryName(kb, iso3)}, where the report was filed ("${state.dateline.text}")`) };
  }
  const top = state.dominant();
  if (top) {
    return { country: top.iso3, evidence: evidence('context.article-country', text, `country not stated: inferred ${countryName(kb, top.iso3)}, the article's most mentioned country so far (score ${top.score})`) };
  }
  // The opening sentence of a story often names the country after its actor: "President X ... in Sudan".
  const ahead = countryAhead(scan, after);
  if (ahead) {
    return { country: ahead.iso3, evidence: evidence('context.sentence-country', text, `country not stated and none named earlier: inferred ${countryName(kb, ahead.iso3)}, the next country named in the sentence ("${ahead.text}")`) };
  }
  return { country: null, evidence: evidence('context.no-country', text, 'country not stated, and none named where it would say whose: code is the sector alone') };
}

const OWNERS = new Set(['his', 'her', 'their', 'its']);

/** Sectors of a state's own institutions: a role of one of these acts for the state. */
const STATE_SECTORS: ReadonlySet<string | null> = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);

/**
 * "Police in Mali detained Nigerien migrants, whom authorities accuse ...": an unnamed state body
 * without a country is of the state whose institution opens the sentence (its first actor, coded
 * with a country), not of a country named after it (`context.sentence-state`).
 */
function sentenceState(scan: SentenceScanner, state: ArticleState, text: string, role: RoleParse, name: NameRun | null): { country: string; evidence: Evidence } | null {
  const t = role.head.title;
  if (name || (t.type !== 'body' && t.type !== 'person') || ENVOYS.has(t.id) || CRITICS_WORDS.has(t.id) || !STATE_SECTORS.has(roleSector(role))) return null;
  if (verbObject(scan, role.start, role.end, false)) return null; // "... met the prime minister": the other side
  if (OWNERS.has(scan.lower(role.start - 1))) return null; // "Trump and his aides": whose they are is said
  const index = scan.sentence.index;
  let first: Remembered | undefined;
  for (let k = state.recent.length - 1; k >= 0 && state.recent[k].sentence === index; k--) first = state.recent[k];
  const a = first?.actor;
  // Stated, not inferred; not an envoy or an army (they serve abroad: "A Russian army base ... government-controlled").
  if (!a || a.kind !== 'state' || !a.country || first!.inferred || !STATE_SECTORS.has(a.sector) || a.sector === 'MIL' || ENVOYS.has(first!.head ?? '')) return null;
  const note = `country not stated: inferred ${countryName(scan.kb, a.country)}, the state whose institution the sentence opens with ("${first!.text}")`;
  return { country: a.country, evidence: evidence('context.sentence-state', text, note) };
}

/** Offices a country has one of: in the plural, without a country, they are several countries' ("presidents", "foreign ministers"). */
const ONE_PER_COUNTRY = new Set(['title.president', 'title.vice-president', 'title.prime-minister', 'title.monarch', 'title.head-of-state', 'title.foreign-minister', 'title.defence-minister', 'title.interior-minister', 'title.finance-minister', 'title.leader']);

/** Sectors of the institutions a state has one of (government, parliament, army, courts); not civilians or protesters. */
const INSTITUTION_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'SPY']);

/** A plural office or institution without a country: "governments", "parliaments", "world leaders". */
function severalCountries(role: RoleParse): boolean {
  const head = role.head;
  if (!head.plural || role.collective) return false;
  const institution = head.title.type === 'body' && INSTITUTION_SECTORS.has(head.title.sector ?? '');
  const office = ONE_PER_COUNTRY.has(head.title.id) && role.chain.length === 1; // "union leaders" are a union's
  return (institution || office) && role.chain.every((l) => l.title.home === null);
}

/** A region or bloc word among the modifiers right before the role words ("western", "Arab"), or -1. */
function regionWord(scan: SentenceScanner, role: RoleParse): number {
  const from = role.unknownQualifier ? role.unknownQualifier.start : role.chainStart;
  for (let k = from - 1; k >= scan.start && from - k <= 3; k--) {
    if (scan.is('region', k)) return k;
    const t = scan.token(k)!;
    if (t.pos !== 'ADJ' && t.pos !== 'ADV' && !scan.is('title-modifier', k)) break;
  }
  if (role.unknownQualifier && scan.is('region', role.unknownQualifier.start)) return role.unknownQualifier.start;
  return scan.is('region', role.chainStart) && role.chain[0].atom.start > role.chainStart ? role.chainStart : -1;
}

/** Words before a country that make it a counterpart or a target, not the home of the actor before it. */
const COUNTERPART_PREPS = new Set(['against', 'between', 'with', 'by', 'from', 'at', 'to', 'toward', 'towards', 'on', 'over', 'into', 'for', 'versus', 'among']);
const NP_INSIDE = new Set(['DET', 'NUM', 'ADJ']);
/** "in response to", "with regard to", "in relation to": what follows is the matter at hand, not a counterpart. */
const TOPIC_NOUNS = new Set(['response', 'regard', 'relation', 'respect', 'reference']);

/** "Hutu militias crossed into Congo from Rwanda": the first of `homelands` named later in the sentence. */
function homelandAhead(scan: SentenceScanner, from: number, homelands: readonly string[]): string | undefined {
  for (let k = from; k < scan.end; k++) {
    const a = scan.atomAt(k);
    if (a?.target.type === 'country' && homelands.includes(a.target.iso3)) return a.target.iso3;
  }
  return undefined;
}

/**
 * The next country named after token i, for an actor of the opening sentence without one
 * (`context.sentence-country`). Only sensible positions: a location ("curfew in Sudan"), a
 * domestic body of that country that is no verb's object ("said Ugandan opposition candidates
 * would", "the Zambian people"), a clause of its own ("said Vietnam is"). Not: "US-led", "the
 * Russian language", a country after against/between/with/to/at/by/on ... ("sanctions against
 * Nigeria"), the object of a verb ("urged Israel", "expelled the Danish ambassador"), an envoy or
 * mediator anywhere (foreign by definition), nor the country of another named person ("welcomed
 * South African leader de Klerk"): there it is the counterpart, and no country beats a wrong one.
 */
export function countryAhead(scan: SentenceScanner, i: number, loose?: { not: string | null }, armed = false, officeHolders = false): { iso3: string; text: string } | null {
  let skippedEnd = -1;
  for (let k = i; k < scan.end; k++) {
    const a = scan.atomAt(k);
    if (!a) continue;
    const iso3 = a.target.type === 'country' ? a.target.iso3 : a.target.type === 'org' ? a.target.org.country : null;
    const dash = (j: number) => scan.lower(j) === '-' && !scan.token(j)!.spaceBefore;
    if (!iso3 || (a.target.type !== 'org' && (dash(a.end) || dash(k - 1) || scan.is('not-actor-head', a.end)))) {
      k = a.end - 1;
      continue;
    }
    const found = { iso3, text: tokenText(scan.doc, a.start, a.end) };
    if (loose) {
      if (iso3 !== loose.not && a.target.type === 'country') return found; // any other country (ethnic groups)
      k = a.end - 1;
      continue;
    }
    const role = a.target.type === 'country' ? parseRole(scan, k) : null;
    if (role && role.qualifier?.start === k) {
      const person = ['person', 'name', 'peer'].includes(role.head.title.type) && !role.head.plural;
      const named = person && nameRun(scan, role.end, true);
      if (named && officeHolders && stateOffice(role) && !verbObject(scan, role.start, named.end, false) && !counterpart(scan, k, a.end, false, skippedEnd)) {
        return { iso3, text: tokenText(scan.doc, role.start, named.end) }; // "the removal of Malian President X"
      }
      if (named) {
        skippedEnd = k = role.end; // another named person's country
        k--;
        continue;
      }
      const t = role.head.title;
      const armedFoe = armed && (roleSector(role) === 'MIL' || roleSector(role) === 'COP'); // "rebels fought Thai troops"
      // "thanked Mexican mediators": an envoy is foreign by definition; "criticised the Chinese government":
      // a state's institution as a verb's object is the other side. A country's people are not: "banned
      // Ugandan opposition candidates", "thanked the Zambian people" (a government acts on its own).
      const foreign = ENVOYS.has(t.id) || (STATE_SECTORS.has(roleSector(role)) && verbObject(scan, role.start, role.end, false));
      if (armedFoe || foreign) {
        skippedEnd = k = role.end;
        k--;
        continue;
      }
      if (roleSector(role) !== 'MIL' && (t.type === 'body' || t.type === 'person' || t.type === 'local')) return found; // a domestic body
    }
    if (counterpart(scan, k, a.end, a.possessive || scan.lower(a.end) === "'s", skippedEnd)) {
      skippedEnd = a.end;
      k = a.end - 1;
      continue;
    }
    return found;
  }
  return null;
}

/** A state's civil office (government, legislature, courts), not an envoy: whose holder acts at home. */
function stateOffice(role: RoleParse): boolean {
  const sector = roleSector(role);
  return (sector === 'GOV' || sector === 'LEG' || sector === 'JUD') && !role.chain.some((l) => ENVOYS.has(l.title.id));
}

/** The country at [k, end) is governed by a counterpart preposition, is a verb's object, or continues a skipped list. */
function counterpart(scan: SentenceScanner, k: number, end: number, possessive: boolean, skippedEnd: number): boolean {
  const b = headWord(scan, k);
  const w = scan.lower(b);
  if (COUNTERPART_PREPS.has(w) && !(w === 'to' && TOPIC_NOUNS.has(scan.lower(b - 1)))) return true;
  if ((w === 'and' || w === ',') && skippedEnd >= 0 && b - skippedEnd <= 1) return true; // "between the Emirates and Saudi Arabia"
  return verbObject(scan, k, end, possessive);
}

/** The word that governs the noun phrase whose word k is: the first before it that is no determiner, number or adjective. */
function headWord(scan: SentenceScanner, k: number): number {
  let b = k - 1;
  while (b > scan.start && b >= k - 3 && NP_INSIDE.has(scan.token(b)!.pos)) b--;
  return b;
}

/** The phrase at [k, end) is a verb's object, with or without a determiner or adjectives before it ("urged Israel to stop"). */
function verbObject(scan: SentenceScanner, k: number, end: number, possessive: boolean): boolean {
  const b = headWord(scan, k);
  const next = scan.token(end);
  const subject = !!next && (next.pos === 'VERB' || next.pos === 'AUX');
  return !possessive && !subject && scan.token(b)?.pos === 'VERB';
}

/**
 * A group role of armed men or radicals (rebels, militants, gunmen, extremists: titles.tsv `alone`
 * armed): an actor even without a stated country, whose country is never the article's alone.
 */
export function armedGroup(role: RoleParse): boolean {
  return role.head.title.alone === 'armed';
}

/** A group that is an actor even without a country (titles.tsv `alone`: armed groups, radicals, criminals). */
export function aloneGroup(role: RoleParse): boolean {
  return role.head.title.alone !== null;
}

/** The actor of a well-known person (lexicon/actors/people.tsv). */
export function personActor(p: PersonDef): Actor {
  return { code: p.code, name: p.names[0], country: p.country, sector: p.sector, kind: 'person' };
}

/** The sector of the last role word that has one ("army spokesman" -> MIL), else of a sector noun ("intelligence officials" -> SPY), else GOV. */
export function roleSector(role: RoleParse): string {
  for (let k = role.chain.length - 1; k >= 0; k--) {
    const s = role.chain[k].title.sector;
    if (s !== null) return s;
  }
  return role.sectorNoun?.title.sector ?? 'GOV';
}

function roleActor(scan: SentenceScanner, iso3: string | null, sector: string, name: NameRun | null, role: RoleParse): Actor {
  const label = iso3 ? countryName(scan.kb, iso3) ?? iso3 : headLabel(role);
  return {
    code: (iso3 ?? '') + sector,
    name: name ? name.text : label,
    country: iso3,
    sector,
    kind: name ? 'person' : 'state',
  };
}

/** "Cabinet" for a role whose country is unknown. */
function headLabel(role: RoleParse): string {
  const w = role.head.title.words[0];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export function makeMention(doc: Document, start: number, end: number, actor: Actor, ev: Evidence[]): Mention {
  const span = { start: doc.tokens[start].start, end: doc.tokens[end - 1].end };
  return {
    tokenStart: start,
    tokenEnd: end,
    span,
    text: doc.article.text.slice(span.start, span.end),
    code: actor.code,
    name: actor.name,
    country: actor.country,
    sector: actor.sector,
    kind: actor.kind,
    evidence: ev,
    ...(actor.dictionary ? { dictionary: actor.dictionary } : {}),
  };
}
