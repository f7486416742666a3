/**
 * Nominal events from nouns.tsv: "Xi Jinping's visit to Pakistan", "a visit by X to Y",
 * "fighting between A and B". A nominal event inside the clause of a coded verb is that
 * verb's topic ("condemned Russia's invasion", "rejected a request to ..."), not an event of
 * its own.
 */
import type { Mention } from '../document/types.ts';
import type { EventCandidate, SentenceCoding } from './code-sentence.ts';
import type { EventLexicon, LexiconEntry } from './lexicon.ts';
import { matchAt, type PatternMatch } from './match.ts';
import { findTarget, clauseEnd } from './clause.ts';
import { agentAfter, coordinationRightOf } from './noun-phrases.ts';
import { breakAfter, type SentenceView } from './sentence-view.ts';
import { isDirective } from './content.ts';
import { figurativeModifier, violentCode } from './instruments.ts';
import { gerundOfTime, TIME_SPAN } from './verb-like.ts';

export function codeNominalEvents(view: SentenceView, lexicon: EventLexicon, consumed: Set<number>, out: EventCandidate[], dropped: SentenceCoding['dropped']): void {
  const { tokens, sentence } = view;
  // a demand's scope runs on through its that-clause ("demanded that the US match the EU's support")
  const verbScopes = out.map((c) => [c.match.tokenStart, isDirective(c.entry) ? breakAfter(view, c.match.tokenStart + 1) : clauseEnd(view, c.match.tokenStart + 1)]);
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (consumed.has(i) || !nounLike(view, i)) continue;
    const token = tokens[i];
    const entries = lexicon.nouns.get(token.lemma) ?? lexicon.nouns.get(token.lower) ?? openingPlural(view, i, lexicon);
    if (!entries) continue;
    const end = clauseEnd(view, i + 1);
    const match = matchAt({ tokens, end, mentionAt: view.mentionAt }, entries, i);
    if (!match) continue;
    const battle = battleOfAct(view, i, out);
    // "won in battle by forces allied to ...", "Assad's combat planes": a battle noun alone tells no parties of its own
    if (!battle && match.matched.length === 1 && BATTLE_NOUNS.has(tokens[i].lemma)) continue;
    const owner = battle ? undefined : possessorOf(view, i);
    const demonym = owner || battle ? undefined : demonymBefore(view, i);
    const possessor = owner ?? demonym;
    const parties = possessor || battle ? [] : betweenParties(view, match);
    const sources = battle ? battle.sources : possessor ? [possessor] : parties.length ? parties : agentRightAfter(view, match, end);
    if (!sources.length) continue;
    const after = notHeldAfter(view, match.tokenEnd);
    const notHeld = after === 'occurred' ? null : (after ?? notHeldBefore(view, i));
    if (notHeld) {
      dropped.push({ token: i, entry: match.entry.id, reason: `${notHeld.rule}: ${notHeld.reason} ("${notHeld.word}"), not something that happened` });
      continue;
    }
    const averted = avertedBy(view, i);
    if (averted) {
      dropped.push({ token: i, entry: match.entry.id, reason: `the object of "${averted}": not something that happened` });
      continue;
    }
    const figure = violentCode(lexicon.instruments, match.entry.cameo) ? figurativeModifier(view, lexicon.instruments, match.matched, true) : null;
    if (figure) {
      dropped.push({ token: i, entry: match.entry.id, reason: `figurative: "${figure}" is no violence` });
      continue;
    }
    if (!battle && verbScopes.some(([from, to]) => i > from && i < to)) {
      dropped.push({ token: i, entry: match.entry.id, reason: 'nominal event inside the clause of a coded verb: its topic' });
      continue;
    }
    const exclude = new Set(sources.map((m) => m.code));
    const foeNamed = !battle || /^(with|against)$/.test(tokens[match.tokenEnd - 1].lower); // "fighting with rebels"
    const named = parties.length || !foeNamed ? [] : match.target ? [match.target] : findTarget(view, match.tokenEnd, exclude, new Set(), new Set(), match.entry.cameo);
    // "captured the stronghold after days of fighting": with no foe named, the act's target was fought
    const targets = battle && !named.length ? battle.targets : named;
    if (battle && !targets.length) continue;
    if (!targets.length && !parties.length && (isHeading(view) || demonym)) continue; // "Xi's 2015 visit" as a heading, "a Chinese visit": no dyad, no event
    for (const k of match.matched) consumed.add(k);
    const rule = battle ? 'nominal.battle-of-act' : possessor ? 'nominal.possessor' : parties.length ? 'nominal.between' : 'nominal.by-agent';
    out.push({
      sentenceIndex: sentence.index,
      sources,
      targets,
      entry: match.entry,
      match,
      group: null,
      evidence: [{ stage: 'events', rule, text: sources.map((m) => m.text).join(' + ') }],
    });
  }
}

