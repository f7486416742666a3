/**
 * findMentions: one left-to-right pass over each sentence. At every token the recognisers are
 * tried in a fixed order, the first that matches consumes its tokens (so mentions never
 * overlap), and the article state learns from each mention for the sentences after it.
 *
 *   0. a dateline ("ISLAMABAD:", "ACCRA, June 2 -"): no actor, the article's home
 *   1. an unknown organisation defined with an acronym: "the East Turkestan Islamic Movement (ETIM)"
 *   2. an acronym defined earlier: "ETIM"
 *      (at a sentence start: a name after a title the splitter cut off, carried.ts)
 *   2b. an unknown organisation named without an acronym: "the National Union of Teachers"
 *   3. a role phrase, maybe with a name: "Russian Foreign Minister Sergei Lavrov", "Pakistan's Cabinet";
 *      "a spokesman for X" with the one it serves (principal.ts); "the two leaders" (a pair)
 *   4. a person named earlier: "Lavrov"; else a name in the actor dictionary; else a well-known person
 *   5. an unknown name with a role in apposition: "Cheng Guoping, State Commissioner ... of China"
 *   6. an ethnic group: "ethnic Albanians (in Serbia)"
 *   7. a lexicon phrase: country, demonym, capital, organisation, collective, blocked phrase
 */
import type { Document, Mention } from '../document/types.ts';
import { appositiveGroups } from './appositions.ts';
import { acronymDefinitions, acronymReference, registerAcronym, unknownOrganisation } from './acronyms.ts';
import { collectiveMention, tryAtom } from './atoms.ts';
import { carriedTitle } from './carried.ts';
import { dateline } from './dateline.ts';
import { ethnicGroup, organisationName } from './groups.ts';
import { isCapitalised } from './normalise.ts';
import type { ActorKnowledge } from './knowledge.ts';
import { tokenKey } from './normalise.ts';
import { afterOtherName, isNameToken, knownPerson as knownPersonRecord, knownPersonAt, lexiconPerson, nameRun, type NameRun } from './persons.ts';
import { aloneGroup, armedGroup, evidence, makeMention, personActor, resolveRole, roleSector, tokenText, type Resolved } from './resolve.ts';
import { ethnicQualifier, headIsNoun, parseRole, qualifierAt, titleAt, type Qualifier, type RoleParse } from './roles.ts';
import { SentenceScanner } from './scanner.ts';
import type { CollectiveDef, PersonDef } from './lexicon.ts';
import type { KnownActors } from './dictionary/known.ts';
import { dictionaryMention, knownEntryActor } from './dictionary/mention.ts';
import { unknownOrganisationName } from './unknown-organisations.ts';
import { ArticleState, type Actor, type Remembered } from './state.ts';
import { principalRole } from './principal.ts';
import { collectiveActor, memberNote, setMembers } from './collectives.ts';

/** What a recogniser found: tokens consumed and the mention, if the words make one. */
export interface Step {
  end: number;
  mention?: Mention;
}

export interface Ctx {
  scan: SentenceScanner;
  state: ArticleState;
  out: Mention[];
}

/** All actor mentions of a document, sorted by tokenStart, non-overlapping, each within one sentence. Pure. */
export function findMentions(doc: Document, kb: ActorKnowledge, known?: KnownActors): Mention[] {
  const keys = doc.tokens.map((t) => (t.lower.includes('\u2019') || t.lower.includes('\u2018') ? tokenKey(t.lower) : t.lower));
  const state = new ArticleState();
  const out: Mention[] = [];
  for (const sentence of doc.sentences) {
    const ctx: Ctx = { scan: new SentenceScanner(doc, kb, keys, sentence, known), state, out };
    const first = out.length;
    const defs = acronymDefinitions(ctx.scan);
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      const step =
        (i === sentence.tokenStart ? dateline(ctx, i) : null) ??
        (defs.size ? unknownOrganisation(ctx, defs, i) : null) ??
        acronymReference(ctx, i) ??
        (i === sentence.tokenStart ? carriedTitle(ctx, i) : null) ??
        unknownOrganisationName(ctx, i) ??
        roleMention(ctx, i) ??
        knownPerson(ctx, i) ??
        namedAppositive(ctx, i) ??
        ethnicGroup(ctx, i) ??
        tryAtom(ctx, i);
      if (step && step.end > i) {
        if (step.mention) out.push(step.mention);
        i = step.end;
      } else {
        i++;
      }
    }
    appositiveGroups(doc, out, first, state); // "Kurdish-led forces, the SDF, ..."
  }
  return out;
}

