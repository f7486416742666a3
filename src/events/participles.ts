/**
 * Participles that modify a noun instead of telling its clause's act: "other villages retaken
 * from the rebels" (a passive with no "by"), "a militia fighting the rebels" (the noun acts),
 * "A Danish nurse jailed in Iran ... has left" (the clause's own verb comes later), and where a
 * reduced passive finds its patient.
 */
import type { Mention, Token } from '../document/types.ts';
import { coordinationLeftOf, NOUN_PHRASE_POS } from './noun-phrases.ts';
import type { SentenceView } from './sentence-view.ts';

/**
 * "other villages retaken from the rebels", "the aid sent to Gaza": a participle right after a noun
 * that is no actor, with no auxiliary, followed by a preposition other than "by", is a reduced
 * relative clause in the passive: the noun is what was recaptured, and no one left of it acts.
 */
/** Verbs with no passive: "UN peacekeepers arrived in Kosovo", "supporters gathered in the square" tell the noun's own act. */
const INTRANSITIVE = new Set(['arrive', 'die', 'fall', 'happen', 'occur', 'emerge', 'disappear', 'vanish', 'flee', 'march', 'rally', 'riot', 'demonstrate', 'protest', 'gather', 'converge', 'assemble']);

export function participleModifier(view: SentenceView, i: number, groupStart: number): boolean {
  const { tokens } = view;
  const t = tokens[i];
  if (groupStart !== i || t.pos !== 'VERB' || !/(ed|en|wn)$/.test(t.lower)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "eight British nationals killed fighting alongside the YPG", "three soldiers killed in the attack":
  // a verb that must take its victim as object, right after a noun and followed by no object, is passive
  const noObject = next === undefined || (next.pos === 'ADP' && next.lower !== 'by') || (next.pos === 'VERB' && next.lower.endsWith('ing')) || next.pos === 'PUNCT' || next.lower === 'while' || next.lower === 'when';
  if (VICTIM_VERBS.has(t.lemma) && noObject && (prev?.pos === 'NOUN' || prev?.pos === 'PROPN' || view.mentionCovering(i - 1) !== undefined)) return true;
  if (next?.pos !== 'ADP' || next.lower === 'by' || INTRANSITIVE.has(t.lemma)) return false;
  if (prev?.pos === 'NOUN' && !view.mentionCovering(i - 1) && !TIME_NOUN.test(prev.lower)) return true;
  // "A Danish nurse jailed in Iran ... has left", "Jan Visser, 41, accused of ..., had the charges dropped":
  // after an actor (or an appositive's comma), with the clause's own finite verb still to come
  const afterActor = view.mentionCovering(i - 1) !== undefined || (prev?.text === ',' && (tokens[i - 2]?.pos === 'NUM' || view.mentionCovering(i - 2) !== undefined));
  return afterActor && finiteVerbAhead(view, i + 1);
}

/** A finite verb group ("has fled", "had charges dropped") later in the clause, before a comma, a clause word or a conjoined verb. */
function finiteVerbAhead(view: SentenceView, from: number): boolean {
  const { tokens, sentence } = view;
  for (let k = from; k < sentence.tokenEnd && k - from <= 25; k++) {
    const t = tokens[k];
    if (t.pos === 'AUX' && (tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'ADV' || tokens[k + 1]?.pos === 'NOUN')) return true;
    // "... in Ukraine and Moldova have the right": a verb right after its subject's noun
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing') && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN')) return true;
    // "..., accused of smuggling, had the charges dropped": the appositive's closing comma, then the verb
    if (t.text === ',') return tokens[k + 1]?.pos === 'AUX' || (tokens[k + 1]?.pos === 'VERB' && !tokens[k + 1].lower.endsWith('ing'));
    if (t.pos === 'SCONJ' || CLAUSE_WORDS.has(t.lower)) return false;
    // "threatened on Monday to break relations": an infinitive complement, the participle was the clause's verb
    if (t.lower === 'to' && (tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX')) return false; // "agreed to a summit to be held"
    // "in Syria and Iraq have": nouns joined; "agreed to a ceasefire but media reports said": another clause
    if (t.pos === 'CCONJ' && (t.lower === 'but' || t.lower === 'yet' || !NOUN_PHRASE_POS.has(tokens[k - 1]?.pos ?? '') || !NOUN_PHRASE_POS.has(tokens[k + 1]?.pos ?? ''))) return false;
  }
  return false;
}

/** Verbs whose object is their victim: never without one in the active ("X killed in the attack" is passive). */
const VICTIM_VERBS = new Set(['kill', 'wound', 'injure', 'arrest', 'detain', 'capture', 'kidnap', 'abduct', 'jail', 'imprison', 'execute', 'torture', 'behead', 'massacre', 'slaughter', 'murder', 'assassinate']);

const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'unless', 'if', 'because', 'although', 'though', 'while', 'whereas', 'when', 'where']);

