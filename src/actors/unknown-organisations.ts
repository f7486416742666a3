/**
 * Organisations dyad does not know, read from their name: a capitalised name of two to seven
 * words whose last word before "of"/"for" is an organisation head (organisation-words.tsv):
 * "the Free Patriotic Army", "the National Union of Teachers", "the Human Rights Council of
 * Guyana", "the Supreme Council of the Armed Forces".
 *
 *   sector   the word of the name whose row comes first in the file ("Teachers" LAB), else
 *            the head's; a head marked "!" keeps its own ("Workers' Party" PTY); "armed"
 *            heads are REB, or MIL when the name states a country and no word says rebel
 *   country  a country word or demonym in the name ("of Guyana"), else by the policy of the
 *            row that gave the sector: "infer" the role chain (resolve.ts countryNotStated),
 *            "armed" a country named next in the sentence, "stated" none
 *   code     country + sector, the sector alone, the country alone, else UNK
 *
 * Known phrases win (a country, a known organisation or person at the start, a role the role
 * grammar reads there); sport and culture names ("Champions League") are read over and give no
 * mention. A later mention of the same name in the article is the same actor
 * (`coref.org-name`). Used as well for names defined with an acronym (acronyms.ts) and for
 * names opened by a country word (groups.ts, `org.country-name`).
 */
import type { Evidence } from '../document/types.ts';
import { countryName } from './knowledge.ts';
import type { OrgCountryPolicy, OrgWordRow } from './lexicon.ts';
import { remember, type Ctx, type Step } from './mentions.ts';
import { isCapitalised } from './normalise.ts';
import { countryNotStated, evidence, makeMention, tokenText } from './resolve.ts';
import { DETERMINERS, parseRole, placeAt } from './roles.ts';
import { registerAcronym } from './acronyms.ts';
import { parensAcronym, type SentenceScanner } from './scanner.ts';
import type { Actor } from './state.ts';

const MIN_WORDS = 2;
const MAX_WORDS = 7;
/** Parts of speech that never start or continue a name, even capitalised ("The", "If", "And"). */
const FUNCTION_POS = new Set(['PUNCT', 'NUM', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'ADP', 'AUX', 'PART', 'SYM']);
/** Kinds of known phrase that win over an unknown name starting with them. */
const KNOWN = new Set(['country', 'org', 'person', 'collective', 'block']);

export interface OrgName {
  start: number;
  end: number;
  /** The head token (last capitalised word before "of"/"for"). */
  head: number;
  /** A word of organisation-words.tsv `not-org` in the name: read over, no mention. */
  notOrg: OrgWordRow | null;
}

/** An all-capitals word of two letters or more that is no known phrase ("OPCW"). */
function unknownAcronym(scan: SentenceScanner, k: number): boolean {
  const t = scan.token(k)!.text;
  return t.length >= 2 && /^[A-Z][A-Z0-9.&]+$/.test(t) && !scan.atomAt(k);
}

/** A name word: capitalised, not a function word or a month ("not-name"). */
function nameWord(scan: SentenceScanner, k: number): boolean {
  const t = scan.token(k);
  return !!t && isCapitalised(t.text) && !FUNCTION_POS.has(t.pos) && !scan.is('not-name', k);
}

/** "People 's", "Workers '": a possessive inside a name after a collective noun (organisation-words.tsv `possessive`). */
function innerPossessive(scan: SentenceScanner, k: number): boolean {
  const w = scan.lower(k);
  const owner = scan.lower(k - 1);
  return (w === "'s" || w === "'") && scan.kb.organisationWords.possessive.has(owner) && nameWord(scan, k + 1);
}

/**
 * The organisation name that starts at token i, or null. Pure: reads the sentence only.
 * Core: name words (with "and"/"&" between two of them, glued hyphens, inner possessives),
 * the last of which is a head; then "of"/"for" [the] + name words ("and"/"of" between them).
 */
