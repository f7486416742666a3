/**
 * Role phrases: [determiner] [modifiers] [qualifier ['s]] [modifiers] title+ [complement] [of COUNTRY]
 *   "Pakistan's Cabinet", "the Chinese government", "Russian troops", "Foreign Office spokesperson",
 *   "the Foreign Minister of Russia", "State Commissioner for Counter Terrorism of the PRC".
 * Parsing only: resolve.ts turns a parse into an actor.
 */
import type { OrgDef, PersonDef, TitleDef } from './lexicon.ts';
import { isCapitalised } from './normalise.ts';
import { parensAcronym, type Atom, type SentenceScanner } from './scanner.ts';
import { peopleOf } from './homeland-roles.ts';

export interface Qualifier {
  start: number;
  end: number;
  iso3: string | null;
  org: OrgDef | null;
  /** A known person whose office the role is ("Trump administration", "Putin's spokesman"). */
  person: PersonDef | null;
  /** The qualifier is a capital ("Beijing's envoy"). */
  capital: boolean;
  /** Evidence rule: lexicon entry id. */
  rule: string;
  /** An acronym defined right after it: "Jaish-e-Muhammad (JeM) chief". */
  acronym?: string;
  /** "ethnic Albanian guerrillas": the demonym names an ethnicity, not the state. */
  ethnic?: boolean;
  /** A place after the role: "rebels in Chad", "militants from Syria" (the words of the place). */
  located?: boolean;
}

export interface TitleLink {
  atom: Atom;
  title: TitleDef;
  plural: boolean;
}

export interface RoleParse {
  /** First token of the mention (qualifier or role words; determiners excluded). */
  start: number;
  /** One past the last token (role words, complement and of-qualifier). */
  end: number;
  chainStart: number;
  chainEnd: number;
  qualifier: Qualifier | null;
  /** "Kurdish forces", "Labour leader": a capitalised word that is no known actor qualifies the role. */
  unknownQualifier: { start: number; end: number } | null;
  /** "the leaders of the two countries": the role belongs to each member of a collective. */
  collective: Atom | null;
  /** "defence officials", "health and trade ministers": sector nouns before the role words (titles.tsv type `sector`). */
  sectorNoun?: { start: number; end: number; title: TitleDef } | null;
  chain: TitleLink[];
  head: TitleLink;
}

export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those']);
/** The last role word must be a noun: "official" in "an official visit" is an adjective. */
const HEAD_POS = new Set(['NOUN', 'PROPN', 'X']);
const MODIFIER_POS = new Set(['ADJ', 'ADV', 'NUM']);

