/**
 * Noun phrases around actor mentions: is a mention the object of a preposition ("by X",
 * "between A and B"), and which mentions are coordinated with it ("A, B and C").
 */
import type { Mention, Token } from '../document/types.ts';
import type { SentenceView } from './sentence-view.ts';
import { isHyphenatedTail } from './verb-group.ts';

const NP_INNER_POS = new Set(['DET', 'ADJ', 'NUM']);
const QUANTIFIERS = new Set(['about', 'some', 'nearly', 'almost', 'around', 'roughly', 'over', 'thousands', 'hundreds', 'dozens', 'tens', 'millions']);
const QUANTITY_OF = /^(thousands|hundreds|dozens|tens|millions|scores|group|groups|number|some|many|most|all|several|few|both|none|each|one|two|three|four|five|six|ten|majority)$/;

/** "up to 100", "more than 500", "as many as 20": a preposition inside a number phrase. */
function isQuantity(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!next || !prev) return false;
  const numberFollows = next.pos === 'NUM' || /^(thousands|hundreds|dozens|tens|millions)$/.test(next.lower);
  return numberFollows && /^(up|more|less|fewer|many)$/.test(prev.lower);
}
/** Word classes inside a noun phrase: determiners, modifiers, numbers and nouns. */
export const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN']);

export const POSSESSIVE = new Set(["'s", '’s', "'", '’', 'its', 'their', 'his', 'her']);

/** Is the mention the object of a preposition ("by X", "of the Y", "between A and B")? */
export function inPrepositionalPhrase(view: SentenceView, mention: Mention): boolean {
  return prepositionOf(view, mention) >= 0;
}

/** The token index of the preposition governing the mention, or -1. */
export function prepositionOf(view: SentenceView, mention: Mention): number {
  const { tokens, sentence } = view;
  let i = mention.tokenStart - 1;
  while (i >= sentence.tokenStart) {
    const t = tokens[i];
    if (NP_INNER_POS.has(t.pos) || POSSESSIVE.has(t.lower)) {
      i--;
      continue;
    }
    const inner = view.mentionCovering(i);
    if (inner && (tokens[inner.tokenEnd]?.lower === "'s" || tokens[inner.tokenEnd]?.lower === '’s')) {
      i = inner.tokenStart - 1;
      continue;
    }
    if (t.lower === 'and' || t.lower === 'or') {
      // inside a coordination: the PP status is that of the first conjunct
      let j = i - 1;
      while (j >= sentence.tokenStart && tokens[j].pos === 'DET') j--;
      const before = view.mentionCovering(j);
      return before ? prepositionOf(view, before) : -1;
    }
    if (t.pos === 'NUM' || QUANTIFIERS.has(t.lower)) {
      i--;
      continue;
    }
    if (t.lower === 'of' && tokens[i - 1] && QUANTITY_OF.test(tokens[i - 1].lower)) {
      i--; // "thousands of Kurds", "a group of diplomats": the quantity is not a preposition's head
      continue;
    }
    if (t.pos === 'ADP' && isQuantity(tokens, i)) {
      i -= 2; // "up to", "more than", "as many as"
      continue;
    }
    return t.pos === 'ADP' && t.lower !== 'like' ? i : -1;
  }
  return -1;
}

/** The conjuncts of a coordination ending at `last` ("A, B and C"), left to right. */
export function coordinationLeftOf(view: SentenceView, last: Mention): Mention[] {
  const { tokens } = view;
  const out = [last];
  let current = last;
  let sawAnd = false;
  for (;;) {
    let i = current.tokenStart - 1;
    while (i >= view.sentence.tokenStart && tokens[i].pos === 'DET') i--;
    const joiner = tokens[i];
    if (!joiner) break;
    const isAnd = joiner.lower === 'and' || joiner.text === '&';
    if (!isAnd && !(joiner.text === ',' && sawAnd)) break;
    const before = view.mentionCovering(i - 1);
    if (!before) break;
    if (isAnd) sawAnd = true;
    out.unshift(before);
    current = before;
  }
  return out;
}

/** The conjuncts of a coordination starting at `first` ("A, B and C"), left to right. */
export function coordinationRightOf(view: SentenceView, first: Mention, end: number): Mention[] {
  const { tokens } = view;
  const out = [first];
  let current = first;
  let sawAnd = false;
  for (;;) {
    let i = current.tokenEnd;
    const joiner = tokens[i];
    if (!joiner || i >= end) break;
    if (joiner.text !== ',' && joiner.lower !== 'and' && joiner.text !== '&') break;
    i++;
    if (joiner.text === ',' && tokens[i]?.lower === 'and') i++;
    if (tokens[i - 1].lower === 'and' || tokens[i - 1].text === '&') sawAnd = true;
    while (i < end && tokens[i].pos === 'DET') i++;
    let next = view.mentionAt.get(i);
    // "and Iran's foreign minister": the conjunct is the possessed actor, not its owner
    const owned = next && POSSESSIVE.has(tokens[next.tokenEnd]?.lower ?? '') ? view.mentionAt.get(next.tokenEnd + 1) : undefined;
    if (owned) next = owned;
    if (!next) break;
    out.push(next);
    current = next;
  }
  // "by Somali militants, Kenyan officials said": commas without a closing "and" join no list
  return sawAnd ? out : [first];
}

/** Words after a passive verb that open another clause or a time phrase of its own. */
const CLAUSE_OPENERS = new Set(['until', 'unless', 'before', 'after', 'because', 'while', 'since', 'when', 'despite']);