export function organisationNameAt(scan: SentenceScanner, i: number): OrgName | null {
  const ow = scan.kb.organisationWords;
  if (scan.headline || !nameWord(scan, i)) return null;
  let k = i;
  let lastCap = -1;
  let words = 0;
  while (k < scan.end) {
    if (nameWord(scan, k)) {
      lastCap = k;
      words++;
      k++;
    } else if ((scan.lower(k) === 'and' || scan.lower(k) === '&') && k > i && nameWord(scan, k + 1)) {
      k++;
    } else if (scan.lower(k) === '-' && !scan.token(k)!.spaceBefore && nameWord(scan, k + 1) && !scan.token(k + 1)!.spaceBefore) {
      k++;
    } else if (innerPossessive(scan, k) && k > i) {
      k++;
    } else break;
  }
  if (lastCap < 0 || !ow.heads.has(scan.lower(lastCap))) return null;
  const head = lastCap;
  // "OPCW Executive Council": an organ of an organisation named by an acronym dyad does not know.
  for (let j = i; j < head; j++) if (unknownAcronym(scan, j)) return null;
  // "Illinois Republican and Air Force": a role word after "and" that ends the run is another name.
  for (let j = i + 1; j < head; j++) {
    const a = scan.lower(j) === 'and' || scan.lower(j) === '&' ? scan.atomAt(j + 1) : null;
    if (a && a.end > head && (a.target.type === 'title' || a.target.type === 'org')) return null;
  }
  let end = head + 1;
  const prep = scan.lower(end);
  if (prep === 'of' || prep === 'for') {
    let j = end + 1;
    if (scan.lower(j) === 'the') j++;
    let last = -1;
    while (j < scan.end) {
      if (nameWord(scan, j)) {
        last = j;
        words++;
        j++;
      } else if ((scan.lower(j) === 'and' || scan.lower(j) === 'of' || scan.lower(j) === '&') && last >= 0 && nameWord(scan, j + 1)) {
        j++;
      } else if (scan.lower(j) === 'of' && scan.lower(j + 1) === 'the' && last >= 0 && nameWord(scan, j + 2)) {
        j += 2; // "Front for the Liberation of the Northern Provinces"
      } else if (scan.lower(j) === '-' && last === j - 1 && nameWord(scan, j + 1) && !scan.token(j)!.spaceBefore) {
        j++;
      } else break;
    }
    // "the Central Bank of the West African nation": the words after "of" qualify a common noun.
    const next = scan.token(last + 1);
    const adjective = last >= 0 && (scan.is('region', last) || scan.atomAt(last)?.target.type === 'country');
    if (last >= 0 && !(adjective && next && next.pos === 'NOUN' && !isCapitalised(next.text))) end = last + 1;
  }
  if (words < MIN_WORDS || words > MAX_WORDS) return null;
  let notOrg: OrgWordRow | null = null;
  for (let j = i; j < end && !notOrg; j++) notOrg = ow.notOrg.get(scan.lower(j)) ?? null;
  return { start: i, end, head, notOrg };
}

/**
 * "the Umma (Nation) party", "the Wafd party": one to three name words, maybe glossed in brackets, then
 * a head word whose row keeps its sector ("!", a party) in any case. Names of two capitalised words or
 * more ("Umma Party") are organisationNameAt's; `not-org` words still make no actor ("Christmas party").
 */
function partyName(scan: SentenceScanner, i: number): OrgName | null {
  let k = i;
  while (k < scan.end && k - i < 3 && nameWord(scan, k) && !scan.atomAt(k)) k++;
  if (k === i) return null;
  const words = k;
  // "an Islamist party", "a Kurdish party", "the Arab parties": a description, not a name.
  let described = true;
  for (let j = i; j < words && described; j++) described = scan.is('ethnic', j) || scan.is('region', j);
  if (described) return null;
  if (scan.lower(k) === '(' && nameWord(scan, k + 1)) {
    let g = k + 1; // "(Nation)": a translation of the name
    while (g < scan.end && g - k <= 3 && nameWord(scan, g)) g++;
    if (scan.lower(g) === ')') k = g + 1;
  }
  const head = scan.kb.organisationWords.heads.get(scan.lower(k));
  if (!head?.fixed || head.sector !== 'PTY' || (k === words && isCapitalised(scan.token(k)!.text))) return null;
  let notOrg: OrgWordRow | null = null;
  for (let j = i; j < words && !notOrg; j++) notOrg = scan.kb.organisationWords.notOrg.get(scan.lower(j)) ?? null;
  return { start: i, end: k + 1, head: k, notOrg };
}