export function parseRole(scan: SentenceScanner, i: number): RoleParse | null {
  if (!canStartRole(scan, i)) return null;
  let p = i;
  if (DETERMINERS.has(scan.lower(p))) p++;
  p = skipModifiers(scan, p);
  let qualifier: Qualifier | null = null;
  const bracket = bracketed(scan, p);
  const q = bracket ?? qualifierAt(scan, p, true);
  if (q) {
    qualifier = q.qualifier;
    if (scan.lower(q.qualifier.start - 1) === 'ethnic') qualifier.ethnic = true;
    p = skipModifiers(scan, q.next);
  }
  const chainStart = p;
  let sectorNoun = sectorNounsAt(scan, p);
  if (sectorNoun) p = sectorNoun.end;
  const chain: TitleLink[] = [];
  let unknownQualifier: { start: number; end: number } | null = null;
  while (p < scan.end) {
    const t = titleAt(scan, p);
    const own = t && t.title.id === 'title.private-persons' ? (scan.lower(t.atom.end) === "'s" ? t.atom.end + 1 : t.atom.possessive ? t.atom.end : -1) : -1;
    if (own >= 0 && titleAt(scan, own)) { p = own; continue; } // "Afghan women's rights activists": the people's, not the people
    if (t) {
      chain.push(t);
      p = t.atom.end;
      if (t.atom.possessive) break;
      continue;
    }
    // Capitalised words inside an office's name: "State Commissioner", "Lahore High Court".
    // "Kurdish forces" (a lower-case role after it): an unknown qualifier, not the office's name.
    // "International Rescue Committee" (several words): the name of an unknown organisation.
    let k = p;
    while (k < scan.end && k - p < 3 && scan.capUnknown(k)) k++;
    let next = k > p ? titleAt(scan, k) : null;
    if (!next && k > p && !chain.length && !qualifier && !sectorNoun && allEthnic(scan, p, k)) {
      const nouns = sectorNounsAt(scan, k); // "a Kurdish intelligence official": the ethnic word qualifies the role
      if (nouns) {
        unknownQualifier = { start: p, end: k };
        sectorNoun = nouns;
        p = nouns.end;
        continue;
      }
    }
    if (!next && k > p && !chain.length && !sectorNoun && allEthnic(scan, p, k) && gluedWord(scan, k) === 'led' && titleAt(scan, k + 2)) {
      unknownQualifier = { start: p, end: k }; // "Kurdish-led forces": led by the group, read as "Kurdish forces"
      p = k + 2;
      continue;
    }
    if (!next && k > p && !chain.length && !qualifier && allEthnic(scan, p, k) && scan.token(k)?.pos === 'ADJ') {
      const after = skipModifiers(scan, k); // "Tamil civilian refugees", "Ibo traditional elders"
      next = titleAt(scan, after);
      if (next) {
        unknownQualifier = { start: p, end: k };
        p = after;
        continue;
      }
    }
    if (next) {
      const officeName = isCapitalised(scan.token(k)!.text) && !scan.headline;
      let back = p; // the capitalised run may begin before p ("Northern Relief Committee" read from "Relief")
      while (back > scan.start && !chain.length && !qualifier && scan.capUnknown(back - 1)) back--;
      if (officeName && k - back > 1 && !chain.length && !qualifier) return null;
      if (!officeName && !chain.length && !qualifier && !openingModifier(scan, p, k)) unknownQualifier = { start: p, end: k };
      else if (!chain.length && qualifier && allEthnic(scan, p, k)) unknownQualifier = { start: p, end: k }; // "Syrian Kurdish forces"
      p = k;
      continue;
    }
    break;
  }
  if (!chain.length) return null; // "Pakistan's support": no role here
  if (compoundModifier(scan, p)) return null; // "a police-reform bill", "army-backed groups": the first part of a compound
  const first = bracket ? bracket.qualifier.start - 1 : qualifier && qualifier.start < chainStart ? qualifier.start : chainStart;
  // "Committee" read from inside "Northern Relief Committee": the tail of an unknown name.
  if (!qualifier && chainStart === i && chain[0].atom.start === i && scan.capUnknown(i - 1)) return null;
  const head = chain[chain.length - 1];
  const chainEnd = p;
  // "West Bank settlers": a region locates a group the way "in" does, and settlers or troops are not of where they are.
  if (qualifier && !locatable(head) && qualifierForm(scan, qualifier) === 'place') qualifier = null;
  let collective: Atom | null = null;
  const formal = isCapitalised(scan.token(head.atom.start)!.text) && !scan.headline;
  while (p < scan.end && !head.atom.possessive) {
    const w = scan.lower(p);
    const house = legislature(scan, p, head);
    if (house) {
      chain.push(house); // "the opposition leader in parliament", "the leader of the Senate": the legislature's
      p = house.atom.end;
      continue;
    }
    const at = LOCATING.has(w) && scan.lower(p + 1) === 'in' ? p + 1 : p; // "rebels operating in Chad"
    if ((!qualifier || qualifier.ethnic) && scan.is('located-prep', at) && locatable(head)) {
      const place = placeAt(scan, at + 1);
      if (place) {
        qualifier = place;
        p = place.end;
      }
      break;
    }
    let look = p + 1;
    if (scan.lower(look) === 'the') look++;
    // "his counterpart from Kabul", "an envoy from Tehran": where an envoy comes from is whose he is.
    if (w === 'from' && !qualifier && !locatable(head) && (head.title.type === 'person' || head.title.type === 'peer')) {
      const from = qualifierAt(scan, look, false);
      if (from) {
        qualifier = from.qualifier;
        p = from.next;
      }
      break;
    }
    if (w !== 'of' && w !== 'for' && w !== 'on' && w !== 'to') break;
    if (w === 'of' && !qualifier && scan.atomAt(p + 1)?.target.type === 'collective') {
      collective = scan.atomAt(p + 1);
      p = collective!.end;
      break;
    }
    if (w === 'of' && !qualifier) {
      const of: { qualifier: Qualifier; next: number; people?: RoleParse['unknownQualifier'] } | null = qualifierAt(scan, look, false) ?? peopleOf(scan, look);
      if (of) {
        qualifier = of.qualifier;
        unknownQualifier = of.people ?? unknownQualifier; // "the leader of the Syrian Kurds"
        p = of.next;
        break;
      }
    }
    if (!formal && w !== 'of') break;
    const next = nameWords(scan, look);
    if (next === look || !formal) break;
    p = next;
  }
  return { start: first, end: p, chainStart, chainEnd, qualifier, unknownQualifier, collective, chain, head, sectorNoun };
}

