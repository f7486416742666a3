/**
 * Nominal events from nouns.tsv: "Xi Jinping's visit to Pakistan", "a visit by X to Y",
 * "fighting between A and B". A nominal event inside the clause of a coded verb is that
 * verb's topic ("condemned Russia's invasion", "rejected a request to ..."), not an event of
 * its own.
 */
import type { Mention } from '../document/types.ts';
import type { EventCandidate, SentenceCoding } from './code-sentence.ts';
import type { EventLexicon } from './lexicon.ts';
import { matchAt, type PatternMatch } from './match.ts';
import { findTarget, clauseEnd } from './clause.ts';
import { agentAfter, coordinationRightOf } from './noun-phrases.ts';
import { breakAfter, type SentenceView } from './sentence-view.ts';
import { isDirective } from './content.ts';
import { figurativeModifier, violentCode } from './instruments.ts';

export function codeNominalEvents(view: SentenceView, lexicon: EventLexicon, consumed: Set<number>, out: EventCandidate[], dropped: SentenceCoding['dropped']): void {
  const { tokens, sentence } = view;
  // a demand's scope runs on through its that-clause ("demanded that the US match the EU's support")
  const verbScopes = out.map((c) => [c.match.tokenStart, isDirective(c.entry) ? breakAfter(view, c.match.tokenStart + 1) : clauseEnd(view, c.match.tokenStart + 1)]);
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (consumed.has(i) || !nounLike(view, i)) continue;
    const token = tokens[i];
    const entries = lexicon.nouns.get(token.lemma) ?? lexicon.nouns.get(token.lower);
    if (!entries) continue;
    const end = clauseEnd(view, i + 1);
    const match = matchAt({ tokens, end, mentionAt: view.mentionAt }, entries, i);
    if (!match) continue;
    const owner = possessorOf(view, i);
    const demonym = owner ? undefined : demonymBefore(view, i);
    const possessor = owner ?? demonym;
    const parties = possessor ? [] : betweenParties(view, match);
    const sources = possessor ? [possessor] : parties.length ? parties : agentRightAfter(view, match, end);
    if (!sources.length) continue;
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
    if (verbScopes.some(([from, to]) => i > from && i < to)) {
      dropped.push({ token: i, entry: match.entry.id, reason: 'nominal event inside the clause of a coded verb: its topic' });
      continue;
    }
    const exclude = new Set(sources.map((m) => m.code));
    const targets = parties.length ? [] : match.target ? [match.target] : findTarget(view, match.tokenEnd, exclude, new Set(), new Set(), match.entry.cameo);
    if (!targets.length && !parties.length && (isHeading(view) || demonym)) continue; // "Xi's 2015 visit" as a heading, "a Chinese visit": no dyad, no event
    for (const k of match.matched) consumed.add(k);
    const rule = possessor ? 'nominal.possessor' : parties.length ? 'nominal.between' : 'nominal.by-agent';
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

/** A noun, or a gerund standing as one ("Fighting between ... resumed", "the shelling of ..."). */
function nounLike(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (t.pos === 'NOUN' || t.pos === 'ADJ') return true;
  if (i === view.sentence.tokenStart) return t.pos === 'PROPN' || t.pos === 'VERB'; // "Talks between ...", "Fighting between ..." opening a sentence
  const prev = view.tokens[i - 1];
  return t.pos === 'VERB' && t.lower.endsWith('ing') && (prev?.pos === 'DET' || prev?.pos === 'ADJ');
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
  while (i > view.sentence.tokenStart && (view.tokens[i].pos === 'ADJ' || view.tokens[i].pos === 'NUM' || /^(first|official|state|recent|planned)$/.test(view.tokens[i].lower))) i--;
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
