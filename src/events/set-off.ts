/**
 * Phrases set off by commas between a subject and its verb: an appositive ("Norway, a close Nato
 * ally, has refused"), a relative clause ("Chile and Peru, whose ministers met on Friday,
 * signed"), a participle phrase ("Her father, speaking from Dhaka, accused"). The subject
 * stands before the phrase, never inside it.
 */
import type { Mention } from '../document/types.ts';
import { inPrepositionalPhrase, NOUN_PHRASE_POS } from './noun-phrases.ts';
import { isHardBreak, type SentenceView } from './sentence-view.ts';
import { looksParticiple } from './verb-group.ts';

export const RELATIVE = new Set(['who', 'which', 'whom', 'whose']);

/**
 * The subject before a phrase set off by commas right before the verb group at `groupStart`:
 * `subject` when an actor stands right before the phrase; for a participle phrase with no actor
 * right before it, `before` is the opening comma (the subject is to be found left of it); null
 * when no such phrase.
 */
export function setOffSubject(view: SentenceView, groupStart: number): { subject?: Mention; before: number } | null {
  const appositive = beforeAppositive(view, groupStart) ?? beforeRelativeClause(view, groupStart);
  if (appositive) return { subject: appositive, before: appositive.tokenStart };
  const phrase = participlePhraseBefore(view, groupStart);
  if (phrase < 0) return null;
  const head = view.mentionCovering(phrase - 1);
  return head && head.tokenEnd === phrase && !inPrepositionalPhrase(view, head) ? { subject: head, before: phrase } : { before: phrase };
}

/**
 * "Norway, a close Nato ally, has refused": an actor, then a comma-enclosed noun phrase right
 * before the verb. The actor before the appositive is the subject, not the one inside it.
 */
function beforeAppositive(view: SentenceView, groupStart: number): Mention | undefined {
  const { tokens, sentence } = view;
  if (tokens[groupStart - 1]?.text !== ',') return undefined;
  for (let i = groupStart - 2; i > sentence.tokenStart && groupStart - i <= 16; i--) {
    const t = tokens[i];
    if (t.text === ',') {
      const head = view.mentionCovering(i - 1);
      return head && !inPrepositionalPhrase(view, head) ? head : undefined;
    }
    if (view.mentionCovering(i)) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || isHardBreak(t) || RELATIVE.has(t.lower)) return undefined;
  }
  return undefined;
}

/**
 * "Her father, speaking from Dhaka, also accused ...", "Erdogan, flanked by ministers, said": a
 * participle phrase set off by commas right before the verb group. The opening comma's index, or -1.
 */
function participlePhraseBefore(view: SentenceView, groupStart: number): number {
  const { tokens, sentence } = view;
  if (tokens[groupStart - 1]?.text !== ',') return -1;
  for (let i = groupStart - 2; i > sentence.tokenStart && groupStart - i <= 25; i--) {
    const t = tokens[i];
    if (view.mentionCovering(i)) continue;
    if (t.text === ',') {
      const next = tokens[i + 1];
      if (next?.lower === 'and' || next?.lower === 'or') continue; // "using tanks, and backed by militias,": one phrase
      return next?.pos === 'VERB' && (next.lower.endsWith('ing') || looksParticiple(next)) ? i : -1;
    }
    if (isHardBreak(t) || t.pos === 'AUX' || t.pos === 'SCONJ' || RELATIVE.has(t.lower)) return -1;
    if (t.pos === 'VERB' && tokens[i - 1]?.text !== ',' && tokens[i - 1]?.lower !== 'and' && tokens[i - 1]?.lower !== 'or') return -1;
  }
  return -1;
}

/**
 * "Chile and Peru, whose ministers met in Lima on Friday, signed a deal": the verb
 * after a relative clause set off by commas takes the actor before the clause as its subject.
 */
function beforeRelativeClause(view: SentenceView, groupStart: number): Mention | undefined {
  const { tokens, sentence } = view;
  if (tokens[groupStart - 1]?.text !== ',') return undefined;
  for (let i = groupStart - 2; i > sentence.tokenStart && groupStart - i <= 40; i--) {
    const t = tokens[i];
    if (isHardBreak(t)) return undefined;
    if (t.text !== ',') continue;
    const relative = RELATIVE.has(tokens[i + 1]?.lower ?? '') ? i + 1 : appositiveRelative(view, i + 1, groupStart - 1);
    if (relative < 0) return undefined;
    // "Ana Ruiz, a senior Chilean senator who is a close ally of the president, denounced": the name, else the appositive's own actor
    const head = view.mentionCovering(i - 1) ?? (relative > i + 1 ? view.mentionCovering(relative - 1) : undefined);
    return head && !inPrepositionalPhrase(view, head) ? head : undefined;
  }
  return undefined;
}

/** ", a senior Chilean senator who ...": an appositive noun phrase from `from` and then a relative pronoun; the pronoun's index, or -1. */
function appositiveRelative(view: SentenceView, from: number, end: number): number {
  const { tokens } = view;
  for (let k = from; k < end; k++) {
    if (RELATIVE.has(tokens[k].lower)) return k > from ? k : -1;
    if (!view.mentionCovering(k) && !NOUN_PHRASE_POS.has(tokens[k].pos)) return -1;
  }
  return -1;
}