/**
 * Sector nouns at token i, joined by "and" or a comma, right before a role word: "defence officials",
 * "defence and security officials", "health minister". The first noun's sector is the role's when
 * its words give none ("intelligence officials" = SPY). Lower-case words only: "Health" in a name
 * stays a word of that name. Null when no role word follows.
 */
export function sectorNounsAt(scan: SentenceScanner, i: number): { start: number; end: number; title: TitleDef } | null {
  const first = sectorNoun(scan, i);
  if (!first) return null;
  let k = i + 1;
  while (k < scan.end) {
    if (sectorNoun(scan, k)) k++;
    else if ((scan.lower(k) === 'and' || scan.lower(k) === ',') && sectorNoun(scan, k + 1)) k += 2;
    else break;
  }
  // "defence officials", not "defence spending"; a glued hyphen makes a compound ("trade-union")
  const dash = scan.token(k);
  if (!titleAt(scan, k) || (dash?.text === '-' && !dash.spaceBefore)) return null;
  return { start: i, end: k, title: first };
}

function sectorNoun(scan: SentenceScanner, i: number): TitleDef | undefined {
  const t = scan.token(i);
  if (!t) return undefined;
  const opening = i === scan.start && t.text === t.lower.charAt(0).toUpperCase() + t.lower.slice(1) && !scan.headline; // "Intelligence officials said"
  if ((t.text !== t.lower && !opening) || scan.atomAt(i)) return undefined;
  return scan.kb.sectorNouns.get(t.lower);
}

/**
 * "[Syrian] government", "[Iran's] foreign minister": a qualifier an editor put in square brackets
 * in quoted words is read as if written plainly (the mention starts at the bracket).
 */
function bracketed(scan: SentenceScanner, i: number): { qualifier: Qualifier; next: number } | null {
  if (scan.lower(i) !== '[') return null;
  const q = qualifierAt(scan, i + 1, true);
  return q && scan.lower(q.next) === ']' ? { qualifier: q.qualifier, next: q.next + 1 } : null;
}

/** "Ousted president X", "Exiled opposition leader Y": a participle capitalised only because it opens the sentence. */
/** "Hutu rebels", "Moslem fundamentalists": the unknown words before the role are ethnic or religious (words.tsv). */
export function ethnicQualifier(scan: SentenceScanner, role: RoleParse): boolean {
  const u = role.unknownQualifier;
  return !!u && allEthnic(scan, u.start, u.end);
}

function allEthnic(scan: SentenceScanner, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!scan.is('ethnic', k)) return false;
  return true;
}

function openingModifier(scan: SentenceScanner, p: number, k: number): boolean {
  const t = scan.token(p)!;
  return p === scan.start && k === p + 1 && (t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'ADV' || /[a-z]ed$/.test(t.text));
}

function qualifierForm(scan: SentenceScanner, q: Qualifier): string | null {
  const a = scan.atomAt(q.start);
  return a?.target.type === 'country' ? a.target.form : null;
}

/**
 * Second parts of a hyphenated word that keep the role an actor: "army-led" (the leader, as in
 * atoms.ts), "rebel-held" and "regime-controlled" (the holder of a territory: shelling a rebel-held
 * town targets the rebels, as event coders code it), "commander-in-chief", "president-elect".
 */
const ROLE_SUFFIXES = new Set(['led', 'held', 'controlled', 'in', 'elect', 'designate', 'general']);

/**
 * A role word glued by a hyphen to a lower-case word after it is the first part of a compound
 * modifier of another noun ("a police-reform bill", "voter-suppression measures", "army-backed
 * groups", "a rebel-held town"): no actor. Suffixes of ROLE_SUFFIXES keep it.
 */
function compoundModifier(scan: SentenceScanner, k: number): boolean {
  const w = gluedWord(scan, k);
  return w !== null && /^[a-z]/.test(scan.token(k + 1)!.text) && !ROLE_SUFFIXES.has(w);
}

/** The word glued by a hyphen at token k to the word before it ("led" in "Kurdish-led"), lower case; else null. */
function gluedWord(scan: SentenceScanner, k: number): string | null {
  const dash = scan.token(k);
  const next = scan.token(k + 1);
  return dash && next && dash.text === '-' && !dash.spaceBefore && !next.spaceBefore ? next.lower : null;
}

