/**
 * Events of one sentence: every verb (and nominal event) that matches the lexicon, with its
 * source and target from the clause analysis. Pure: returns candidates, assigns no ids.
 */
import type { Evidence, Mention, Token } from '../document/types.ts';
import type { EventLexicon, LexiconEntry } from './lexicon.ts';
import { matchAt, type PatternMatch } from './match.ts';
import { verbGroup, type VerbGroup } from './verb-group.ts';
import { findSubject, findTarget, coordinationRightOf, clauseEnd, breakAfter, inPrepositionalPhrase, type SentenceView } from './clause.ts';
import { isSubjectPronoun, resolvePronoun, type Discourse } from './discourse.ts';

export interface EventCandidate {
  sentenceIndex: number;
  sources: Mention[];
  targets: Mention[];
  entry: LexiconEntry;
  match: PatternMatch;
  group: VerbGroup | null;
  evidence: Evidence[];
}

export interface SentenceCoding {
  candidates: EventCandidate[];
  /** Verbs that matched a pattern but gave no event, and why (for `dyad explain`). */
  dropped: Array<{ token: number; entry: string; reason: string }>;
}

const CONJOINERS = new Set(['and', 'but', 'then', 'or']);
const GOVERNING_NEGATORS = new Set(['fail', 'refuse', 'decline']);

function anchorEntries(lexicon: EventLexicon, token: Token): readonly LexiconEntry[] | undefined {
  return lexicon.verbs.get(token.lemma) ?? lexicon.verbs.get(token.lower);
}

/** A verb by its tag; wink tags some news verbs as nouns after a name ("Russia attacks Ukraine"), handled by nominal patterns. */
function verbLike(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (token.pos !== 'VERB') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && prev.text === '-' && !token.spaceBefore) return false; // "Iran-backed", "test-fired"
  // adjectival participle: "the disputed waters", "occupied territories"
  const beforeNoun = next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
  const inNounPhrase = !prev || prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'ADP' || prev.pos === 'NUM';
  return !(token.lower.endsWith('ed') && beforeNoun && inNounPhrase);
}

export function codeSentence(view: SentenceView, lexicon: EventLexicon, discourse: Discourse, expand: (m: Mention) => Mention[]): SentenceCoding {
  const { tokens, sentence } = view;
  const candidates: EventCandidate[] = [];
  const dropped: SentenceCoding['dropped'] = [];
  const consumed = new Set<number>();
  const subjects = new Map<number, Mention[]>();
  const groups = new Map<number, VerbGroup>();

  const groupOf = (i: number): VerbGroup => {
    let g = groups.get(i);
    if (!g) {
      g = verbGroup(tokens, i, sentence.tokenStart);
      groups.set(i, g);
    }
    return g;
  };

  /** The subject of the verb at token i, following control, conjunction, relatives and pronouns. */
  const subjectOf = (i: number, depth = 0): { mentions: Mention[]; rule: string } => {
    const known = subjects.get(i);
    if (known) return { mentions: known, rule: 'clause.memo' };
    const g = groupOf(i);
    const before = tokens[g.start - 1];
    let result: { mentions: Mention[]; rule: string } = { mentions: [], rule: 'clause.none' };
    // conjoined verb phrase: "met and agreed", "met X and signed Y"
    if (before && CONJOINERS.has(before.lower) && depth < 4) {
      const prev = previousVerb(tokens, g.start - 1, sentence.tokenStart);
      if (prev >= 0) result = { mentions: subjectOf(prev, depth + 1).mentions, rule: 'clause.conjoined' };
    }
    if (!result.mentions.length) {
      const found = findSubject(view, g.start);
      if (found.mentions.length) result = { mentions: found.mentions, rule: 'clause.subject' };
      else {
        const boundary = tokens[found.boundary];
        if (boundary && /^(who|which|that)$/.test(boundary.lower)) {
          const antecedent = mentionBefore(view, found.boundary);
          if (antecedent) result = { mentions: [antecedent], rule: 'clause.relative' };
        } else if (before?.lower === 'to' && depth < 4) {
          // control: "agreed to deepen", "wants Pakistan to ensure" (object found above)
          const governing = previousVerb(tokens, g.start - 1, sentence.tokenStart);
          if (governing >= 0) result = { mentions: subjectOf(governing, depth + 1).mentions, rule: 'clause.control' };
        }
        if (!result.mentions.length && before && isSubjectPronoun(before.lower)) {
          const resolved = resolvePronoun(discourse, before.lower);
          if (resolved.length) result = { mentions: resolved, rule: `coref.pronoun:${before.lower}` };
        }
      }
    }
    subjects.set(i, result.mentions);
    return result;
  };

  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = tokens[i];
    if (consumed.has(i) || !verbLike(tokens, i)) continue;
    const entries = anchorEntries(lexicon, token);
    if (!entries) continue;
    const g = groupOf(i);
    const scope = { tokens, end: clauseEnd(view, i + 1), mentionAt: view.mentionAt };
    const wide = { tokens, end: breakAfter(view, i + 1), mentionAt: view.mentionAt };
    const match = matchAt(wide, entries, i);
    if (!match) continue;
    for (const k of match.matched) consumed.add(k);
    consumeComplements(tokens, match.tokenEnd, scope.end, consumed);

    let sources: Mention[];
    let targets: Mention[];
    const evidence: Evidence[] = [];
    if (g.passive) {
      const agent = agentAfter(view, match.tokenEnd, scope.end);
      if (!agent.length) {
        dropped.push({ token: i, entry: match.entry.id, reason: 'passive without an actor as agent ("by ...")' });
        continue;
      }
      sources = agent;
      const left = findSubject({ ...view }, g.start);
      targets = left.mentions.length ? left.mentions : patientInPhrase(view, g.start);
      evidence.push({ stage: 'events', rule: 'clause.passive', text: tokens.slice(g.start, i + 1).map((t) => t.text).join(' ') });
    } else {
      const subject = subjectOf(i);
      sources = subject.mentions;
      if (sources.length) evidence.push({ stage: 'events', rule: subject.rule, text: sources.map((m) => m.text).join(' + ') });
      const exclude = new Set(sources.flatMap(expand).map((m) => m.code));
      targets = match.target ? [match.target] : findTarget(view, match.tokenStart + 1, exclude);
    }
    if (!sources.length) {
      dropped.push({ token: i, entry: match.entry.id, reason: 'no source actor in the clause' });
      continue;
    }
    const negatedByGoverning = governedByNegator(tokens, g.start);
    if (negatedByGoverning) evidence.push({ stage: 'events', rule: 'modality.governing-negator', text: negatedByGoverning });
    const group = negatedByGoverning ? { ...g, negated: true, markers: [...g.markers, negatedByGoverning] } : g;
    candidates.push({ sentenceIndex: sentence.index, sources, targets, entry: match.entry, match, group, evidence });
  }
  codeNominalEvents(view, lexicon, consumed, candidates);
  return { candidates, dropped };
}

