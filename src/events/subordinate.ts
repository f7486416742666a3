/**
 * Subordinate clauses: the words that open one ("because", "unless", "after gunmen attacked"),
 * and a sentence that opens with one ("When the talks collapsed, Russia accused ..."), whose
 * closing comma separates its verb from the main clause.
 */
import type { Token } from '../document/types.ts';
import { isHardBreak, type SentenceView } from './sentence-view.ts';
import { looksParticiple } from './verb-group.ts';

const SUBORDINATORS = new Set(['that', 'because', 'while', 'whereas', 'although', 'though', 'when', 'if', 'unless', 'since', 'after', 'before', 'as', 'until', 'where', 'whether']);
/** Subordinators that never head a prepositional phrase, whatever the tagger says ("unless" is often ADP). */
const ALWAYS_SUBORDINATING = new Set(['unless', 'because', 'although', 'though', 'whereas', 'whether', 'if']);

export function isSubordinator(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return (t.pos === 'SCONJ' && SUBORDINATORS.has(t.lower)) || ALWAYS_SUBORDINATING.has(t.lower) || temporalClause(tokens, i);
}

/** Words the tagger reads as prepositions that also open a clause of time ("after gunmen attacked"). */
const TIME_CONJUNCTIONS = new Set(['after', 'before', 'since', 'until']);
const CLAUSE_SUBJECT_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);

/** "after gunmen attacked two posts": a noun phrase and a finite verb follow, so "after" opens a clause. */
function temporalClause(tokens: Token[], i: number): boolean {
  if (!TIME_CONJUNCTIONS.has(tokens[i].lower) || tokens[i].pos !== 'ADP') return false;
  let k = i + 1;
  while (k < tokens.length && k - i <= 6 && CLAUSE_SUBJECT_POS.has(tokens[k].pos) && tokens[k].text !== ',') k++;
  const verb = tokens[k];
  if (k === i + 1 || !verb) return false;
  if (verb.pos === 'AUX') return true; // "after the talks had collapsed"
  // an inflected verb ("attacked", "resigns"): "after the North Korean launch" has a noun the tagger calls a verb
  return verb.pos === 'VERB' && !verb.lower.endsWith('ing') && verb.lemma !== verb.lower && tokens[k - 1].pos !== 'DET';
}

const LEADING = new Set(['ADV', 'CCONJ', 'PUNCT']);

/**
 * "Since the junta took over the capital in 2021, few have questioned ...": a sentence that opens with
 * a subordinate clause. The main clause's subject comes after the comma that closes it, and its
 * verbs' targets stay before it. The clause ends at the first comma after a verb of its own
 * ("Since 2016, Russia has" opens with a phrase, no clause); a participle with its by-agent
 * ("Since the regime, backed by Russia, took Aleppo,") is no verb of its own. -1 when none.
 */
export function introductoryClauseEnd(view: SentenceView): number {
  let end = introductions.get(view);
  if (end === undefined) {
    end = findIntroductoryClauseEnd(view);
    introductions.set(view, end);
  }
  return end;
}

const introductions = new WeakMap<SentenceView, number>();
/** Words opening a subordinate clause at the start of a sentence, whatever the tagger calls them ("But when the council met, ..."). */
const INTRODUCING = new Set(['when', 'while', 'whilst', 'after', 'before', 'since', 'as', 'if', 'unless', 'although', 'though', 'because', 'once', 'until', 'whereas']);

function findIntroductoryClauseEnd(view: SentenceView): number {
  const { tokens, sentence } = view;
  let s = sentence.tokenStart;
  const opens = (k: number) => isSubordinator(tokens, k) || INTRODUCING.has(tokens[k].lower);
  while (s < sentence.tokenEnd && LEADING.has(tokens[s].pos) && !opens(s)) s++;
  if (s >= sentence.tokenEnd || !opens(s) || tokens[s].lower === 'that') return -1;
  let verb = false;
  for (let k = s + 1; k < sentence.tokenEnd; k++) {
    const t = tokens[k];
    if (t.text === ',' && verb) return k;
    if (isHardBreak(t)) return -1;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && !(looksParticiple(t) && tokens[k + 1]?.lower === 'by'))) verb = true;
  }
  return -1;
}
