/**
 * Matches lexicon patterns against the tokens that follow an anchor (docs/LEXICON.md).
 * Backtracking over gaps; a gap never crosses punctuation or a verb of another clause.
 */
import type { Mention, Token } from '../document/types.ts';
import type { LexiconEntry, PatternElement } from './lexicon.ts';

export interface MatchScope {
  tokens: Token[];
  /** First token after the clause (exclusive bound for matching). */
  end: number;
  /** Mention starting at a token index. */
  mentionAt: ReadonlyMap<number, Mention>;
}

export interface PatternMatch {
  entry: LexiconEntry;
  /** Token range of all matched words, anchor included. */
  tokenStart: number;
  tokenEnd: number;
  /** Indices of the literal words matched (for evidence). */
  matched: number[];
  target: Mention | null;
  /** "a curfew was imposed": the pattern's object is the passive subject, before the verb. */
  objectBefore?: boolean;
}

const GAP_STOP_POS = new Set(['PUNCT', 'VERB', 'AUX', 'SCONJ', 'PRON', 'CCONJ']);
/** Tokens a gap skips without counting them against its length. */
const FREE_IN_GAP = new Set(['NUM', 'ADV']);
const GAP_PASS = new Set(['-', "'s", '’s', "'", '’', '%']);
/** "lifted on Friday a day-old blockade": day names and hyphens cost a gap nothing. */
const FREE_WORDS = /^(-|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;
/** Negators a gap may cross; the match is then negated ("vowed not to return", "reached no agreement"). */
const GAP_NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** May a gap skip this token? Nouns, adjectives, determiners, numbers, possessives, hyphens. */
function gapToken(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (GAP_PASS.has(token.lower) || POSSESSIVES.has(token.lower) || GAP_NEGATORS.has(token.lower)) return true;
  if (token.lower === 'by') return false; // "transferred by Kurdish forces": an agent, not the pattern's object
  if (token.pos === 'VERB') return i > 0 && tokens[i - 1].text === '-' && !tokens[i].spaceBefore; // "long-awaited"
  return !GAP_STOP_POS.has(token.pos);
}

function wordAt(tokens: Token[], at: number, end: number, words: string[]): number {
  if (words.length > 1 && at < end && tokens[at].lower === words.join('')) return at + 1; // "de-escalation" kept whole
  let i = at;
  for (const w of words) {
    if (i >= end) return -1;
    const t = tokens[i];
    if (t.lemma !== w && t.lower !== w) return -1;
    i++;
  }
  return i;
}

interface MatchState {
  matched: number[];
  target: Mention | null;
  /** (element, token) pairs known to fail: keeps backtracking over gaps linear. */
  failed: Set<number>;
}

function matchFrom(scope: MatchScope, elements: PatternElement[], e: number, at: number, st: MatchState): number {
  if (e === elements.length) return at;
  const key = e * 100_000 + at;
  if (st.failed.has(key)) return -1;
  const result = matchElement(scope, elements, e, at, st);
  if (result < 0) st.failed.add(key);
  return result;
}

function matchElement(scope: MatchScope, elements: PatternElement[], e: number, at: number, st: MatchState): number {
  const { matched } = st;
  const el = elements[e];
  const { tokens, end } = scope;
  switch (el.kind) {
    case 'word':
      for (const alt of el.alternatives) {
        const next = wordAt(tokens, at, end, alt);
        if (next < 0) continue;
        const mark = matched.length;
        for (let k = at; k < next; k++) matched.push(k);
        const result = matchFrom(scope, elements, e + 1, next, st);
        if (result >= 0) return result;
        matched.length = mark;
      }
      return -1;
    case 'verb':
      if (at < end && tokens[at].pos === 'VERB') {
        matched.push(at);
        const result = matchFrom(scope, elements, e + 1, at + 1, st);
        if (result >= 0) return result;
        matched.pop();
      }
      return -1;
    case 'target': {
      const mention = scope.mentionAt.get(at);
      if (!mention) return -1;
      const result = matchFrom(scope, elements, e + 1, mention.tokenEnd, st);
      if (result >= 0) st.target ??= mention;
      return result;
    }
    case 'gap': {
      let i = at;
      for (let skipped = 0; skipped <= el.max && i <= end; ) {
        const result = matchFrom(scope, elements, e + 1, i, st);
        if (result >= 0) return result;
        if (i >= end) break;
        const mention = scope.mentionAt.get(i);
        if (mention) {
          // the mention's head may be the pattern's word: "expelled two British diplomats"
          if (mention.tokenEnd - 1 > i) {
            const result = matchFrom(scope, elements, e + 1, mention.tokenEnd - 1, st);
            if (result >= 0) return result;
          }
          i = appositiveEnd(scope, mention);
          skipped++;
          continue;
        }
        const agent = agentPhraseEnd(scope, st, i);
        if (agent > i) {
          i = agent;
          skipped++;
          continue;
        }
        if (!gapToken(tokens, i)) break;
        if (!FREE_IN_GAP.has(tokens[i].pos) && !FREE_WORDS.test(tokens[i].lower)) skipped++; // "nearly 25,000 tons of food aid": numbers and adverbs are free
        i++;
      }
      return -1;
    }
  }
}

/**
 * "was indicted by the UN court for atrocities": right after a past participle anchor, a by-phrase naming an
 * actor is the passive's agent, which a gap passes whole (never taking the agent as the pattern's object).
 * The token after the phrase, or `at` when there is none.
 */
function agentPhraseEnd(scope: MatchScope, st: MatchState, at: number): number {
  const { tokens } = scope;
  const anchor = tokens[st.matched[0]];
  if (tokens[at].lower !== 'by' || at !== st.matched[0] + 1 || !anchor || !/ed$|en$/.test(anchor.lower)) return at;
  let j = at + 1;
  while (j < scope.end && tokens[j].pos === 'DET') j++;
  const agent = scope.mentionAt.get(j);
  return agent && agent.tokenEnd < scope.end ? agent.tokenEnd : at;
}

/** "forced the United Nations Children's Fund, UNICEF, out": an appositive naming the same actor is part of the mention; the token after it. */
function appositiveEnd(scope: MatchScope, mention: Mention): number {
  const { tokens, end } = scope;
  const at = mention.tokenEnd;
  const again = tokens[at]?.text === ',' ? scope.mentionAt.get(at + 1) : undefined;
  return again && again.code === mention.code && again.tokenEnd < end && tokens[again.tokenEnd].text === ',' ? again.tokenEnd + 1 : at;
}

/** No pattern reaches further than this many tokens past its anchor (gaps of 8, mentions of a few words). */
const MAX_SPAN = 24;

/** The words (lemmas and forms) after the anchor that a pattern could use. */
function wordsAfter(scope: MatchScope, at: number): Set<string> {
  const words = new Set<string>();
  const end = Math.min(scope.end, at + 1 + MAX_SPAN);
  for (let i = at + 1; i < end; i++) {
    words.add(scope.tokens[i].lemma);
    words.add(scope.tokens[i].lower);
  }
  return words;
}

function possible(entry: LexiconEntry, words: Set<string>): boolean {
  for (const need of entry.needs) if (!need.some((w) => words.has(w))) return false;
  return true;
}

interface AnchorIndex {
  /** Entries by a word their first literal element needs. */
  byWord: Map<string, LexiconEntry[]>;
  /** Entries with no literal element after the anchor. */
  bare: LexiconEntry[];
  rank: Map<LexiconEntry, number>;
}

/** Derived once per anchor's (immutable) entry list: lets an anchor with thousands of entries try only the plausible ones. */
const INDEXES = new WeakMap<readonly LexiconEntry[], AnchorIndex>();

function anchorIndex(entries: readonly LexiconEntry[]): AnchorIndex {
  let index = INDEXES.get(entries);
  if (!index) {
    index = { byWord: new Map(), bare: [], rank: new Map() };
    entries.forEach((e, k) => {
      index!.rank.set(e, k);
      if (!e.needs.length) index!.bare.push(e);
      for (const w of new Set(e.needs[0] ?? [])) {
        const list = index!.byWord.get(w) ?? [];
        list.push(e);
        index!.byWord.set(w, list);
      }
    });
    INDEXES.set(entries, index);
  }
  return index;
}

/** The entries that could match given the words after the anchor, in the lexicon's order. */
function candidates(entries: readonly LexiconEntry[], words: Set<string>): readonly LexiconEntry[] {
  const index = anchorIndex(entries);
  let ranks: number[] | undefined;
  for (const w of words) {
    const list = index.byWord.get(w);
    if (!list) continue;
    ranks ??= index.bare.map((e) => index.rank.get(e)!);
    for (const e of list) ranks.push(index.rank.get(e)!);
  }
  if (!ranks) return index.bare;
  ranks.sort((a, b) => a - b);
  const out: LexiconEntry[] = [];
  for (let k = 0; k < ranks.length; k++) if (k === 0 || ranks[k] !== ranks[k - 1]) out.push(entries[ranks[k]]);
  return out;
}

/** Index of a negator the match's gaps crossed ("vowed not to return", "reached no agreement"), or -1. */
export function negatorInside(tokens: Token[], match: PatternMatch): number {
  const matched = new Set(match.matched);
  for (let i = match.tokenStart + 1; i < match.tokenEnd; i++) if (!matched.has(i) && GAP_NEGATORS.has(tokens[i].lower)) return i;
  return -1;
}

/** "welcomed President Reagan's statement": the pattern's last word (or the name it heads) owns what follows; it is not the object. */
function possessed(scope: MatchScope, at: number, next: number): boolean {
  let end = next;
  for (let k = next - 1; k > at; k--) {
    const m = scope.mentionAt.get(k);
    if (m && m.tokenEnd > end) end = m.tokenEnd;
  }
  const mark = scope.tokens[end]?.lower;
  return mark === "'s" || mark === '’s';
}

/** The most specific entry matching at anchor token `at` (entries come sorted, most specific first). */
export function matchAt(scope: MatchScope, entries: readonly LexiconEntry[], at: number): PatternMatch | null {
  const words = entries.length > 4 ? wordsAfter(scope, at) : null;
  for (const entry of words ? candidates(entries, words) : entries) {
    if (words && !possible(entry, words)) continue;
    const st: MatchState = { matched: [at], target: null, failed: new Set() };
    const next = matchFrom(scope, entry.elements, 0, at + 1, st);
    // "pushed hard for", "called repeatedly for": adverbs between the verb and its particle
    const first = entry.elements[0];
    const after = next < 0 && first?.kind === 'word' && first.alternatives.every((a) => a.length === 1 && ADVERB_CROSSING.has(a[0])) ? adverbsAfter(scope, at) : at + 1;
    if (after > at + 1) {
      const st2: MatchState = { matched: [at], target: null, failed: new Set() };
      const next2 = matchFrom(scope, entry.elements, 0, after, st2);
      if (next2 >= 0 && !possessed(scope, at, next2)) return { entry, tokenStart: at, tokenEnd: next2, matched: st2.matched, target: st2.target };
    }
    if (next < 0 || (next > at + 1 && possessed(scope, at, next))) continue;
    return { entry, tokenStart: at, tokenEnd: Math.max(at + 1, next), matched: st.matched, target: st.target };
  }
  return null;
}

/** Prepositions an adverb may stand before ("pushed hard for", "worked closely with"); particles ("sit in", "speak out") never. */
const ADVERB_CROSSING = new Set(['for', 'with', 'against', 'on', 'at', 'about', 'into', 'to']);
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'back', 'away', 'in', 'over', 'around', 'through', 'together']);