export interface OrgSector {
  sector: string | null;
  policy: OrgCountryPolicy;
  /** The row and word that decided. */
  row: OrgWordRow | null;
  word: string;
}

/**
 * The sector of the name at [start, end) with head `head`: the word whose row comes first in
 * organisation-words.tsv, unless the head keeps its own; "armed" is REB, or MIL for a name that
 * states a country.
 */
export function organisationSector(scan: SentenceScanner, start: number, end: number, head: number, statedCountry: boolean): OrgSector {
  const ow = scan.kb.organisationWords;
  const h = ow.heads.get(scan.lower(head)) ?? null;
  let decided: OrgSector = { sector: h?.sector ?? null, policy: h?.country ?? 'stated', row: h, word: scan.token(head)!.text };
  const armed = h?.sector === 'armed';
  if (!h?.fixed) {
    let best: { row: OrgWordRow; k: number } | null = null;
    for (let k = start; k < end; k++) {
      const w = k === head ? undefined : ow.words.get(scan.lower(k));
      // An armed body takes only a rebel word from its name: "People's Defence Forces" are no army of the article's country.
      if (w && w.beforeHead && k > head) continue; // "... Sovereign State of Biafra": no state body
      if (w && isCapitalised(scan.token(k)!.text) && (!armed || w.sector === 'REB') && (!best || w.rank < best.row.rank)) best = { row: w, k };
    }
    if (best) decided = { sector: best.row.sector, policy: best.row.country!, row: best.row, word: scan.token(best.k)!.text };
  }
  if (decided.sector === 'armed') {
    // "Defence Force", "International Security Assistance Force": an army, of no country the text states.
    let military = false;
    for (let k = start; k < end && !military; k++) military = ow.words.get(scan.lower(k))?.sector === 'MIL' || ow.noCountry.has(scan.lower(k));
    if (statedCountry) decided = { ...decided, sector: 'MIL', policy: 'infer' };
    else if (military) decided = { ...decided, sector: 'MIL', policy: 'stated' };
    else decided = { ...decided, sector: 'REB', policy: 'armed' };
  }
  return decided;
}

/** The first country word or demonym inside [start, end); a capital or region only after the head ("Kabul University" is no Afghan state body). */
export function countryInName(scan: SentenceScanner, start: number, end: number, head = end): { iso3: string; rule: string; text: string } | null {
  for (let k = start; k < end; k++) {
    const a = scan.atomAt(k);
    // After the head a capital or region is where the body is ("United Bus Company of Tehran"); before it, another name's word.
    const place = a?.target.type === 'country' && (a.target.form === 'capital' || a.target.form === 'place');
    if (a && a.end <= end && a.target.type === 'country' && (!place || k > head)) {
      return { iso3: a.target.iso3, rule: a.target.id, text: tokenText(scan.doc, a.start, a.end) };
    }
    if (a) k = a.end - 1;
  }
  return null;
}

/**
 * The actor of an organisation named at [start, nameEnd) with head `head`, and its evidence
 * after the first line (which the caller writes: `org.unknown-name`, `org.acronym-definition`,
 * `org.country-name`). `opposition`: the text calls it the opposition (a party is then OPP).
 */