function previousVerb(tokens: Token[], from: number, stop: number): number {
  for (let i = from - 1; i >= stop; i--) if (tokens[i].pos === 'VERB') return i;
  return -1;
}

function mentionBefore(view: SentenceView, at: number): Mention | undefined {
  let i = at - 1;
  while (i >= view.sentence.tokenStart && view.tokens[i].text === ',') i--;
  return view.mentionCovering(i);
}

/** "refused to meet", "failed to sign": the complement did not happen. */
function governedByNegator(tokens: Token[], groupStart: number): string | null {
  const to = tokens[groupStart - 1];
  const gov = tokens[groupStart - 2];
  if (to?.lower === 'to' && gov && GOVERNING_NEGATORS.has(gov.lemma)) return `${gov.text} to`;
  return null;
}

/** Complement verbs of a matched verb ("agreed to deepen", "for negotiating") belong to its event. */
function consumeComplements(tokens: Token[], from: number, end: number, consumed: Set<number>): void {
  for (let i = from; i < end; i++) {
    const t = tokens[i];
    if (t.pos === 'VERB' && (tokens[i - 1]?.lower === 'to' || (t.lower.endsWith('ing') && tokens[i - 1]?.pos === 'ADP'))) consumed.add(i);
  }
}

/** Passive agent: "was blocked by China". */
function agentAfter(view: SentenceView, from: number, end: number): Mention[] {
  for (let i = from; i < end; i++) {
    if (view.tokens[i].lower !== 'by') continue;
    let j = i + 1;
    while (j < end && view.tokens[j].pos === 'DET') j++;
    const m = view.mentionAt.get(j);
    if (m) return coordinationRightOf(view, m, end);
  }
  return [];
}

/** Passive patient inside a phrase before the verb: "A proposal by the United States was blocked". */
function patientInPhrase(view: SentenceView, groupStart: number): Mention[] {
  for (let k = view.mentions.length - 1; k >= 0; k--) {
    const m = view.mentions[k];
    if (m.tokenEnd > groupStart) continue;
    if (inPrepositionalPhrase(view, m)) return [m];
    break;
  }
  return [];
}

/** Nominal events from nouns.tsv: "Xi Jinping's visit to Pakistan", "a visit by X to Y". */
function codeNominalEvents(view: SentenceView, lexicon: EventLexicon, consumed: Set<number>, out: EventCandidate[]): void {
  const { tokens, sentence } = view;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = tokens[i];
    if (consumed.has(i) || (token.pos !== 'NOUN' && token.pos !== 'ADJ')) continue;
    const entries = lexicon.nouns.get(token.lemma) ?? lexicon.nouns.get(token.lower);
    if (!entries) continue;
    const end = clauseEnd(view, i + 1);
    const match = matchAt({ tokens, end, mentionAt: view.mentionAt }, entries, i);
    if (!match) continue;
    const possessor = possessorOf(view, i);
    const sources = possessor ? [possessor] : agentAfter(view, match.tokenEnd, end);
    if (!sources.length) continue;
    const exclude = new Set(sources.map((m) => m.code));
    const targets = match.target ? [match.target] : findTarget(view, match.tokenEnd, exclude);
    for (const k of match.matched) consumed.add(k);
    out.push({
      sentenceIndex: sentence.index,
      sources,
      targets,
      entry: match.entry,
      match,
      group: null,
      evidence: [{ stage: 'events', rule: possessor ? 'nominal.possessor' : 'nominal.by-agent', text: sources.map((m) => m.text).join(' + ') }],
    });
  }
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
