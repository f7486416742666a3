/**
 * Possessives and definite descriptions that refer back to an actor, read before a sentence is
 * coded (docs/ACTORS.md, "Possessives and definite descriptions"):
 *   - "its forces", "their troops", "his government", "the country's army": a role whose country
 *     the text does not state (coded from the article, `context.*` or `coref.role`) belongs to
 *     its possessor: "its" and "their" are read as "it" and "they" (antecedents.ts), "his" and
 *     "her" as the one person who may be meant (personOwner), "the country's" as "the country" below. A state or
 *     a person of a state gives its country with the role's own sector (only a state's
 *     institution: "its forces" after Turkey is TURMIL); a group or an organisation gives itself
 *     ("its fighters" after Hamas).
 *   - "the group", "the organisation", "the movement", "the militants", "the rebels"; "the
 *     country", "the kingdom", "the state" (definites.ts): the most recent actor named before of
 *     the matching kind.
 * Conservative: what agrees with nothing, or with more than one, is left as the actor stage coded it.
 */
import type { Evidence, Mention, Token } from '../document/types.ts';
import { findAntecedent, fitsThey, pluralMention } from './antecedents.ts';
import type { Discourse } from './discourse.ts';
import type { NamedPerson } from '../actors/gender.ts';
import { quotationAt } from './quotes.ts';
import type { SentenceView } from './sentence-view.ts';
import { definiteAntecedent, definiteAt, type Article, type Coded } from './definites.ts';

export type { Article } from './definites.ts';

/** Sectors of a state's own institutions: what "its" or "his" of a state may own. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);
const OWNERS = new Set(['its', 'their', 'his', 'her', 'our']);

/**
 * Resolve the possessives and definite descriptions of the view's sentence: re-code the mentions
 * they own or are, add mentions for "the group", "the country" ... (to `article.added`, to the
 * view and to `article.covering`). Returns the view with its mentions as they now are.
 */
export function referBack(discourse: Discourse, view: SentenceView, article: Article): SentenceView {
  const { tokens, sentence } = view;
  const own = [...view.mentions];
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const d = definiteAt(tokens, k, sentence.tokenEnd, article);
    if (!d || d.possessive) continue;
    const found = definiteAntecedent(d, view, article);
    if (!found) continue;
    const existing = article.covering[d.head];
    const evidence: Evidence = { stage: 'actors', rule: `coref.definite:${d.word}`, text: tokens.slice(k, d.head + 1).map((t) => t.text).join(' '), note: found.note };
    if (existing) {
      recode(existing, found.actor, evidence);
      continue;
    }
    const m = mentionOf(view, d.head, found.actor, evidence);
    own.push(m);
    article.added.push(m);
    article.covering[d.head] = m;
  }
  own.sort((a, b) => a.tokenStart - b.tokenStart);
  const now: SentenceView = own.length === view.mentions.length ? view : { ...view, mentions: own, mentionAt: new Map(own.map((m) => [m.tokenStart, m])) };
  for (const m of own) possessed(discourse, now, article, m);
  return now;
}

/** "its own forces", "their elite troops", "the group's fighters": the possessor before a role mention, or null. */
function ownerOf(tokens: Token[], m: Mention, start: number): { at: number; word: string } | null {
  let k = m.tokenStart - 1;
  for (let n = 0; n < 2 && k > start && (tokens[k].lower === 'own' || tokens[k].pos === 'ADJ'); n++) k--;
  const t = tokens[k];
  if (!t || k < start) return null;
  if (OWNERS.has(t.lower) && (t.pos === 'PRON' || t.pos === 'DET')) return { at: k, word: t.lower };
  if ((t.lower === "'s" || t.lower === '’s') && k - 2 >= start && tokens[k - 2].lower === 'the') return { at: k - 1, word: "'s" };
  return null;
}

/** A role whose country the actor stage did not find stated: "forces" coded from the article. */
function inferredRole(m: Mention): boolean {
  if (m.kind !== 'state' || m.sector === null || m.members?.length) return false;
  if (m.evidence.some((e) => e.rule === 'person.name' || e.rule.startsWith('coref.definite') || e.rule.startsWith('coref.possessive'))) return false;
  return m.country === null || m.evidence.some(inferring);
}

function inferring(e: Evidence): boolean {
  return e.rule.startsWith('context.') || e.rule === 'coref.role';
}