/** Record a mention in the article state (country counts, roles, persons, recency). */
export function remember(ctx: Ctx, m: Mention, actor: Actor, opts: { weight?: number; role?: RoleParse; name?: NameRun; newPerson?: boolean; inferred?: boolean } = {}): void {
  const { state, scan } = ctx;
  const sentence = scan.sentence.index;
  // News media credited for a story ("Reuters reported") say nothing about the article's country or actors.
  if (actor.sector === 'MED' && actor.kind === 'organisation') return;
  if (actor.country && actor.kind !== 'collective') state.countCountry(actor.country, opts.weight ?? 1);
  const entry: Remembered = { actor, text: m.text, sentence, tokenEnd: m.tokenEnd, ...(opts.role ? { head: opts.role.head.title.id } : {}), ...(opts.inferred ? { inferred: true } : {}) };
  if (actor.kind !== 'collective') state.recent.push(entry);
  if (opts.role && actor.country) {
    for (const link of opts.role.chain) if (link.title.sector !== null) state.roles.set(link.title.id, entry);
  }
  if (opts.name && opts.newPerson) state.addPerson({ ...entry, text: opts.name.text, keys: opts.name.keys });
}

/** "both navies", "the two foreign ministers": a plural role of each of the article's two countries. */
const PAIR_ROLE: CollectiveDef = { id: 'collective.pair-role', words: [], members: 'country', count: 2, sector: null };

function pairRole(ctx: Ctx, i: number): Step | null {
  const { scan } = ctx;
  const at = scan.lower(i) === 'both' ? i + 1 : scan.lower(i) === 'the' && scan.lower(i + 1) === 'two' ? i + 2 : -1;
  if (at < 0) return null;
  const role = parseRole(scan, at);
  if (!role || role.start !== at || !role.head.plural || role.qualifier || role.unknownQualifier || role.collective) return null;
  const t = role.head.title.type;
  if (t !== 'person' && t !== 'body' && t !== 'peer') return null; // "both refugees" are no pair of states
  const ev = role.chain.map((l) => evidence(l.title.id, tokenText(scan.doc, l.atom.start, l.atom.end)));
  if (t !== 'body') {
    // "Theresa May met Angela Merkel ... The two leaders": the two persons just named, with their own countries.
    const persons = personPair(ctx.state, scan.sentence.index);
    if (persons) {
      const actors = persons.map((p) => p.actor);
      const m = makeMention(scan.doc, i, role.end, collectiveActor(actors), [evidence(PAIR_PERSONS, tokenText(scan.doc, i, role.end), memberNote(actors)), ...ev]);
      setMembers(m, persons.map((p) => ({ actor: p.actor, evidence: evidence('collective.member', p.text, `antecedent in sentence ${p.sentence + 1}`) })));
      return { end: role.end, mention: m };
    }
  }
  return collectiveMention(ctx, i, role.end, PAIR_ROLE, roleSector(role), ev);
}

const PAIR_PERSONS = 'collective.pair-persons';

/** The last two distinct persons named in this sentence or the two before it, in the order named; else null. */
function personPair(state: ArticleState, sentence: number): Remembered[] | null {
  const found: Remembered[] = [];
  for (let k = state.recent.length - 1; k >= 0 && found.length < 2; k--) {
    const r = state.recent[k];
    if (r.sentence < sentence - 2) break;
    if (r.actor.kind !== 'person' || found.some((f) => f.actor.name === r.actor.name)) continue;
    found.push(r);
  }
  return found.length === 2 ? found.reverse() : null;
}

