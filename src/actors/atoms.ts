/**
 * Mentions made from one lexicon phrase: countries (names, demonyms, capitals), organisations,
 * collectives ("the two countries") and blocked phrases ("South America": no mention).
 *
 * Hyphenated compounds: "Pakistan-China talks" (a lower-case word follows) is one collective
 * mention of both countries; "China-Pakistan Economic Corridor" (a name continues) and prefixes
 * such as "US-led", "Iranian-backed", "anti-China" give no mention: the countries are not the
 * actors there.
 */
import { antecedents, collectiveActor, memberNote, setMembers } from './collectives.ts';
import { countryName } from './knowledge.ts';
import type { Evidence } from '../document/types.ts';
import type { CollectiveDef, OrgDef } from './lexicon.ts';
import { registerAcronym } from './acronyms.ts';
import { locatedPeople, organisationName, peopleAfterDemonym } from './groups.ts';
import { notOrganisation, organisationActor } from './unknown-organisations.ts';
import { remember, type Ctx, type Step } from './mentions.ts';
import { evidence, makeMention, roleSector, tokenText } from './resolve.ts';
import { COMPASS, headIsNoun, parseRole } from './roles.ts';
import { isCapitalised } from './normalise.ts';
import { parensAcronym, type Atom, type SentenceScanner } from './scanner.ts';
import type { Actor } from './state.ts';

export function tryAtom(ctx: Ctx, i: number): Step | null {
  const a = ctx.scan.atomAt(i);
  if (!a) return null;
  const t = a.target;
  switch (t.type) {
    case 'block': {
      // "Latin American leaders": the role belongs to the blocked phrase, not to anyone we code.
      const role = parseRole(ctx.scan, a.end);
      return { end: role && !role.qualifier && role.chainStart === a.end ? role.chainEnd : a.end };
    }
    case 'title':
      return null; // a role word the role grammar did not take: not an actor alone
    case 'person':
      return null; // people are read by the person step, before this one
    case 'collective':
      return collective(ctx, a, t.collective);
    case 'org':
      return organisation(ctx, a, t.org);
    case 'country':
      return country(ctx, a);
  }
}

function countryActor(ctx: Ctx, a: Atom): Actor {
  if (a.target.type !== 'country') throw new Error('not a country atom');
  const iso3 = a.target.iso3;
  const gov = a.target.form === 'capital';
  return { code: gov ? iso3 + 'GOV' : iso3, name: countryName(ctx.scan.kb, iso3) ?? iso3, country: iso3, sector: gov ? 'GOV' : null, kind: 'state' };
}

function country(ctx: Ctx, a: Atom): Step {
  const { scan } = ctx;
  const i = a.start;
  const form = a.target.type === 'country' ? a.target.form : 'name';
  if (gluedDash(scan, i - 1)) return { end: a.end }; // "anti-China", "pro-Pakistan"
  const chain: Atom[] = [a];
  let e = a.end;
  while (!chain[chain.length - 1].possessive && gluedDash(scan, e)) {
    const b = scan.atomAt(e + 1);
    if (!b || b.target.type !== 'country' || b.target.form === 'plural') break;
    chain.push(b);
    e = b.end;
  }
  if (chain.length >= 2) {
    if (!scan.headline && scan.capUnknown(e)) return { end: e }; // "China-Pakistan Economic Corridor"
    return hyphenCompound(ctx, chain);
  }
  if (gluedDash(scan, a.end)) return led(ctx, a, countryActor(ctx, a)) ?? { end: Math.min(scan.end, a.end + 2) }; // "Iranian-backed"
  const possessive = a.possessive || scan.lower(a.end) === "'s";
  // "in Kabul", "in the West Bank": the country as a place (events may take it as their target), not its government.
  const located = !possessive && afterPlacePrep(scan, i);
  if (form === 'place' && !located) return { end: a.end }; // "West Bank settlers": a region is an actor only as a place or a group's qualifier
  const asPlace = form === 'place' || (form === 'capital' && located);
  if (form === 'capital' && scan.is('building', i - 1) && isCapitalised(scan.token(i - 1)!.text)) return { end: a.end }; // "University College London"
  // "China Daily", "Pakistan Peoples Party": the country word begins the name of something else.
  // A demonym before a plural noun is a people, not a name: "Iraqi Kurds".
  const next = scan.token(a.end);
  if (form === 'demonym' && !possessive && scan.is('not-actor-head', a.end)) return { end: a.end + 1 }; // "the Russian language"
  if (form === 'name' && studied(scan, a)) return { end: a.end + 1 }; // "a Russia analyst": the topic, not the actor
  const shared = form === 'demonym' && !possessive ? sharedRole(ctx, a) : null; // "Russian and Tunisian women"
  if (shared) return shared;
  const people = peopleAfterDemonym(ctx, a) ?? locatedPeople(ctx, a); // "Iraqi Kurds", "Albanians of Serbia"
  if (people) return people;
  const plural = form === 'demonym' && !!next && next.lemma !== next.lower && next.lower.endsWith('s');
  const org = form !== 'capital' && form !== 'place' && !possessive && isCapitalised(next?.text ?? '') ? organisationName(ctx, a) : null;
  if (org || ((form !== 'capital' || asPlace) && !possessive && !plural && !scan.headline && scan.capUnknown(a.end))) {
    // "Rwandan Patriotic Front" is an organisation; "China Daily" is no actor we code.
    if (!org || a.target.type !== 'country') return { end: a.end };
    if (notOrganisation(scan, org.start, org.end)) return { end: org.end }; // "Canadian Rugby League"
    const name = tokenText(scan.doc, org.start, org.end);
    const { iso3, id } = a.target;
    const r = organisationActor(ctx, org.start, org.end, org.end - 1);
    const note = `organisation not in the lexicon; country from "${countryName(scan.kb, iso3)}" at the start of its name; code ${r.actor.code}`;
    return single(ctx, org, r.actor, [evidence('org.country-name', name, note), ...r.evidence.filter((e) => e.rule !== id)]);
  }
  const actor = asPlace ? { ...countryActor(ctx, a), code: a.target.type === 'country' ? a.target.iso3 : '', sector: null } : countryActor(ctx, a);
  const note = asPlace
    ? `a place in ${actor.name}: the country as a place, not its government`
    : form === 'capital'
      ? 'capital city standing for the government'
      : undefined;
  return single(ctx, a, actor, [evidence(a.target.type === 'country' ? a.target.id : '', tokenText(scan.doc, a.start, a.end), note)]);
}