/** Words that set a battle before the military act it won: "took the town after fierce fighting". */
const BATTLE_LEADS = new Set(['after', 'amid', 'during', 'following']);
/** Battle nouns whose lexicon entries (nouns.tsv) stand alone: coded only as the battle that won an act. */
const BATTLE_NOUNS = new Set(['fighting', 'fight', 'battle', 'clash', 'combat']);
const BATTLE_POS = new Set(['ADJ', 'NUM', 'DET']);

/**
 * "Troops retook the village after fierce fighting with rebels": a battle told as the way to a military act
 * (CAMEO 18-20, done, not negated or planned) of the same clause is fought by the act's sources; its foe is
 * the one named ("with rebels") or else the act's target.
 */
function battleOfAct(view: SentenceView, noun: number, out: EventCandidate[]): EventCandidate | null {
  const { tokens } = view;
  let k = noun - 1;
  // between the lead and the battle noun: "after five days of heavy fighting"
  while (k > view.sentence.tokenStart && (BATTLE_POS.has(tokens[k].pos) || tokens[k].lower === 'of' || TIME_SPAN.test(tokens[k].lower))) k--;
  if (!BATTLE_LEADS.has(tokens[k]?.lower ?? '')) return null;
  const lead = k;
  const act = out.find((c) => /^(18|19|20)/.test(c.entry.cameo) && c.group && !c.group.negated && !c.group.future && !c.group.hedged && !c.group.conditional && c.match.tokenEnd <= lead);
  if (!act) return null;
  for (let j = act.match.tokenEnd; j < lead; j++) if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX' || /^[;:]$/.test(tokens[j].text)) return null;
  return act;
}

/** "Talks between ...", "Negotiations between ..." opening a sentence are read as a proper noun, whose lemma keeps the plural. */
function openingPlural(view: SentenceView, i: number, lexicon: EventLexicon): readonly LexiconEntry[] | undefined {
  const t = view.tokens[i];
  return i === view.sentence.tokenStart && t.pos === 'PROPN' && /[^s]s$/.test(t.lower) ? lexicon.nouns.get(t.lower.slice(0, -1)) : undefined;
}

/** A noun, or a gerund standing as one ("Fighting between ... resumed", "the shelling of ..."). */
function nounLike(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (t.pos === 'NOUN' || t.pos === 'ADJ') return true;
  if (i === view.sentence.tokenStart) return t.pos === 'PROPN' || t.pos === 'VERB'; // "Talks between ...", "Fighting between ..." opening a sentence
  const prev = view.tokens[i - 1];
  // "the shelling", "heavy fighting", "after five days of fighting"
  return (t.pos === 'VERB' && t.lower.endsWith('ing') && (prev?.pos === 'DET' || prev?.pos === 'ADJ')) || gerundOfTime(view.tokens, i);
}

/** "talks between India and China": the parties named right after a pattern ending in "between". */
function betweenParties(view: SentenceView, match: PatternMatch): Mention[] {
  const { tokens } = view;
  if (tokens[match.tokenEnd - 1]?.lower !== 'between') return [];
  let j = match.tokenEnd;
  while (tokens[j]?.pos === 'DET') j++;
  const first = view.mentionAt.get(j);
  const parties = first ? coordinationRightOf(view, first, view.sentence.tokenEnd) : [];
  return parties.length >= 2 ? parties : [];
}

/** "a visit to Pakistan by Xi": the by-agent right after the pattern (and its target), never one further on. */
function agentRightAfter(view: SentenceView, match: PatternMatch, end: number): Mention[] {
  let j = match.tokenEnd;
  const target = view.mentionAt.get(j);
  if (target) j = target.tokenEnd;
  return view.tokens[j]?.lower === 'by' ? agentAfter(view, j, Math.min(end, j + 4)) : [];
}

/** "Xi's 2015 visit": the actor in possessive position before the noun. */
function possessorOf(view: SentenceView, noun: number): Mention | undefined {
  let i = noun - 1;
  while (i > view.sentence.tokenStart && (view.tokens[i].pos === 'ADJ' || view.tokens[i].pos === 'NUM' || /^(first|official|state|recent)$/.test(view.tokens[i].lower))) i--;
  const mark = view.tokens[i];
  if (!mark || (mark.lower !== "'s" && mark.lower !== '’s' && mark.lower !== "'" && mark.lower !== '’')) {
    // "the Chinese president's visit" is covered by the mention ending before 's; "a Chinese visit" has no possessor
    return undefined;
  }
  return view.mentionCovering(i - 1);
}