function roleMention(ctx: Ctx, i: number): Step | null {
  const { scan, state } = ctx;
  const pair = pairRole(ctx, i);
  if (pair) return pair;
  const role = parseRole(scan, i);
  if (!role) return null;
  if (!role.qualifier && !role.unknownQualifier) role.qualifier = ownerBefore(ctx, i);
  // "Serbian Workers' Union": the role words are inside the name of an organisation (groups.ts).
  const q = role.qualifier;
  if (q && !q.org && !q.person && q.start === role.start && !scan.headline && isCapitalised(scan.token(role.chainEnd - 1)!.text)) {
    const qa = scan.atomAt(q.start);
    const org = qa && organisationName(ctx, qa);
    if (org && org.end > role.end) return null;
  }
  const headTitle = role.head.title;
  const person = (headTitle.type === 'person' || headTitle.type === 'name' || headTitle.type === 'peer') && !role.head.plural;
  // "at the Governor House": a building named after an office.
  const after = scan.lower(role.end) === "'s" ? role.end + 1 : role.end; // "King's College"
  if (person && !role.qualifier && scan.is('building', after) && role.end === role.chainEnd) return { end: after + 1 };
  let name: NameRun | null = null;
  let end = role.end;
  if (person && !role.head.atom.possessive) {
    name = nameRun(scan, end, true);
    if (!name && scan.lower(end) === ',') {
      // "Qatar's emir, Sheikh Hamad bin Khalifa": a name, maybe after an honorific, in apposition.
      const hon = titleAt(scan, end + 1);
      const at = hon && hon.title.type === 'name' ? hon.atom.end : end + 1;
      const after = nameRun(scan, at, at > end + 1);
      // One word will do when it names a person already known and a comma closes it ("the president, Erdogan,").
      // Never after "according to": "According to an official, Trump agreed" is a clause, not an apposition.
      const oneWord = after && after.keys.length < 2 && at === end + 1;
      const known = after && (!oneWord || ([',', ')'].includes(scan.lower(after.end)) && knownName(ctx, after)));
      if (after && known && !accordingTo(scan, role.start) && closesApposition(scan, after.end)) name = after;
    }
    const host = scan.atomAt(end + 1);
    if (!name && scan.lower(end) === 'to' && host?.target.type === 'country') {
      const after = nameRun(scan, host.end); // "Ambassador to Pakistan Yao Jing"
      if (after) {
        name = after;
        const iso3 = host.target.iso3;
        state.countCountry(iso3, 1); // the host country is named, though inside the mention
        const actor = { code: iso3, name: scan.kb.countries.get(iso3)?.name ?? iso3, country: iso3, sector: null, kind: 'state' as const };
        state.recent.push({ actor, text: tokenText(scan.doc, host.start, host.end), sentence: scan.sentence.index });
      }
    }
    if (name) end = name.end;
    // "King Fahd Hospital", "in Sheikh Maqsood": a place named after a person.
    if (name && !role.qualifier && (scan.is('building', end) || (headTitle.type === 'name' && role.chain.length === 1 && scan.is('place-prep', role.start - 1)))) {
      return { end: scan.is('building', end) ? end + 1 : end };
    }
    // "King Hassan of Morocco", "Secretary-General Kofi Annan of the United Nations".
    if (name && !role.qualifier && scan.lower(end) === 'of') {
      const of = qualifierAt(scan, scan.lower(end + 1) === 'the' ? end + 2 : end + 1, false);
      if (of && of.next === of.qualifier.end && !scan.atomAt(of.qualifier.start)?.possessive) {
        role.qualifier = of.qualifier;
        end = of.next;
      }
    }
  }
  // Without a name to confirm it, the role word must be a noun: "an official visit" is no official.
  if (!name && (!headIsNoun(scan, role) || modifier(scan, role))) return null;
  if (role.collective && role.collective.target.type === 'collective' && !role.qualifier) {
    return collectiveMention(ctx, role.start, role.end, role.collective.target.collective, roleSector(role), [
      ...role.chain.map((l) => evidence(l.title.id, tokenText(scan.doc, l.atom.start, l.atom.end))),
    ]);
  }
  if (headTitle.type === 'name' && !name) return null; // "General", "Justice" without a name
  const served = name ? null : principalRole(ctx, role, principalStep); // "a spokesman for Erdogan", "an aide to the president of Iran"
  if (served) return served;
  if (!role.qualifier && !name) {
    // "militants", "counterpart": only with a country; armed groups ("Rebels attacked") may stand alone (resolve.ts).
    // "opposition supporters": backers after the role word of whom they back are of its country (words.tsv `backs`).
    const backers = role.chain.length > 1 && scan.is('backs', role.head.atom.end - 1);
    if ((headTitle.type === 'group' && !backers && !aloneGroup(role) && !ethnicQualifier(scan, role)) || headTitle.type === 'peer') return skipWords(role);
    // "in the Senate", "at the Foreign Office": a place.
    if (headTitle.type === 'body' && scan.is('place-prep', i - 1)) return { end: role.end };
    // "doctors from two Swiss aid groups", "teachers of a Kenyan school": whose they are follows; no article country
    if (headTitle.type === 'local' && role.end === end && (scan.lower(end) === 'from' || scan.lower(end) === 'of')) return null;
  }
  const resolved = resolveRole(scan, state, role, name);
  // "Christian pilgrims", "students" with no country to belong to: a group of people needs one, as above.
  // ("NATO peacekeeping troops", "UN peacekeepers", "the UN war crimes court": an international organisation's own forces and courts belong to it.)
  const ofOrganisation = (headTitle.sector === 'MIL' || headTitle.sector === 'COP' || headTitle.sector === 'JUD') && role.qualifier !== null && scan.atomAt(role.qualifier.start)?.target.type === 'org';
  if ((headTitle.type === 'group' || headTitle.type === 'local') && !aloneGroup(role) && !name && resolved.actor.country === null && !ofOrganisation) return skipWords(role);
  return emitRole(ctx, role.start, end, role, name, resolved);
}