export function organisationActor(
  ctx: Ctx,
  start: number,
  nameEnd: number,
  head: number,
  opts: { opposition?: boolean; after?: number; located?: { iso3: string; text: string }; owner?: { iso3: string; rule: string; text: string } } = {},
): { actor: Actor; evidence: Evidence[]; note: string } {
  const { scan, state } = ctx;
  const name = tokenText(scan.doc, start, nameEnd);
  const stated = countryInName(scan, start, nameEnd, head) ?? opts.owner ?? null;
  let s = organisationSector(scan, start, nameEnd, head, !!stated);
  const ev: Evidence[] = [];
  if (s.row) ev.push(evidence(s.row.id, s.word, s.sector ? `sector ${s.sector} from "${s.word}"` : `"${s.word}": no sector`));
  if (opts.opposition && (s.sector === null || s.sector === 'PTY')) {
    s = { ...s, sector: 'OPP', policy: 'infer' }; // an opposition is some country's
    ev.push(evidence('org.opposition', name, 'called the opposition in the text: sector OPP'));
  }
  let iso3: string | null = stated?.iso3 ?? null;
  const several = stated ? -1 : severalCountries(scan, start, nameEnd);
  if (stated) ev.push(evidence(stated.rule, stated.text, `country from "${stated.text}" ${stated === opts.owner ? 'before' : 'in'} the name`));
  else if (several >= 0 && ((opts.located && severalCountries(scan, start, nameEnd, false) >= 0) || (!opts.located && s.policy !== 'stated' && s.sector !== null))) {
    ev.push(evidence('context.region', name, `"${scan.token(several)!.text}" in the name: of a region, several countries or a people, not of one country: country not inferred`));
  } else if (opts.located && s.sector !== 'MIL') {
    // "the Association of Tibetan Lawyers in India": located like a group (role.location); armies serve abroad.
    iso3 = opts.located.iso3;
    ev.push(evidence('role.location', opts.located.text, `${name} located in ${countryName(scan.kb, iso3) ?? iso3}: coded with that country`));
  } else if (s.policy !== 'stated' && s.sector !== null) {
    const inferred = countryNotStated(scan, state, name, opts.after ?? nameEnd, s.policy === 'armed');
    iso3 = inferred.country;
    ev.push(inferred.evidence);
  }
  const code = (iso3 ?? '') + (s.sector ?? '') || 'UNK';
  const kind = s.sector === 'REB' ? 'group' : 'organisation';
  const actor: Actor = { code, name, country: iso3, sector: s.sector, kind };
  const whose = iso3 ? `${countryName(scan.kb, iso3) ?? iso3}` : 'no country';
  const note = `organisation not in the lexicon: ${s.sector ?? 'no sector'}, ${whose}; code ${code}`;
  return { actor, evidence: ev, note };
}

/**
 * A word of the name that makes it of no one country ("International", "Arab", "Kurdish"), or -1.
 * `people`: an ethnic word only (a place after the name still locates such a body: "Association
 * of Tibetan Lawyers in India"; an international one meets there, it does not live there).
 */
function severalCountries(scan: SentenceScanner, start: number, end: number, people = true): number {
  for (let k = start; k < end; k++) {
    if (scan.kb.organisationWords.noCountry.has(scan.lower(k)) || scan.is('region', k) || (people && scan.is('ethnic', k))) return k;
  }
  return -1;
}

/** A word of organisation-words.tsv `not-org` in [start, end) ("Barbados Football Association"). */
export function notOrganisation(scan: SentenceScanner, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (scan.kb.organisationWords.notOrg.has(scan.lower(k))) return true;
  return false;
}

/**
 * "the Council", "The Alliance" (capitalised, after "the", alone): the organisation named last in
 * the article whose name has that head ("the UN Security Council ... the Council expressed"),
 * known or not (`coref.org-head`). No such organisation: nothing.
 */
function organisationByHead(ctx: Ctx, at: number, from: number): Step | null {
  const { scan, out } = ctx;
  const t = scan.token(at);
  if (!t || scan.headline || scan.lower(at - 1) !== 'the' || !scan.kb.organisationWords.heads.has(scan.lower(at))) return null;
  if (nameWord(scan, at + 1) || ((scan.lower(at + 1) === 'of' || scan.lower(at + 1) === 'for') && nameWord(scan, at + 2))) return null;
  if (scan.atomAt(at)) return null; // "the Army", "the Court": role words keep their own reading
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (m.kind !== 'organisation' && m.kind !== 'igo' && m.kind !== 'group') continue;
    const words = m.text.split(/[\s(]+/);
    const names = m.name.split(/\s+/);
    if (!words.includes(t.text) && !names.includes(t.text)) continue;
    const actor: Actor = { code: m.code, name: m.name, country: m.country, sector: m.sector, kind: m.kind };
    const sentence = scan.doc.sentences.findIndex((s) => s.tokenStart <= m.tokenStart && m.tokenStart < s.tokenEnd);
    const mention = makeMention(scan.doc, from, at + 1, actor, [evidence('coref.org-head', tokenText(scan.doc, from, at + 1), `the last organisation named with "${t.text}": "${m.text}" (sentence ${sentence + 1})`)]);
    remember(ctx, mention, actor);
    return { end: at + 1, mention };
  }
  return null;
}