/** The first token after up to two adverbs right after the anchor at `at` (negators and particles excepted). */
function adverbsAfter(scope: MatchScope, at: number): number {
  let k = at + 1;
  const adverb = (t: Token) => (t.pos === 'ADV' && !GAP_NEGATORS.has(t.lower) && !PARTICLES.has(t.lower)) || t.lower === 'hard' || t.lower === 'harder'; // "pushing hard for": tagged an adjective
  while (k < scope.end && k - at <= 2 && adverb(scope.tokens[k])) k++;
  return k;
}

/** Prepositions after an object noun inside a passive subject: "a ban on protests", "sanctions against Iran". */
const OBJECT_PP = new Set(['on', 'against', 'of', 'over', 'for', 'targeting']);
const PP_INNER_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Where the object's words may end: right before the verb group, or before a prepositional phrase closing the subject. */
function objectEnds(scope: MatchScope, groupStart: number): Array<{ end: number; actor: Mention | null; pp: Mention | null }> {
  const { tokens } = scope;
  const covering = (k: number) => [...scope.mentionAt.values()].find((m) => m.tokenStart <= k && m.tokenEnd > k) ?? null;
  const ends: Array<{ end: number; actor: Mention | null; pp: Mention | null }> = [];
  const head = tokens[groupStart - 1];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return ends;
  // "Protesters were dispersed": an actor whose head is the object is the target
  const actor = covering(groupStart - 1);
  if (!actor || actor.tokenEnd === groupStart) ends.push({ end: groupStart, actor, pp: null });
  for (let k = groupStart - 1; k >= Math.max(0, groupStart - 6); k--) {
    const m = covering(k);
    if (m) {
      k = m.tokenStart;
      continue;
    }
    if (OBJECT_PP.has(tokens[k].lower) && tokens[k - 1]?.pos === 'NOUN') {
      // "a ban on opposition rallies was imposed": the object is "ban", the phrase's actor its target
      const pp = [...scope.mentionAt.values()].find((x) => x.tokenStart > k && x.tokenEnd <= groupStart) ?? null;
      ends.push({ end: k, actor: null, pp });
      break;
    }
    if (!PP_INNER_POS.has(tokens[k].pos)) break;
  }
  return ends;
}

