/**
 * Clauses of a sentence as the places stage reads them: a place told of in a clause the event's
 * verb is not in is not the event's scene. A clause is opened by a relative pronoun or a
 * subordinator (words.ts CLAUSE_OPENERS) and runs to the next comma or semicolon. Read from the
 * tokens (POS) alone; token indices are the document's.
 */
import type { Document, Sentence } from '../document/types.ts';
import { CLAUSE_OPENERS, CONJUNCTS, OPENERS_AFTER_COMMA, OPENERS_BEFORE_VERB } from './words.ts';

const STOP = new Set([',', ';']);
/** "that" after these opens no clause of its own. */
const NOT_OPENING_THAT = new Set(['now', 'so', 'such']);
/** Relative pronouns: a verb in a relative clause may happen where its antecedent is ("the PKK in Turkey, with whom Ankara has fought"). */
const RELATIVE = new Set(['who', 'which', 'whom', 'whose']);

/**
 * Does the token at k open a clause? The opener's id, or null. "that" only as a subordinator or
 * relative pronoun (not "that city"); "as" after a comma or dash (", as ministers gathered") or
 * before a verb ("as the administration appeared to"), not "served as envoy"; "after", "since" ...
 * only when a verb follows before any preposition ("after Trump confirmed", not "after a raid");
 * "and", "but" after a comma and right before a verb (", and slash the numbers deployed in
 * Afghanistan"; not ", and about two hundred people protested in Bishkek").
 */
export function clauseOpenerAt(doc: Document, sentence: Sentence, k: number): string | null {
  const t = doc.tokens[k];
  const w = t.lower;
  const next = doc.tokens[k + 1];
  // "killed while fighting in Syria": the same act's circumstance, in the same place.
  if (w === 'while' && next && next.pos === 'VERB' && next.lower.endsWith('ing')) return null;
  if (CLAUSE_OPENERS.has(w)) return `clause.${w}`;
  // "now that the police are present in Douma" gives the scene of the sentence's act.
  if (w === 'that') return thatOpens(t.pos, next) && !NOT_OPENING_THAT.has(doc.tokens[k - 1]?.lower ?? '') ? 'clause.that' : null;
  const afterComma = k > sentence.tokenStart && /^[,\u2014\u2013-]$/.test(doc.tokens[k - 1].text);
  if (OPENERS_AFTER_COMMA.has(w) && afterComma) return `clause.${w}`;
  // ", and slash the troops in Afghanistan": a conjunct with a verb of its own, right after "and"
  if (CONJUNCTS.has(w)) return afterComma && next?.pos === 'VERB' ? `clause.${w}` : null;
  if (OPENERS_BEFORE_VERB.has(w) || OPENERS_AFTER_COMMA.has(w)) {
    for (let j = k + 1; j < Math.min(sentence.tokenEnd, k + 6); j++) {
      const p = doc.tokens[j].pos;
      if (p === 'VERB' || p === 'AUX') return `clause.${w}`;
      if (p === 'ADP' || p === 'PUNCT' || p === 'SCONJ') return null;
    }
  }
  return null;
}

/**
 * "that" as a subordinator or relative pronoun. The tagger calls it a determiner before a noun, but
 * a determiner "that" takes no plural, pronoun or name: "that soldiers were", "that Russia had".
 */
function thatOpens(pos: string, next: { pos: string; lower: string } | undefined): boolean {
  if (pos === 'SCONJ' || pos === 'PRON') return true;
  if (pos !== 'DET' || !next) return false;
  return next.pos === 'PRON' || next.pos === 'PROPN' || (next.pos === 'NOUN' && /[^s]s$/.test(next.lower));
}

/** The clause that holds token `at`: [opener, end) when an opener comes before any comma leftwards, else null. */
export function openedClauseOf(doc: Document, sentence: Sentence, at: number, stopAt = -1): { start: number; end: number; rule: string } | null {
  for (let k = at - 1; k >= sentence.tokenStart; k--) {
    if (k === stopAt || STOP.has(doc.tokens[k].lower)) return null;
    const rule = clauseOpenerAt(doc, sentence, k);
    if (!rule) continue;
    let end = at;
    while (end < sentence.tokenEnd && !STOP.has(doc.tokens[end].lower)) end++;
    return { start: k, end, rule };
  }
  return null;
}

/**
 * The place at `at` and the verb are in different clauses: the place in a clause the verb is not
 * in ("the father of a teenager who travelled to Syria ..., has urged"; "sent aircraft to attack
 * Idlib, as ministers gathered in Brussels"), or the verb in a clause opened after the place ("told
 * reporters in Baghdad that the troops were fighting"). A place in the sentence's opening phrase
 * ("In Kabul, police said that gunmen ...") sets the scene for the whole sentence and stays, and so
 * does a place before a relative clause ("the PKK in Turkey, with whom Ankara has fought").
 */
export function otherClause(doc: Document, sentence: Sentence, at: number, verb: number): string | null {
  const own = openedClauseOf(doc, sentence, at, verb);
  if (own && !(verb > own.start && verb < own.end)) return own.rule;
  const verbs = openedClauseOf(doc, sentence, verb, at);
  if (verbs && at < verbs.start && !RELATIVE.has(doc.tokens[verbs.start].lower) && !(doc.tokens[verbs.start].lower === 'that' && doc.tokens[verbs.start].pos === 'PRON') && !inOpeningPhrase(doc, sentence, at)) return verbs.rule;
  return null;
}

function inOpeningPhrase(doc: Document, sentence: Sentence, at: number): boolean {
  if (doc.tokens[sentence.tokenStart].pos !== 'ADP') return false;
  for (let k = sentence.tokenStart; k < at; k++) if (doc.tokens[k].text === ',') return false;
  return true;
}