/** "Palestinian riots", "Turkish support": a bare country adjective right before the noun acts. */
function demonymBefore(view: SentenceView, noun: number): Mention | undefined {
  const m = view.mentionCovering(noun - 1);
  const word = view.tokens[noun - 1];
  // an adjective ("Palestinian"), not a plural people ("Many Germans visit Austria")
  return m && m.tokenEnd === noun && m.sector === null && m.kind === 'state' && view.tokens[m.tokenStart].pos !== 'ADP' && m.tokenEnd - m.tokenStart === 1 && /^[A-Z]/.test(word.text) && !/[^s]s$/.test(word.lower) ? m : undefined;
}

/** A heading: no verb and no closing punctuation ("Xi's 2015 visit", "TALKS COLLAPSE"). */
function isHeading(view: SentenceView): boolean {
  const { tokens, sentence } = view;
  const last = tokens[sentence.tokenEnd - 1];
  if (last && /^[.!?"”’]$/.test(last.text)) return false;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) if (tokens[i].pos === 'VERB') return false;
  return true;
}

/** Verbs whose object is an event that did not (or not yet) happen: "to avert a military clash", "fears an attack". */
const AVERTING = new Set(['avert', 'prevent', 'avoid', 'forestall', 'preempt', 'fear', 'risk', 'rule', 'deter', 'threaten', 'warn', 'predict', 'expect', 'anticipate']);

/** "To prevent an armed clash between Indian and Chinese troops": the verb right before the noun phrase, if it averts or fears it. */
function avertedBy(view: SentenceView, noun: number): string | null {
  const { tokens } = view;
  let k = noun - 1;
  while (k >= view.sentence.tokenStart && noun - k <= 4 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM' || (tokens[k].pos === 'NOUN' && !view.mentionCovering(k)))) k--;
  const verb = tokens[k];
  return verb && k >= view.sentence.tokenStart && verb.pos === 'VERB' && AVERTING.has(verb.lemma) ? verb.text : null;
}

/**
 * Nominal events that did not (or not yet) happen: planned, expected, proposed, called off or put
 * off (docs/DATES.md). Rules as data: the words that say so, with an id and a reason.
 */
interface NotHeldRule {
  id: string;
  reason: string;
  /** Words before the noun: "the planned visit", "next month's talks". */
  modifiers: ReadonlySet<string>;
  /** Lemmas of the predicate or a reduced clause after the noun phrase: "talks were postponed", "a summit scheduled for". */
  predicates: ReadonlySet<string>;
}

const NOT_HELD: readonly NotHeldRule[] = [
  {
    id: 'nominal.planned',
    reason: 'planned or proposed',
    modifiers: new Set(['planned', 'proposed', 'scheduled', 'intended', 'envisaged', 'mooted', 'prospective', 'would-be', 'future']),
    predicates: new Set(['plan', 'propose', 'schedule', 'reschedule', 'slate', 'due']),
  },
  {
    id: 'nominal.expected',
    reason: 'expected, not yet held',
    modifiers: new Set(['upcoming', 'forthcoming', 'expected', 'anticipated', 'coming', 'impending', 'pending', 'possible', 'potential', 'next', 'tomorrow']),
    predicates: new Set(['expect', 'anticipate']),
  },
  {
    id: 'nominal.called-off',
    reason: 'called off or put off',
    modifiers: new Set(['postponed', 'cancelled', 'canceled', 'delayed', 'deferred', 'aborted', 'scrapped', 'shelved', 'rescheduled']),
    predicates: new Set(['postpone', 'cancel', 'delay', 'defer', 'scrap', 'shelve', 'abort']),
  },
];
const CALLED_OFF = NOT_HELD.find((r) => r.id === 'nominal.called-off')!;
/** Future modals in the predicate: "will be held", "would take place" (rule nominal.future; also "a summit to be held"). */
const FUTURE_WORDS = new Set(['will', 'shall', "'ll", 'wo', 'would']);
const FUTURE_RULE = 'nominal.future';
/** Predicates that say the event took place, whatever its noun phrase says: "the postponed talks resumed on Monday". */
const OCCURRED = new Set(['hold', 'begin', 'start', 'open', 'resume', 'conclude', 'end', 'close', 'sign', 'seal', 'finalise', 'finalize', 'convene']);
const OCCURRED_WITH: Record<string, string> = { take: 'place', go: 'ahead' };
/** Words after "next" that make a time ahead of the report: "in Paris next week". */
const AHEAD_UNIT = /^(?:week|month|year|weekend|spring|summer|autumn|fall|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/;
const PREMODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'VERB']);
/** Prepositions of the noun phrase's own complements ("talks in Lima on trade"); "despite", "after" open something else. */
const PHRASE_PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'to', 'by', 'with', 'between', 'from', 'for', 'over', 'near', 'among', 'about', 'into']);