/** "a militia fighting the rebels", "a convoy carrying aid": a present participle right after a noun that is no actor. */
export function participleOfNoun(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  const prev = tokens[i - 1];
  return tokens[i].pos === 'VERB' && tokens[i].lower.endsWith('ing') && prev?.pos === 'NOUN' && !view.mentionCovering(i - 1) && !TIME_NOUN.test(prev.lower);
}

/** "The Security Council today agreed to ...": a time word before the verb is no noun it modifies. */
const TIME_NOUN = /^(today|yesterday|tonight|tomorrow|morning|afternoon|evening|night|overnight|week|weekend|month|year|(mon|tues|wednes|thurs|fri|satur|sun)day)$/;

/** A passive verb group with no form of "be" or "get": a participle modifying the phrase before it. */
export function reducedPassive(tokens: Token[], groupStart: number, head: number): boolean {
  for (let k = groupStart; k < head; k++) if (tokens[k].lemma === 'be' || tokens[k].lemma === 'get') return false;
  return true;
}

/** Verbs of a standing relation: told in a participle ("Assad, backed by Moscow", "territory held by Isis") they describe, no act. */
const STANDING = new Set(['support', 'back', 'sponsor', 'fund', 'finance', 'arm', 'ally', 'occupy', 'hold', 'control', 'aid']);

/** Auxiliaries of the present: "the rebels are backed by Turkey" tells how things stand. */
const PRESENT_BE = new Set(['is', 'are', 'am', "'s", '’s', "'re", '’re']);
/** Words after a perfect that make it a lasting state: "has been backed by Moscow since 2015", "have long been armed by". */
const DURATION = new Set(['since', 'long', 'for', 'throughout']);

/**
 * A passive of a standing relation, which describes and tells no act: reduced ("Assad, supported by
 * Russia, has ...", "the area occupied by the rebels"), in the present ("the militia, which is
 * funded by Iran"), or in a perfect with a duration ("who has been backed by Moscow since 2015").
 * Not a progressive ("are being armed") and not "held" (meetings are held).
 */
export function standingRelation(tokens: Token[], groupStart: number, head: number): boolean {
  if (!STANDING.has(tokens[head].lemma)) return false;
  if (groupStart === head && reducedPassive(tokens, groupStart, head)) return true;
  const aux = tokens.slice(groupStart, head).map((t) => t.lower);
  if (aux.includes('being') || tokens[head].lemma === 'hold') return false;
  if (aux.some((a) => PRESENT_BE.has(a))) return true;
  const perfect = aux.includes('been') && (aux.includes('has') || aux.includes('have'));
  return perfect && (aux.includes('long') || tokens.slice(head + 1, head + 8).some((t) => DURATION.has(t.lower)));
}

/** "Somali militias, supported by ...", "the activist imprisoned by ...": the actor right before the participle (or its comma), with its coordination. */
export function patientBefore(view: SentenceView, groupStart: number): Mention[] {
  const at = view.tokens[groupStart - 1]?.text === ',' ? groupStart - 2 : groupStart - 1;
  const m = view.mentionCovering(at);
  return m && m.tokenEnd === at + 1 ? coordinationLeftOf(view, m) : [];
}