/** Token keys of a name, for later mentions of it ("the" and case aside). */
function nameKey(scan: SentenceScanner, start: number, end: number): string {
  const keys: string[] = [];
  for (let k = start; k < end; k++) keys.push(scan.lower(k));
  return keys.join(' ');
}

/**
 * The step of the actor stage (mentions.ts): an unknown organisation named at token i, maybe
 * after "opposition" ("the opposition Democratic Alliance").
 */
export function unknownOrganisationName(ctx: Ctx, i: number): Step | null {
  const { scan, state } = ctx;
  // "the", "the main opposition": read here, before the role grammar takes "the opposition" alone.
  let p = i;
  // "Zambia's main opposition Democratic Alliance": the country whose opposition it is.
  const owner = possessiveCountry(scan, i);
  if (owner) p = owner.end;
  else if (DETERMINERS.has(scan.lower(p))) p++;
  if (scan.lower(p + 1) === 'opposition' && scan.token(p)?.pos === 'ADJ' && !nameWord(scan, p)) p++; // "main", "largest"
  const opposition = scan.lower(p) === 'opposition' && (owner !== null || !nameWord(scan, p - 1)) && !scan.headline;
  if (owner && !opposition) return null;
  const at = opposition ? p + 1 : p;
  if (!nameWord(scan, at) || (at === i && nameWord(scan, i - 1) && !ordinaryOpening(scan, i - 1))) return null;
  if (ordinaryOpening(scan, at) && scan.token(at)!.pos !== 'ADJ') return null; // "Protesting National Union members"
  const from = owner ? i : opposition ? p : at; // the mention: "opposition National Party", not "the main"
  const found = organisationNameAt(scan, at) ?? partyName(scan, at);
  if (!found) return opposition || owner ? null : organisationByHead(ctx, at, from);
  let { end, head } = found;
  // "the Popular Force party": a lower-case organisation noun after the name says what it is.
  const generic = scan.token(end);
  if (generic && !isCapitalised(generic.text) && scan.kb.organisationWords.heads.has(scan.lower(end))) head = end++;
  const a = scan.atomAt(at);
  if (a && KNOWN.has(a.target.type)) return null; // a country, known organisation or person begins it: theirs
  for (let k = at; k < end; k++) if (scan.known.size && scan.known.at(scan.keys, k, scan.end)) return null; // the user's dictionary names it
  for (let k = at + 1; k < end; k++) {
    const b = scan.atomAt(k);
    if (b && b.target.type === 'org' && b.end >= head + 1) return null; // "... Islamic State": a known name ends it
  }
  if (found.notOrg) return { end }; // "Champions League": read over, no actor
  const acronym = parensAcronym(scan, end);
  if (acronym && from > i) return { end: from }; // "the Human Rights Foundation (HF)": the acronym step reads it at its first word
  const key = nameKey(scan, at, end);
  const before = state.organisations.get(key);
  if (before) {
    const actor = { ...before.actor };
    const m = makeMention(scan.doc, from, end, actor, [evidence('coref.org-name', tokenText(scan.doc, at, end), `same organisation as "${before.text}" (sentence ${before.sentence + 1})`)]);
    remember(ctx, m, actor);
    return { end, mention: m };
  }
  // A role the role grammar reads here wins: its role words end the name ("Interior Ministry",
  // "Opposition Party", "Constitutional Court").
  const role = opposition ? null : parseRole(scan, at);
  if (role && role.start === at && role.chain.some((l) => l.atom.start <= head && l.atom.end > head)) return null;
  const name = tokenText(scan.doc, at, end);
  const members = acronym ? null : membersAfter(scan, end);
  let stop = acronym?.next ?? members?.end ?? end;
  const place = locatedAt(scan, stop);
  const r = organisationActor(ctx, at, end, head, { opposition, located: place ?? undefined, owner: owner ?? ownerBefore(ctx, from) ?? undefined });
  if (place && r.actor.country === place.iso3 && r.evidence.some((e) => e.rule === 'role.location')) stop = place.end;
  const ev = [evidence('org.unknown-name', name, r.note), ...r.evidence];
  if (members) ev.push(evidence(members.rule, members.text, `of the ${name}: coded as the organisation`));
  const m = makeMention(scan.doc, from, stop, r.actor, ev);
  remember(ctx, m, r.actor);
  state.organisations.set(key, { actor: r.actor, text: name, sentence: scan.sentence.index });
  if (acronym) registerAcronym(ctx, acronym.text, at, end, r.actor);
  return { end: stop, mention: m };
}