/**
 * "A curfew was imposed on the city", "sanctions were imposed on Iran by the EU", "a ban on
 * rallies was imposed": a passive whose subject is the object a pattern names after its verb
 * ("impose * curfew"). The object's words end right before the verb group, or before a
 * prepositional phrase that closes the subject (whose actor is then the target); the pattern's
 * remaining elements match after the verb. The match spans the verb and what follows it; the
 * object's tokens are in `matched`.
 */
export function matchPassiveObject(scope: MatchScope, entries: readonly LexiconEntry[], at: number, groupStart: number): PatternMatch | null {
  const { tokens } = scope;
  const ends = objectEnds(scope, groupStart);
  if (!ends.length) return null;
  for (const entry of entries) {
    const first = entry.elements[0]?.kind === 'gap' ? 1 : 0;
    const object = entry.elements[first];
    if (object?.kind !== 'word') continue;
    for (const { end, actor, pp } of ends) {
      for (const alt of object.alternatives) {
        const start = end - alt.length;
        if (start < 0 || wordAt(tokens, start, end, alt) !== end) continue;
        const st: MatchState = { matched: [at], target: null, failed: new Set() };
        const next = matchFrom(scope, entry.elements, first + 1, at + 1, st);
        if (next < 0) continue;
        for (let k = start; k < end; k++) st.matched.push(k);
        return { entry, tokenStart: at, tokenEnd: Math.max(at + 1, next), matched: st.matched, target: actor ?? pp ?? st.target, objectBefore: true };
      }
    }
  }
  return null;
}