interface NotHeld {
  rule: string;
  reason: string;
  word: string;
}

function ruleOf(word: string, key: 'modifiers' | 'predicates'): NotHeldRule | undefined {
  return NOT_HELD.find((r) => r[key].has(word));
}

/** "the planned visit", "Iran's upcoming visit", "next month's talks": a word of the noun phrase before the noun. */
function notHeldBefore(view: SentenceView, noun: number): NotHeld | null {
  const { tokens } = view;
  for (let k = noun - 1; k >= view.sentence.tokenStart && noun - k <= 6; k--) {
    const t = tokens[k];
    const possessive = /^['’]s?$/.test(t.lower);
    if (!possessive && !PREMODIFIER_POS.has(t.pos)) break;
    if (t.pos === 'VERB' && !/(?:ed|ing)$/.test(t.lower)) break; // a clause's verb, not a participle before the noun
    const rule = ruleOf(t.lower, 'modifiers');
    if (rule) return { rule: rule.id, reason: rule.reason, word: t.text };
  }
  return null;
}

/**
 * "A summit between A and B will be held", "talks between A and B were postponed", "a summit to be
 * held in Paris next week", "talks due next month": the first verb group after the noun phrase, or
 * a time ahead inside it.
 */
function notHeldAfter(view: SentenceView, from: number): NotHeld | 'occurred' | null {
  const { tokens, sentence } = view;
  for (let j = from; j < sentence.tokenEnd && j - from <= 14; j++) {
    const t = tokens[j];
    if (view.mentionCovering(j)) continue;
    if (t.lower === 'tomorrow' || (t.lower === 'next' && AHEAD_UNIT.test(tokens[j + 1]?.lower ?? ''))) return { rule: 'nominal.expected', reason: 'a time ahead', word: t.text };
    if (t.text === ',' && /^(?:which|that)$/.test(tokens[j + 1]?.lower ?? '')) continue;
    if (t.text === ',' || /^(?:which|that)$/.test(t.lower)) {
      if (t.text === ',' && !ruleOf(tokens[j + 1]?.lemma ?? '', 'predicates')) return null; // an aside, no reduced clause
      continue;
    }
    if (t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'PART' || t.pos === 'ADV' || (t.pos === 'ADJ' && ruleOf(t.lemma, 'predicates'))) return predicate(view, j);
    if (!PREMODIFIER_POS.has(t.pos) && !(t.pos === 'ADP' && PHRASE_PREPOSITIONS.has(t.lower)) && t.pos !== 'CCONJ') return null;
  }
  return null;
}

/** What the verb group at `start` says of the noun phrase before it: not held, held ('occurred'), or nothing. */
function predicate(view: SentenceView, start: number): NotHeld | 'occurred' | null {
  const { tokens, sentence } = view;
  if (tokens[start].lower === 'to') {
    // "a summit to be held", "talks to take place": planned; "a deal to allow ...", "a call for X to leave": its content or purpose
    const next = tokens[start + 1];
    const planned = (next?.lower === 'be' && tokens[start + 2]?.pos === 'VERB') || (next?.lemma === 'take' && tokens[start + 2]?.lower === 'place');
    return planned ? { rule: FUTURE_RULE, reason: 'planned', word: `to ${next.text} ${tokens[start + 2].text}` } : null;
  }
  for (let j = start; j < sentence.tokenEnd && j - start <= 5; j++) {
    const t = tokens[j];
    if (!['AUX', 'VERB', 'PART', 'ADV', 'ADJ'].includes(t.pos)) break;
    if (FUTURE_WORDS.has(t.lower) || (t.lower === 'going' && tokens[j + 1]?.lower === 'to')) return { rule: FUTURE_RULE, reason: 'in the future', word: t.text };
    const rule = ruleOf(t.lemma, 'predicates') ?? (t.lemma === 'call' && tokens[j + 1]?.lower === 'off' ? CALLED_OFF : undefined);
    if (rule) return { rule: rule.id, reason: rule.reason, word: t.text };
    if (t.pos !== 'VERB') continue;
    // the main verb, past: "were held", "took place", "resumed"
    if (t.lower !== t.lemma && (OCCURRED.has(t.lemma) || OCCURRED_WITH[t.lemma] === tokens[j + 1]?.lower)) return 'occurred';
    break;
  }
  return null;
}