/** "in parliament", "of the Senate" after a person's role: the legislature whose office it is (a LEG body of titles.tsv). */
function legislature(scan: SentenceScanner, p: number, head: TitleLink): TitleLink | null {
  const w = scan.lower(p);
  // Only role words that take the sector of their body (leader, spokesman, official): "a minister in parliament" is still the government's.
  if ((w !== 'in' && w !== 'of') || head.title.type !== 'person' || head.title.sector !== null) return null;
  const link = titleAt(scan, scan.lower(p + 1) === 'the' ? p + 2 : p + 1);
  return link && link.title.sector === 'LEG' && link.title.type === 'body' && !link.plural ? link : null;
}

/** Participles between a group and its place: "a group based in Trinidad", "rebels operating in Chad". */
const LOCATING = new Set(['based', 'operating', 'active', 'living']);

/** Envoys, diplomats, delegations, mediators and counterparts: they serve abroad or face the other side. */
export const ENVOYS: ReadonlySet<string> = new Set(['title.ambassador', 'title.envoy', 'title.diplomat', 'title.delegation', 'title.counterpart', 'title.negotiators']);

/** Roles that a place after them locates: groups and offices, not troops or envoys (they serve abroad). */
const NOT_LOCATED = new Set(['title.settlers', ...ENVOYS]);

/** Roles a place after them may locate (not troops, envoys or settlers: they serve or settle abroad). */
export function locatable(head: TitleLink): boolean {
  return head.title.sector !== 'MIL' && !NOT_LOCATED.has(head.title.id) && !head.atom.possessive;
}

/** "(the) Ivory Coast", "Baghdad" after a place preposition: a country or capital, not inside a longer name. */
export const COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western']);

export function placeAt(scan: SentenceScanner, i: number): Qualifier | null {
  let at = scan.lower(i) === 'the' ? i + 1 : i;
  let a = scan.atomAt(at);
  if (!a && COMPASS.has(scan.lower(at))) a = scan.atomAt(++at); // "in southern Lebanon", not "in South Africa"
  if (!a || a.target.type !== 'country' || (a.target.form !== 'name' && a.target.form !== 'capital' && a.target.form !== 'place')) return null;
  if (!a.possessive && scan.lower(a.end) !== "'s" && !scan.headline && scan.capUnknown(a.end)) return null; // "in Pakistan Railways"
  return { start: at, end: a.end, iso3: a.target.iso3, org: null, person: null, capital: a.target.form === 'capital', rule: a.target.id, located: true };
}

/** The last role word is a noun ("official" in "an official visit" is an adjective). */
export function headIsNoun(scan: SentenceScanner, role: RoleParse): boolean {
  if (HEAD_POS.has(scan.token(role.head.atom.end - 1)!.pos)) return true;
  // "the US military said": a body word of a stated country the tagger read as an adjective, with no
  // noun after it to modify (not "military and diplomatic sources").
  const next = scan.token(role.head.atom.end);
  if (role.end !== role.head.atom.end) return false;
  if (officeAdjective(scan, role, next)) return true;
  if (!role.qualifier || role.head.title.type !== 'body') return false;
  // "the Philippine military and the rebels": "and" then a determiner joins another phrase, not another adjective
  const joinsPhrase = (next?.lower === 'and' || next?.lower === 'or') && scan.token(role.head.atom.end + 1)?.pos === 'DET';
  return !next || joinsPhrase || (!NOUN_PHRASE_POS.has(next.pos) && next.lower !== 'and' && next.lower !== 'or');
}

/** After an office word the tagger read as an adjective, what may follow a noun: a verb, punctuation, "of". */
const AFTER_OFFICE_POS = new Set(['VERB', 'AUX', 'PUNCT', 'ADP', 'PART']);

/**
 * "the Chinese premier visited", "the premier, Li Wen, said": an office of one holder with a sector of
 * its own, after a stated country or "the", read as an adjective by the tagger but followed by what
 * follows a noun (not "Norway's premier port", "Britain's premier forward base").
 */
function officeAdjective(scan: SentenceScanner, role: RoleParse, next: { pos: string } | undefined): boolean {
  const t = role.head.title;
  if (t.type !== 'person' || t.sector === null || role.head.plural) return false;
  if (!role.qualifier && scan.lower(role.start - 1) !== 'the') return false;
  return !next || AFTER_OFFICE_POS.has(next.pos);
}