/** Who a spokesman or an aide serves (principal.ts): a role, a person, an organisation or a country at token j. */
function principalStep(ctx: Ctx, j: number): Step | null {
  return roleMention(ctx, j) ?? knownPerson(ctx, j) ?? tryAtom(ctx, j);
}

/**
 * "Syrian President Omar Haddad's forces": a person just mentioned, in the possessive right before
 * the role, states whose the role is (rule `role.owner`), as a listed person's name does ("Assad's forces").
 */
function ownerBefore(ctx: Ctx, i: number): Qualifier | null {
  const { scan, out } = ctx;
  const prev = out[out.length - 1];
  if (!prev || prev.kind !== 'person' || !prev.country) return null;
  const glued = prev.tokenEnd === i && /['’]s?$/.test(scan.token(i - 1)?.text ?? '');
  const apart = prev.tokenEnd === i - 1 && (scan.lower(i - 1) === "'s" || scan.lower(i - 1) === "'");
  if (!glued && !apart) return null;
  return { start: prev.tokenStart, end: prev.tokenEnd, iso3: prev.country, org: null, person: null, capital: false, rule: 'role.owner' };
}

/** A role of several words that is no actor ("aid workers"): its words are passed over, so "workers" is not read again. */
function skipWords(role: RoleParse): Step | null {
  return role.head.atom.end - role.head.atom.start > 1 ? { end: role.end } : null;
}

/** Sectors of a political office, whose former holders are elites (ELI); a former soldier is no elite. */
const OFFICE_SECTORS = new Set(['GOV', 'LEG', 'JUD']);
const FORMER = new Set(['former', 'ex', 'ousted', 'deposed', 'toppled', 'exiled', 'retired', 'erstwhile', 'overthrown']);

/** "Former" or "ousted" as the first word of a role mention starting at `start`, or right before it. */
function formerWord(scan: SentenceScanner, start: number): string | null {
  const t = [scan.doc.tokens[start - 1], scan.doc.tokens[start]].find((x) => x && FORMER.has(x.lower));
  return t ? t.text : null;
}

export function emitRole(ctx: Ctx, start: number, end: number, role: RoleParse, name: NameRun | null, r: Resolved): Step {
  const { scan } = ctx;
  let stop = end;
  const ev = r.evidence;
  let actor = r.actor;
  // ", the veteran diplomat" after a person's name belongs to the mention.
  if (name) {
    const app = apposition(scan, stop);
    if (app) {
      ev.push(evidence('person.appositive', tokenText(scan.doc, app.start, app.end)));
      if (!r.explicit && app.qualifier) {
        const better = resolveRole(scan, ctx.state, app, name);
        actor = { ...better.actor, name: actor.name };
        ev.push(...better.evidence.filter((e) => e.rule !== 'person.name'));
      }
      stop = app.end;
    }
  }
  if (role.qualifier?.acronym) registerAcronym(ctx, role.qualifier.acronym, role.qualifier.start, role.qualifier.end);
  const former = formerWord(scan, start);
  if (former && actor.sector && OFFICE_SECTORS.has(actor.sector)) {
    // "ousted president Aristide", "a former army chief": one who held office is one of the elite, no longer the state
    actor = { ...actor, code: (actor.country ?? '') + 'ELI', sector: 'ELI' };
    ev.push(evidence('role.former', former));
  }
  const m = makeMention(scan.doc, start, stop, actor, ev);
  remember(ctx, m, actor, { weight: r.explicit && actor.sector ? 2 : 1, role, name: name ?? undefined, newPerson: !!name && !r.known, inferred: ev.some((e) => /^(context|coref)\./.test(e.rule)) });
  return { end: stop, mention: m };
}

/**
 * A singular role word used as a modifier: "the rebel Revolutionary United Front" (a group word
 * before a name), "an official Syrian newspaper" (before a demonym). Before a common noun the
 * group stays: "a refugee camp", "guerrilla bases" stand for the group.
 */
function modifier(scan: SentenceScanner, role: RoleParse): boolean {
  if (role.head.plural || role.end !== role.chainEnd) return false;
  const next = scan.token(role.end);
  if (!next) return false;
  if (role.head.title.type === 'group' || role.head.title.type === 'local') return next.pos === 'PROPN' && isCapitalised(next.text);
  const a = scan.atomAt(role.end);
  return role.head.title.sector === null && a?.target.type === 'country' && a.target.form === 'demonym';
}

/** A role in apposition after a name: ", the veteran diplomat", ", Russia's foreign minister". */
function apposition(scan: SentenceScanner, at: number): RoleParse | null {
  if (scan.lower(at) !== ',') return null;
  const role = parseRole(scan, at + 1);
  if (!role || !['person', 'name', 'peer'].includes(role.head.title.type) || role.head.plural) return null;
  if (isNameToken(scan, role.end)) return null; // ", President Putin and ..." is a list
  return role;
}

/** "according to (a senior) ROLE": the role ends a phrase; a name after its comma opens the clause. */
function accordingTo(scan: SentenceScanner, start: number): boolean {
  let k = start - 1;
  while (k > scan.start && start - k <= 4 && scan.lower(k) !== 'to') k--;
  return scan.lower(k) === 'to' && scan.lower(k - 1) === 'according';
}

/** A name run that names a person the article, the dictionary or people.tsv already knows. */
function knownName(ctx: Ctx, run: NameRun): boolean {
  return !!(knownPersonRecord(ctx.state, run) ?? knownEntryActor(ctx.scan, run.keys) ?? lexiconPerson(ctx.scan.kb, run));
}

/** After an appositive name: a comma, "and", a closing bracket, a verb or the sentence end. */
function closesApposition(scan: SentenceScanner, i: number): boolean {
  const t = scan.token(i);
  if (!t) return true;
  return [',', 'and', ')', '.', ';', ':'].includes(t.lower) || t.pos === 'VERB' || t.pos === 'AUX';
}

function knownPerson(ctx: Ctx, i: number): Step | null {
  const { scan } = ctx;
  const found = knownPersonAt(scan, ctx.state, i);
  if (!found) return dictionaryMention(ctx, i) ?? famousPerson(ctx, i);
  const { record, how } = found;
  const text = tokenText(scan.doc, i, found.end);
  const ev = [evidence(how, text, `same person as "${record.text}" (sentence ${record.sentence + 1})`)];
  let stop = found.end;
  const app = apposition(scan, stop);
  if (app) {
    ev.push(evidence('person.appositive', tokenText(scan.doc, app.start, app.end)));
    stop = app.end;
  }
  const actor = { ...record.actor };
  const m = makeMention(scan.doc, i, stop, actor, ev);
  remember(ctx, m, actor);
  const listed = scan.kb.people.get(record.keys.join(' '));
  if (listed) rememberOffices(ctx, listed, actor, m.text);
  return { end: stop, mention: m };
}

/** A well-known person from people.tsv: "Vladimir Putin", "Putin". Later surnames follow it. */
function famousPerson(ctx: Ctx, i: number): Step | null {
  const { scan } = ctx;
  const a = scan.atomAt(i);
  if (!a || a.target.type !== 'person') return null;
  const p = a.target.person;
  // A lone surname inside a longer name is somebody else: "Ivanka Trump", "Abbas Araghchi".
  if (a.end - a.start === 1 && (isNameToken(scan, i - 1) || afterOtherName(scan, i) || (!a.possessive && isNameToken(scan, a.end)))) return null;
  // ... or a part of the name of someone already in the article.
  if (a.end - a.start === 1 && ctx.state.persons.some((r) => r.keys.includes(scan.lower(i)) && r.actor.code !== p.code)) return null;
  const text = tokenText(scan.doc, a.start, a.end);
  const ev = [evidence(p.id, text, 'known person (people.tsv)')];
  let stop = a.end;
  const app = apposition(scan, stop);
  if (app) {
    ev.push(evidence('person.appositive', tokenText(scan.doc, app.start, app.end)));
    stop = app.end;
  }
  const actor = personActor(p);
  const m = makeMention(scan.doc, i, stop, actor, ev);
  const full = nameRun(scan, i);
  remember(ctx, m, actor, full && full.end === a.end ? { name: { ...full, text: p.names[0] }, newPerson: true } : {});
  rememberOffices(ctx, p, actor, m.text);
  return { end: stop, mention: m };
}

/** A listed person's offices (people.tsv): "the president" after "Putin said" refers back to him (coref.role). */
function rememberOffices(ctx: Ctx, p: PersonDef, actor: Actor, text: string): void {
  if (!actor.country) return;
  for (const office of p.offices) ctx.state.roles.set(office, { actor, text, sentence: ctx.scan.sentence.index });
}

/** "Cheng Guoping, State Commissioner for ... of China": unknown name, then a role. */
function namedAppositive(ctx: Ctx, i: number): Step | null {
  const { scan } = ctx;
  if (!isNameToken(scan, i)) return null;
  const name = nameRun(scan, i);
  if (!name || name.keys.length < 2 || name.possessive) return null;
  const role = apposition(scan, name.end);
  if (!role) return null;
  // "Ali Bora, an aide to the president of Iran,": the person takes the country of the one served.
  const served = principalRole(ctx, role, principalStep);
  if (served?.mention) {
    const s = served.mention;
    const actor: Actor = { code: s.code, name: name.text, country: s.country, sector: s.sector, kind: 'person' };
    const m = makeMention(scan.doc, i, served.end, actor, [...s.evidence, evidence('person.name', name.text)]);
    remember(ctx, m, actor, { name, newPerson: true });
    return { end: served.end, mention: m };
  }
  const r = resolveRole(scan, ctx.state, role, name);
  r.evidence.push(evidence('person.appositive', tokenText(scan.doc, role.start, role.end)));
  if (role.qualifier?.acronym) registerAcronym(ctx, role.qualifier.acronym, role.qualifier.start, role.qualifier.end);
  const m = makeMention(scan.doc, i, role.end, r.actor, r.evidence);
  remember(ctx, m, r.actor, { weight: r.explicit ? 2 : 1, role, name, newPerson: !r.known });
  return { end: role.end, mention: m };
}