function organisation(ctx: Ctx, a: Atom, org: OrgDef): Step {
  if (otherArmedBody(ctx.scan, a, org)) return { end: a.end + 1 }; // "Hezbollah Battalions": another group, unknown
  if (org.kind === 'group' && studied(ctx.scan, a)) return { end: a.end + 1 }; // "an Isis expert": the topic, not the actor
  const actor: Actor = { code: org.code, name: org.names[0], country: org.country, sector: org.sector, kind: org.kind };
  const byLeader = gluedDash(ctx.scan, a.end) ? led(ctx, a, actor) : null; // "NATO-led forces"
  if (byLeader) return byLeader;
  return single(ctx, a, actor, [evidence(org.id, tokenText(ctx.scan.doc, a.start, a.end))]);
}

/**
 * "the Hezbollah Battalions": a known armed group's name followed by a capitalised armed head word
 * (organisation-words.tsv, armed) its own name does not end with begins the name of another body,
 * often a namesake in another country: no mention rather than the wrong group.
 */
function otherArmedBody(scan: SentenceScanner, a: Atom, org: OrgDef): boolean {
  const next = scan.token(a.end);
  if (org.kind !== 'group' || a.possessive || scan.headline || !next || !isCapitalised(next.text)) return false;
  const head = scan.kb.organisationWords.heads.get(next.lower);
  return head?.sector === 'armed' && !org.names[0].toLowerCase().endsWith(next.lower);
}

/**
 * "Israeli and Palestinian leaders", "Russian, Tunisian and Syrian women": a demonym coordinated with
 * demonyms that qualify a role shares the role: its own country with the role's sector
 * (`role.shared`), not the state alone. The mention covers the demonym only.
 */
function sharedRole(ctx: Ctx, a: Atom): Step | null {
  const { scan } = ctx;
  let k = a.end;
  for (let n = 0; n < 4 && (scan.lower(k) === 'and' || scan.lower(k) === 'or' || scan.lower(k) === ','); n++) {
    const b = scan.atomAt(k + 1);
    if (!b || b.target.type !== 'country' || (b.target.form !== 'demonym' && b.target.form !== 'name') || b.possessive) return null;
    const role = parseRole(scan, k + 1);
    if (role && role.qualifier?.start === k + 1 && role.chainStart === b.end && headIsNoun(scan, role)) {
      if (role.head.title.type === 'name' || role.head.title.type === 'peer') return null;
      const iso3 = a.target.type === 'country' ? a.target.iso3 : '';
      const sector = roleSector(role);
      const actor: Actor = { code: iso3 + sector, name: countryName(scan.kb, iso3) ?? iso3, country: iso3, sector, kind: 'state' };
      const text = tokenText(scan.doc, a.start, a.end);
      return single(ctx, a, actor, [evidence(a.target.type === 'country' ? a.target.id : '', text), evidence('role.shared', tokenText(scan.doc, a.start, role.chainEnd), `"${text}" shares the role "${tokenText(scan.doc, role.chainStart, role.chainEnd)}" of the demonym coordinated with it`)]);
    }
    k = b.end;
  }
  return null;
}

/** "an Isis expert", "China watchers": a word of words.tsv `studies` right after the phrase (not a possessive). */
function studied(scan: SentenceScanner, a: Atom): boolean {
  return !a.possessive && scan.lower(a.end) !== "'s" && scan.is('studies', a.end);
}