/** Words that continue a noun phrase after an adjective ("military aid", "official Syrian newspaper"). */
const NOUN_PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'X', 'SYM']);

/** Cheap test before parsing: most tokens (lower-case verbs, nouns, punctuation) start no role. */
function canStartRole(scan: SentenceScanner, i: number): boolean {
  const t = scan.token(i);
  if (!t) return false;
  if (isCapitalised(t.text) || scan.atomAt(i) || DETERMINERS.has(scan.lower(i)) || scan.kb.sectorNouns.has(t.lower) || t.text === '[') return true;
  return MODIFIER_POS.has(t.pos) || scan.is('title-modifier', i);
}

/** A title atom at token i. */
export function titleAt(scan: SentenceScanner, i: number): TitleLink | null {
  const a = scan.atomAt(i);
  return a && a.target.type === 'title' ? { atom: a, title: a.target.title, plural: a.target.plural } : null;
}

/**
 * A country (name, demonym, capital) or organisation that can qualify a role, and the token
 * after it (past "'s" and a parenthesised acronym). Before the role (`prefix`) a name needs a
 * possessive or must touch the role; after "of" any name will do, a demonym will not.
 */
export function qualifierAt(scan: SentenceScanner, i: number, prefix: boolean): { qualifier: Qualifier; next: number } | null {
  const a = scan.atomAt(i);
  if (!a) return null;
  let iso3: string | null = null;
  let org: OrgDef | null = null;
  let person: PersonDef | null = null;
  let capital = false;
  let rule: string;
  if (a.target.type === 'country') {
    const form = a.target.form;
    if (form === 'plural' || (!prefix && form === 'demonym')) return null;
    iso3 = a.target.iso3;
    capital = form === 'capital';
    rule = a.target.id;
  } else if (a.target.type === 'org') {
    org = a.target.org;
    iso3 = org.country;
    rule = org.id;
  } else if (a.target.type === 'person' && prefix) {
    person = a.target.person;
    iso3 = person.country;
    rule = person.id;
  } else {
    return null;
  }
  let next = a.end;
  if (!a.possessive && (scan.lower(next) === "'s" || scan.lower(next) === "'")) next++;
  const acr = parensAcronym(scan, next);
  const qualifier: Qualifier = { start: i, end: a.end, iso3, org, person, capital, rule };
  if (acr) {
    qualifier.acronym = acr.text;
    next = acr.next;
  }
  return { qualifier, next };
}

/** Capitalised words and titles joined by "and": "Foreign Affairs and Defence", "Prime Minister". */
export function nameWords(scan: SentenceScanner, i: number): number {
  let k = i;
  while (k < scan.end) {
    const t = titleAt(scan, k);
    if (t) {
      k = t.atom.end;
      continue;
    }
    if (scan.capUnknown(k)) {
      k++;
      continue;
    }
    const tok = scan.token(k)!;
    const joins = k > i && (scan.capUnknown(k + 1) || titleAt(scan, k + 1) !== null);
    if (joins && (scan.lower(k) === 'and' || scan.lower(k) === '&')) {
      k++;
      continue;
    }
    if (joins && tok.text === '-' && !tok.spaceBefore && !scan.token(k + 1)!.spaceBefore) {
      k++;
      continue;
    }
    break;
  }
  return k;
}

/** Skip words that qualify a role without changing it: "the then", "senior", "two". */
/** Adverbs that join clauses or phrases, never modify a role: "Idlib as western leaders met" is no role of Idlib. */
const NOT_MODIFIERS = new Set(['as', 'so', 'also', 'still', 'even', 'only', 'just', 'now', 'too', 'when', 'while']);

export function skipModifiers(scan: SentenceScanner, i: number): number {
  let k = i;
  for (let n = 0; n < 3 && k < scan.end; n++) {
    const t = scan.token(k)!;
    const lowerCase = t.text === t.text.toLowerCase();
    const compound = titleAt(scan, k);
    if (compound && compoundModifier(scan, compound.atom.end)) {
      k = compound.atom.end + 2; // "Kenya's army-backed government": a compound modifier before the role
      continue;
    }
    if (titleAt(scan, k) || scan.atomAt(k)) break;
    if (scan.is('title-modifier', k) || (lowerCase && MODIFIER_POS.has(t.pos) && !NOT_MODIFIERS.has(t.lower))) {
      k++;
      const dash = scan.token(k);
      if (dash && dash.text === '-' && !dash.spaceBefore) k++; // "then-Prime Minister"
      continue;
    }
    break;
  }
  return k;
}
