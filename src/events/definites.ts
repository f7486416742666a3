/**
 * Definite descriptions that refer back (docs/ACTORS.md, "Possessives and definite descriptions"):
 * "the group", "the organisation", "the movement" (an armed or political group, or a rights
 * group: not a company or a news agency), "the militants", "the rebels" (an armed group), "the
 * country", "the kingdom" (a monarchy), "the state" (a country that has no states of its own, and
 * only as a clause subject: never "state media", "the state of emergency", "the role of the state").
 *
 * The antecedent is the most recent actor named before the description that could be one of its
 * kind (any organisation for "the group", any country for "the country"); when that one is not of
 * the description's kind ("the group" after "Reuters reported"), nothing. Never across a paragraph
 * break further than two sentences back, unless it is the only actor of that kind in the article.
 * When its sentence names several of the kind, only the one opening that sentence as its subject
 * is taken ("Turkey shelled Syria. The country ..." is Turkey); a non-actor noun of the same word
 * in between ("a group of tourists ... the group") leaves the description unresolved.
 */
import type { Document, Mention, Token } from '../document/types.ts';
import type { SentenceView } from './sentence-view.ts';

/** The article as the event stage codes it: the actor stage's mentions and the mentions added here. */
export interface Article {
  doc: Document;
  /** The actor stage's mentions, sorted by tokenStart. */
  mentions: readonly Mention[];
  /** Mentions added for definite descriptions, in text order. */
  added: Mention[];
  /** The mention covering each token. */
  covering: Array<Mention | undefined>;
  countryName: (iso3: string) => string | undefined;
}

export type DefiniteKind = 'group' | 'movement' | 'armed' | 'country' | 'kingdom' | 'state';

export interface Definite {
  /** The head word ("group"). */
  word: string;
  head: number;
  kind: DefiniteKind;
  /** "the country's army": the description owns the role after it. */
  possessive: boolean;
}

export interface Coded {
  code: string;
  name: string;
  country: string | null;
  sector: string | null;
  kind: Mention['kind'];
  dictionary?: Mention['dictionary'];
}

const HEADS: ReadonlyMap<string, DefiniteKind> = new Map([
  ['group', 'group'], ['organisation', 'group'], ['organization', 'group'], ['movement', 'movement'],
  ['militants', 'armed'], ['rebels', 'armed'],
  ['country', 'country'], ['kingdom', 'kingdom'], ['state', 'state'],
]);

/** Sectors of armed groups. */
const ARMED = new Set(['REB', 'INS', 'RAD', 'SEP', 'UAF']);
/** Sectors of political bodies that are no state's: parties, oppositions, armed groups. */
const POLITICAL = new Set([...ARMED, 'PTY', 'OPP', 'MOD']);
/** Monarchies that news calls "the kingdom". */
const KINGDOMS = new Set(['SAU', 'JOR', 'MAR', 'GBR', 'ESP', 'NLD', 'BEL', 'SWE', 'NOR', 'DNK', 'THA', 'KHM', 'BHR', 'BTN', 'LSO', 'SWZ', 'TON']);
/** Countries made of states: there "the state" is one of them. */
const FEDERATIONS = new Set(['USA', 'IND', 'NGA', 'AUS', 'DEU', 'MEX', 'BRA', 'MYS', 'SSD', 'SDN', 'VEN', 'AUT', 'MMR', 'FSM', 'PLW']);

const LABEL: Record<DefiniteKind, string> = {
  group: 'armed, political or rights group, or organisation',
  movement: 'armed or political group',
  armed: 'armed group',
  country: 'country',
  kingdom: 'kingdom',
  state: 'country',
};

/** The definite description opening at token k ("the" + head word), or null. */
export function definiteAt(tokens: Token[], k: number, end: number, article: Article): Definite | null {
  if (tokens[k]?.lower !== 'the' || k + 1 >= end) return null;
  const head = k + 1;
  const t = tokens[head];
  const kind = HEADS.get(t.lower);
  if (!kind || t.text !== t.lower) return null; // "the State Department"
  const next = tokens[head + 1];
  const possessive = next?.lower === "'s" || next?.lower === '’s';
  if (!possessive && head + 1 < end && (next.pos === 'NOUN' || next.pos === 'PROPN' || /^(of|-|–)$/.test(next.lower))) return null; // "the group stage", "the state of emergency"
  if (kind === 'state' && !possessive && !verbAt(tokens, head + 1, end)) return null; // "the role of the state", "state media"
  const existing = article.covering[head];
  if (existing) {
    // "the militants": only a bare armed-group role the actor stage coded without a stated country
    const bare = kind === 'armed' && existing.tokenStart === head && existing.tokenEnd === head + 1 && existing.kind === 'state';
    const inferred = existing.country === null || existing.evidence.some((e) => e.rule.startsWith('context.'));
    if (!bare || !inferred || possessive) return null;
  }
  return { word: t.lower, head, kind, possessive };
}

function verbAt(tokens: Token[], k: number, end: number): boolean {
  while (k < end && tokens[k].pos === 'ADV') k++;
  return k < end && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX');
}

/**
 * Could the mention be what a description of this kind refers to (before its kind is checked)? Not for "the country":
 * an army ("US troops in the country" are abroad) nor a country modifying a noun ("US battle trucks departed the country").
 */