function possessed(discourse: Discourse, view: SentenceView, article: Article, m: Mention): void {
  if (!inferredRole(m)) return;
  const owner = ownerOf(view.tokens, m, view.sentence.tokenStart);
  if (!owner) return;
  const found = possessor(discourse, view, article, owner.word, owner.at);
  if (!found) return;
  const { tokens } = view;
  const text = tokens.slice(owner.word === "'s" ? owner.at - 1 : owner.at, m.tokenEnd).map((t) => t.text).join(' ');
  const a = found.mention;
  const rule = `coref.possessive:${owner.word === "'s" ? `the ${tokens[owner.at].lower}` : owner.word}`;
  if (a.kind === 'state' || a.kind === 'person') {
    // a state or one of its institutions owns ("its forces"); an opposition or civilians own no army of their state
    if (!a.country || !STATE_SECTORS.has(m.sector ?? '') || (a.sector !== null && !STATE_SECTORS.has(a.sector))) return;
    const note = `${found.note}: the role's country is ${a.country}, with its own sector ${m.sector}`;
    recode(m, { code: a.country + m.sector, name: countryLabel(a, article), country: a.country, sector: m.sector, kind: 'state' }, { stage: 'actors', rule, text, note });
    return;
  }
  const note = `${found.note}: the role is that ${a.kind === 'igo' ? 'organisation' : a.kind}'s own`;
  recode(m, { code: a.code, name: a.name, country: a.country, sector: a.sector, kind: a.kind, dictionary: a.dictionary }, { stage: 'actors', rule, text, note });
}

/** The one actor a possessor refers to, with a note; undefined when it refers to none or to several. */
function possessor(discourse: Discourse, view: SentenceView, article: Article, word: string, at: number): { mention: Mention; note: string } | undefined {
  if (word === "'s") {
    const d = definiteAt(view.tokens, at - 1, view.sentence.tokenEnd, article);
    const found = d && definiteAntecedent(d, view, article);
    return found ? { mention: found.mention, note: found.note } : undefined;
  }
  if (word === 'our') {
    // '"Our fighters advanced," the SDF said': "our" in a quotation is the speaker's, one actor the sentence names
    const speaker = quotationAt(discourse.quotations, at)?.attribution?.speaker;
    const ms = speaker?.kind === 'actor' ? speaker.mentions : [];
    return ms.length === 1 && ms[0].kind !== 'collective' ? { mention: ms[0], note: `"our" is in a quotation of "${speaker!.text}", who owns the role` } : undefined;
  }
  if (word === 'his' || word === 'her') {
    const found = personOwner(discourse, view, at, word === 'his' ? 'm' : 'f');
    if (!found || found.mention.kind !== 'person' || !STATE_SECTORS.has(found.mention.sector ?? '')) return undefined;
    const entity = discourse.named!.personAt(found.mention.tokenStart)?.entity;
    const gender = entity !== undefined && discourse.named!.gender(entity) ? discourse.named!.why(entity) : 'gender unknown';
    return { mention: found.mention, note: `"${word}" refers to ${found.text} (${gender}): ${found.why}` };
  }
  const pronoun = word === 'its' ? 'it' : 'they';
  const conjunct = word === 'its' ? conjunctBefore(view, at) : undefined;
  if (conjunct) return { mention: conjunct, note: `"${word}" refers to "${conjunct.text}": the conjunct before "and"` };
  const controller = infinitiveSubject(view, at);
  if (controller) {
    // "The EU urged Serbia to withdraw its troops": the object before "to" is the infinitive's subject, and the owner
    const fits = word === 'its' ? controller.kind !== 'person' && !pluralMention(view.tokens, controller) : fitsThey(view.tokens, [controller]);
    return fits ? { mention: controller, note: `"${word}" refers to "${controller.text}": the subject of the infinitive it stands in` } : undefined;
  }
  const voice = quotationAt(discourse.quotations, at);
  const found = findAntecedent(view, pronoun, at, { earlier: discourse.referents ?? [], excluded: new Set(), sameVoice: (k) => quotationAt(discourse.quotations, k) === voice });
  const ms = found?.referent.mentions ?? [];
  if (!found || !ms.length) return undefined;
  const note = found.note.replace(`"${pronoun}" refers to`, `"${word}" refers to`);
  // "Britain and France said their forces": a compound owns only when all its members are one state's
  if (ms.length > 1) return ms.every((x) => x.kind === 'state' && x.country && x.country === ms[0].country) ? { mention: ms[0], note } : undefined;
  const a = ms[0];
  // "the Syrian town ... its forces": a phrase headed by a common noun after the actor is a thing of it, not it
  const after = view.tokens[a.tokenEnd];
  if (after && after.pos === 'NOUN' && after.text === after.lower) return undefined;
  if (a.kind === 'collective' || (a.kind !== 'state' && a.kind !== 'group' && a.kind !== 'organisation' && a.kind !== 'igo')) return undefined;
  return { mention: a, note };
}