/** Passive agent: "was blocked by China". */
const AGENT_LEAD_POS = new Set(['DET', 'NUM', 'ADV', 'ADJ']);

/** "accused of misusing": a gerund right after the preposition that opens a passive verb's complement. */
function gerundComplement(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  return t.pos === 'VERB' && /ing$/.test(t.lower) && /^(of|for)$/.test(view.tokens[i - 1]?.lower ?? '');
}

/** Index of the "by" of the first ", by" in tokens [from, end), or -1. */
function commaBy(view: SentenceView, from: number, end: number): number {
  for (let i = from; i + 1 < end; i++) if (view.tokens[i].text === ',' && view.tokens[i + 1].lower === 'by') return i + 1;
  return -1;
}

/** Is there a by-phrase before the next verb in tokens [from, end) ("indicted by the tribunal"), an actor or not? */
export function byPhraseAfter(view: SentenceView, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    if (view.tokens[i].pos === 'VERB' || view.tokens[i].pos === 'AUX' || CLAUSE_OPENERS.has(view.tokens[i].lower)) return false;
    if (view.tokens[i].lower === 'by' && view.tokens[i + 1]?.pos !== 'VERB') return true;
  }
  return false;
}

export function agentAfter(view: SentenceView, from: number, end: number): Mention[] {
  for (let i = from; i < end; i++) {
    if (gerundComplement(view, i)) {
      // "was accused of misusing funds, much of it embezzled, by officials": the by-phrase set off after the
      // passive verb's gerund complement is still the passive verb's
      const last = view.sentence.tokenEnd;
      const setOff = commaBy(view, i + 1, last);
      return setOff < 0 ? [] : agentAfter(view, setOff, last);
    }
    // "recaptured, ..., along with hills held by militias": a by-phrase after another verb is that verb's
    if (view.tokens[i].pos === 'VERB' || view.tokens[i].pos === 'AUX') return [];
    // "will not be provided until a ruling by a court": a by-phrase past a clause opener is not the verb's
    if (CLAUSE_OPENERS.has(view.tokens[i].lower) || view.tokens[i].pos === 'SCONJ') return [];
    if (view.tokens[i].lower !== 'by') continue;
    let j = i + 1;
    // "by about 2,000 US troops", "by some 300 rebels"
    // "by current government officials": an adjective before the actor's words, unless it is the actor's own
    // "by stone-throwing protesters": a hyphenated modifier too
    for (;;) {
      if (j >= end || view.mentionAt.has(j)) break;
      if (AGENT_LEAD_POS.has(view.tokens[j].pos) || view.tokens[j].lower === 'about') j++;
      else if (view.tokens[j + 1]?.text === '-' && isHyphenatedTail(view.tokens, j + 2) && !view.mentionAt.has(j + 2)) j += 3;
      else break;
    }
    const m = view.mentionAt.get(j);
    // "banned by Kenyan law": a demonym before the agent's noun is no agent
    if (m && view.tokens[m.tokenEnd]?.pos !== 'NOUN') return coordinationRightOf(view, m, end);
    // "kidnapped by a militia, ... jailed by the government": the first by-phrase names the agent; no actor there, no agent
    return [];
  }
  return [];
}

/** "talks were held in Geneva between Iran and the US": the parties after "between" in tokens [from, end), at least two, or none. */
export function partiesBetween(view: SentenceView, from: number, end: number): Mention[] {
  for (let i = from; i < end; i++) {
    if (view.tokens[i].pos === 'VERB') return [];
    if (view.tokens[i].lower !== 'between') continue;
    let j = i + 1;
    while (j < end && view.tokens[j].pos === 'DET' && !view.mentionAt.has(j)) j++;
    const first = view.mentionAt.get(j);
    const parties = first ? coordinationRightOf(view, first, end) : [];
    return parties.length > 1 || parties[0]?.kind === 'collective' ? parties : []; // "between the two countries"
  }
  return [];
}

/** Words that count a noun left out: "dozens more", "several" (numbers count too). */
const COUNT_WORDS = /^(dozens|scores|hundreds|thousands|several|many)$/;
/** Words that may go with a count: "another seven", "a further five", "dozens more" ("four others" are other people). */
const COUNT_COMPANIONS = /^(another|a|further|more)$/;

/**
 * "killed three policemen and wounded five", "... and injured another seven": a verb whose object is
 * a bare count takes the counted noun of the object right before "and": that mention, or undefined.
 */
export function elidedObject(view: SentenceView, verb: number, groupStart: number): Mention | undefined {
  const { tokens } = view;
  let k = verb + 1;
  let counted = false;
  for (; k < view.sentence.tokenEnd && !view.mentionCovering(k); k++) {
    const count = tokens[k].pos === 'NUM' || COUNT_WORDS.test(tokens[k].lower);
    if (!count && !COUNT_COMPANIONS.test(tokens[k].lower)) break;
    counted ||= count;
  }
  const next = tokens[k];
  if (!counted || (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || /^others?$/.test(next.lower)))) return undefined;
  const conjunction = tokens[groupStart - 1];
  if (conjunction?.lower !== 'and' && conjunction?.text !== ',') return undefined;
  const object = view.mentionCovering(groupStart - 2);
  return object && object.tokenEnd === groupStart - 1 && tokens[object.tokenStart - 1]?.pos === 'NUM' ? object : undefined;
}