/** "Saddam Hussein's Ba'ath Party": the actor mentioned right before, in the possessive, gives its country. */
function ownerBefore(ctx: Ctx, at: number): { iso3: string; rule: string; text: string } | null {
  const { scan, out } = ctx;
  const last = out[out.length - 1];
  if (!last || !last.country || last.kind === 'collective') return null;
  const glued = last.tokenEnd === at && /['\u2019]s$/.test(last.text);
  const apart = last.tokenEnd === at - 1 && (scan.lower(at - 1) === "'s" || scan.lower(at - 1) === '\u2019s');
  if (!glued && !apart) return null;
  return { iso3: last.country, rule: 'org.owner', text: scan.doc.article.text.slice(last.span.start, scan.doc.tokens[at - 1].end) };
}

/** "Zambia's", "Zambia 's" at token i: a country (not a capital) owning what follows. */
function possessiveCountry(scan: SentenceScanner, i: number): { iso3: string; rule: string; text: string; end: number } | null {
  const a = scan.atomAt(i);
  if (!a || a.target.type !== 'country' || a.target.form === 'capital' || a.target.form === 'place') return null;
  const end = a.possessive ? a.end : scan.lower(a.end) === "'s" ? a.end + 1 : -1;
  if (end < 0) return null;
  return { iso3: a.target.iso3, rule: a.target.id, text: tokenText(scan.doc, a.start, end), end };
}

/** "in India", "based in Nairobi" after the name: the place that locates it (roles.ts placeAt). */
function locatedAt(scan: SentenceScanner, at: number): { iso3: string; end: number; rule: string; text: string } | null {
  let k = at;
  if (scan.lower(k) === 'based' || scan.lower(k) === 'operating') k++;
  if (!scan.is('located-prep', k) || scan.lower(k) === 'from') return null;
  const place = placeAt(scan, k + 1);
  if (!place || !place.iso3) return null;
  return { iso3: place.iso3, end: place.end, rule: place.rule, text: tokenText(scan.doc, at, place.end) };
}

/**
 * Role words right after the name that name its people ("officials", "leaders", "fighters",
 * "spokesman"): part of the mention, which stays the organisation. Not before a personal name
 * ("... Party leader Ana Ruiz" is a person the role grammar reads).
 */
function membersAfter(scan: SentenceScanner, end: number): { end: number; rule: string; text: string } | null {
  const role = parseRole(scan, end);
  if (!role || role.start !== end || role.qualifier || role.unknownQualifier || role.collective) return null;
  if (role.head.title.type === 'name' || nameWord(scan, role.end)) return null;
  return { end: role.end, rule: role.head.title.id, text: tokenText(scan.doc, role.chainStart, role.chainEnd) };
}

/** A capitalised first word of the sentence that is no name ("Protesting National Union members ..."). */
function ordinaryOpening(scan: SentenceScanner, k: number): boolean {
  return k === scan.start && scan.token(k)!.pos !== 'PROPN';
}