function competes(kind: DefiniteKind, m: Mention, tokens: Token[]): boolean {
  if (m.members?.length || m.kind === 'collective' || m.kind === 'person') return false;
  if (kind === 'country' || kind === 'state' || kind === 'kingdom') {
    if (m.kind !== 'state' || !m.country || m.sector === 'MIL' || m.evidence.some((e) => e.rule.startsWith('context.') || e.rule.startsWith('coref.'))) return false;
    const next = tokens[m.tokenEnd];
    if (next && next.pos === 'NOUN' && next.text === next.lower) return false;
    return kind !== 'kingdom' || KINGDOMS.has(m.country);
  }
  return (m.kind === 'group' || m.kind === 'organisation' || m.kind === 'igo') && m.sector !== 'MED';
}

function matches(d: Definite, m: Mention): boolean {
  switch (d.kind) {
    case 'country':
    case 'kingdom':
      return true;
    case 'state':
      return !FEDERATIONS.has(m.country!);
    case 'armed':
      return ARMED.has(m.sector ?? '') && m.kind !== 'igo';
    case 'movement':
      return m.kind === 'group' || (m.kind === 'organisation' && POLITICAL.has(m.sector ?? ''));
    case 'group':
      return m.kind === 'group' || (m.kind === 'organisation' && (POLITICAL.has(m.sector ?? '') || m.sector === 'NGO')) || (m.kind === 'igo' && d.word !== 'group');
  }
}

/** The code a mention gives a description of this kind: a group itself, a country its country. */
function codeOf(d: Definite, m: Mention): string {
  return d.kind === 'group' || d.kind === 'movement' || d.kind === 'armed' ? m.code : m.country!;
}

/** The actor a definite description refers to, with a note; undefined when none or when unsure. */
export function definiteAntecedent(d: Definite, view: SentenceView, article: Article): { mention: Mention; actor: Coded; note: string } | undefined {
  const { doc } = article;
  const at = d.head - 1;
  const here = view.sentence.index;
  const all = [...article.mentions, ...article.added].sort((a, b) => a.tokenStart - b.tokenStart);
  const before = all.filter((m) => m.tokenEnd <= at && competes(d.kind, m, doc.tokens));
  let r = before[before.length - 1];
  if (!r || !matches(d, r)) return undefined;
  const s = sentenceOf(doc, r.tokenStart);
  // "the SDF, which have been advancing against the militants": in their own sentence armed men are mostly someone else's foe
  if (d.kind === 'armed' && s === here) return undefined;
  // "the Trump administration is planning to withdraw US troops from the country": a clause subject of its own sentence
  // acts on an object "the country", which is another
  const country = d.kind === 'country' || d.kind === 'state' || d.kind === 'kingdom';
  if (country && s === here && !d.possessive && !verbAt(doc.tokens, d.head + 1, view.sentence.tokenEnd) && verbAt(doc.tokens, r.tokenEnd, view.sentence.tokenEnd)) return undefined;
  const same = before.filter((m) => sentenceOf(doc, m.tokenStart) === s);
  let how = 'the most recent';
  const subject = d.possessive || verbAt(doc.tokens, d.head + 1, view.sentence.tokenEnd);
  if (new Set(same.map((m) => codeOf(d, m))).size > 1) {
    // several of the kind in a sentence before: a subject description takes the subject opening it
    // ("Turkey shelled Syria. The country ..."); in its own sentence, or as an object, none ("withdraw from the country")
    const first = all.find((m) => sentenceOf(doc, m.tokenStart) === s);
    if (s === here || !subject || !first || !same.includes(first) || !matches(d, first) || !verbAt(doc.tokens, first.tokenEnd, doc.sentences[s].tokenEnd)) return undefined;
    r = first;
    how = 'the subject opening the sentence';
  } else if (s < here && !verbAt(doc.tokens, r.tokenEnd, doc.sentences[s].tokenEnd)) {
    // "Isis is refusing ... snipers killed three SDF soldiers. ... the group": a most recent one that is no subject
    // gives way to one the article names more often: then none
    const count = (code: string) => before.filter((m) => codeOf(d, m) === code).length;
    const mine = count(codeOf(d, r));
    if (before.some((m) => matches(d, m) && count(codeOf(d, m)) > mine)) return undefined;
  }
  const kinds = new Set(all.filter((m) => competes(d.kind, m, doc.tokens) && matches(d, m)).map((m) => codeOf(d, m)));
  const unique = kinds.size === 1;
  if (here - s > 2 && !unique && paragraphBreakBetween(doc, s, here)) return undefined;
  // "a group of tourists ... the group": a noun of the same word that names no actor, from the antecedent's sentence on
  for (let k = doc.sentences[s].tokenStart; k < at; k++) if (doc.tokens[k].lemma === doc.tokens[d.head].lemma && !article.covering[k]) return undefined;
  const actor: Coded = codeOf(d, r) === r.code
    ? { code: r.code, name: r.name, country: r.country, sector: r.sector, kind: r.kind, ...(r.dictionary ? { dictionary: r.dictionary } : {}) }
    : { code: r.country!, name: r.sector === null ? r.name : article.countryName(r.country!) ?? r.country!, country: r.country, sector: null, kind: 'state' };
  const where = s === here ? 'in its own sentence' : `in sentence ${s + 1}`;
  const note = `"the ${d.word}" refers to "${r.text}" (${where}): ${how} ${LABEL[d.kind]} named before it${unique ? ', the only one the article names' : ''}`;
  return { mention: r, actor, note };
}

function sentenceOf(doc: Document, token: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid].tokenStart <= token) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A line break in the text between sentence `from` and sentence `to`. */
function paragraphBreakBetween(doc: Document, from: number, to: number): boolean {
  const a = doc.tokens[doc.sentences[from].tokenEnd - 1]?.end ?? doc.sentences[from].end;
  const b = doc.tokens[doc.sentences[to].tokenStart]?.start ?? doc.sentences[to].start;
  return doc.article.text.slice(a, b).includes('\n');
}