/**
 * "Zambia and its government", "the Syrian nation and its government": the country named right before "and", or undefined.
 */
function conjunctBefore(view: SentenceView, at: number): Mention | undefined {
  const { tokens } = view;
  if (tokens[at - 1]?.lower !== 'and') return undefined;
  let k = at - 2;
  if (tokens[k]?.pos === 'NOUN' && tokens[k].text === tokens[k].lower && !view.mentionCovering(k)) k--; // "the Syrian nation"
  const m = view.mentionCovering(k);
  return m && m.tokenEnd === k + 1 && m.kind === 'state' && m.sector === null && m.country ? m : undefined;
}

/**
 * "urged Serbia to withdraw its troops", "called on Israel to pull back its forces": the actor right before
 * the "to" of the infinitive the possessive stands in (a verb's object), or undefined.
 */
function infinitiveSubject(view: SentenceView, at: number): Mention | undefined {
  const { tokens, sentence } = view;
  for (let k = at - 1; k > sentence.tokenStart && at - k <= 6; k--) {
    const t = tokens[k];
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return undefined;
    if (t.lower !== 'to' || tokens[k + 1]?.pos !== 'VERB') continue;
    const m = view.mentionCovering(k - 1);
    if (!m || m.tokenEnd !== k) return undefined;
    const b = m.tokenStart - 1; // "called on Israel to": a verb's particle, but not "talks with Iran to"
    return tokens[b]?.pos !== 'ADP' || tokens[b - 1]?.pos === 'VERB' ? m : undefined;
  }
  return undefined;
}

/**
 * The person "his" or "her" at token `at` refers to: the one person named before it in its sentence who may be meant
 * ("Putin said his government"); none when two may ("X commended Y and his administration"). With none there, the
 * one person of the two sentences before who may be meant, unless an actor of its own sentence opens a clause
 * before it ("the deputy spokesman ... rejected accusations that his government": the spokesman's).
 */
function personOwner(discourse: Discourse, view: SentenceView, at: number, want: 'm' | 'f'): { mention: Mention; text: string; why: string } | undefined {
  const named = discourse.named;
  if (!named) return undefined;
  const here = view.sentence.index;
  const fits = (p: NamedPerson) => (named.gender(p.entity) === null ? p.mention !== null : named.gender(p.entity) === want);
  const pick = (list: NamedPerson[], why: string) => {
    if (new Set(list.map((p) => p.entity)).size !== 1) return undefined;
    const p = list[list.length - 1];
    return p.mention ? { mention: p.mention, text: p.text, why } : undefined;
  };
  const own = named.persons.filter((p) => p.sentence === here && p.tokenEnd <= at && fits(p));
  // "That he could do this after a chat with Erdoğan, and without telling his commanders": "he" before them may be meant
  const pronoun = want === 'm' ? 'he' : 'she';
  const first = own.length ? own[0].tokenStart : at;
  for (let k = view.sentence.tokenStart; k < first; k++) if (view.tokens[k].lower === pronoun) return undefined;
  if (own.length) return pick(own, 'the only person before it in its sentence who may be meant');
  if (view.mentions.some((m) => m.tokenEnd <= at && verbAt(view.tokens, m.tokenEnd, view.sentence.tokenEnd))) return undefined;
  const before = named.persons.filter((p) => p.sentence < here && p.sentence >= here - 2 && fits(p));
  return pick(before, 'the only person who may be meant in the two sentences before');
}

function verbAt(tokens: Token[], k: number, end: number): boolean {
  while (k < end && tokens[k].pos === 'ADV') k++;
  return k < end && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX');
}

/** The name of a state mention's country: its own when it names the country alone. */
function countryLabel(a: Mention, article: Article): string {
  if (a.sector === null && a.kind === 'state') return a.name;
  return article.countryName(a.country!) ?? a.country!;
}

/** Give a mention the actor it refers to: the evidence that inferred its country gives way to the reference's. */
function recode(m: Mention, a: Coded, evidence: Evidence): void {
  m.code = a.code;
  m.name = a.name;
  m.country = a.country;
  m.sector = a.sector;
  m.kind = a.kind;
  if (a.dictionary) m.dictionary = a.dictionary;
  else delete m.dictionary;
  m.evidence = [...m.evidence.filter((e) => !inferring(e)), evidence];
}

function mentionOf(view: SentenceView, head: number, a: Coded, evidence: Evidence): Mention {
  const t = view.tokens[head];
  return { tokenStart: head, tokenEnd: head + 1, span: { start: t.start, end: t.end }, text: t.text, code: a.code, name: a.name, country: a.country, sector: a.sector, kind: a.kind, evidence: [evidence], ...(a.dictionary ? { dictionary: a.dictionary } : {}) };
}