/** A mention of one phrase, extended over a parenthesised acronym it defines: "the United States (US)". */
function single(ctx: Ctx, a: Atom, actor: Actor, ev: ReturnType<typeof evidence>[]): Step {
  const { scan } = ctx;
  let end = a.end;
  const acr = a.possessive ? null : parensAcronym(scan, end);
  if (acr) end = acr.next;
  const m = makeMention(scan.doc, a.start, end, actor, ev);
  remember(ctx, m, actor);
  if (acr) registerAcronym(ctx, acr.text, a.start, a.end, actor);
  return { end, mention: m };
}

/**
 * "Saudi-led coalition", "Vietnamese-led forces", "NATO-led troops": the leader is the actor; with
 * a role after it ("forces"), the leader's country with the role's sector. "-backed" (a sponsor,
 * not the actor) and other suffixes give nothing.
 */
function led(ctx: Ctx, a: Atom, leader: Actor): Step | null {
  const { scan } = ctx;
  if (scan.lower(a.end + 1) !== 'led' || a.possessive) return null;
  const text = tokenText(scan.doc, a.start, a.end);
  const role = parseRole(scan, a.end + 2);
  if (!role || role.qualifier || role.unknownQualifier || role.chainStart !== a.end + 2 || !headIsNoun(scan, role)) {
    return single(ctx, a, { ...leader, sector: leader.kind === 'state' ? null : leader.sector, code: leader.kind === 'state' ? leader.country! : leader.code }, [evidence('role.led', text, 'leader of a "-led" coalition or operation')]);
  }
  const sector = roleSector(role);
  const actor: Actor = leader.kind === 'state' ? { ...leader, code: leader.country! + sector, sector } : leader;
  const m = makeMention(scan.doc, a.start, role.end, actor, [evidence('role.led', tokenText(scan.doc, a.start, role.end), `${role.head.title.id} led by ${text}: coded with the leader`)]);
  remember(ctx, m, actor);
  return { end: role.end, mention: m };
}

function hyphenCompound(ctx: Ctx, chain: Atom[]): Step {
  const { scan, state } = ctx;
  const start = chain[0].start;
  const end = chain[chain.length - 1].end;
  const members = chain.map((a) => countryActor(ctx, a));
  const actor = collectiveActor(members);
  const text = tokenText(scan.doc, start, end);
  const m = makeMention(scan.doc, start, end, actor, [evidence('compound.hyphen', text, memberNote(members))]);
  setMembers(
    m,
    chain.map((a, k) => ({ actor: members[k], evidence: evidence(a.target.type === 'country' ? a.target.id : '', tokenText(scan.doc, a.start, a.end)) })),
  );
  for (let k = 0; k < chain.length; k++) {
    state.countCountry(members[k].country!, 1);
    state.recent.push({ actor: members[k], text: tokenText(scan.doc, chain[k].start, chain[k].end), sentence: scan.sentence.index });
  }
  return { end, mention: m };
}

function collective(ctx: Ctx, a: Atom, def: CollectiveDef): Step {
  return collectiveMention(ctx, a.start, a.end, def, def.sector, []) ?? { end: a.end };
}

/** "the two countries", "the leaders of both countries" (sector from the role): one collective mention. */
export function collectiveMention(ctx: Ctx, start: number, end: number, def: CollectiveDef, sector: string | null, ev: Evidence[]): Step | null {
  const { scan, state } = ctx;
  const found = antecedents(scan.kb, state, def, sector);
  if (!found) return null; // nobody to refer to: no mention rather than a guess
  const members = found.map((f) => f.actor);
  const text = tokenText(scan.doc, start, end);
  const m = makeMention(scan.doc, start, end, collectiveActor(members), [evidence(def.id, text, memberNote(members)), ...ev]);
  setMembers(
    m,
    found.map((f) => ({ actor: f.actor, evidence: evidence('collective.member', f.from.text, `antecedent in sentence ${f.from.sentence + 1}`) })),
  );
  for (const f of found) state.recent.push({ actor: f.actor, text: f.from.text, sentence: f.from.sentence });
  return { end, mention: m };
}

/** "in Kabul", "in the West Bank", "in central Baghdad", "near the northern city of Mosul": after a place preposition. */
function afterPlacePrep(scan: SentenceScanner, i: number): boolean {
  let j = i - 1;
  if (COMPASS.has(scan.lower(j))) j--;
  if (scan.lower(j) === 'of' && scan.lower(j - 1) === 'city' ) j -= 2; // "the city of"
  if (COMPASS.has(scan.lower(j))) j--;
  if (scan.lower(j) === 'the') j--;
  return scan.is('place-prep', j);
}

/** A hyphen written without spaces around it at token i ("Pakistan-China"). */
function gluedDash(scan: SentenceScanner, i: number): boolean {
  const t = scan.token(i);
  const next = scan.token(i + 1);
  return !!t && !!next && t.text === '-' && !t.spaceBefore && !next.spaceBefore;
}
