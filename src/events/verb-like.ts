/**
 * Which tokens can anchor a verb event: tokens tagged VERB that are clause verbs, and the verbs
 * the tagger misread as nouns or adjectives ("forces have retaken", "gunmen abducted",
 * "Qatar mediated"); never a gerund inside a noun phrase ("the mass killing of").
 */
import type { Token } from '../document/types.ts';
import { ASPECT_VERBS, isAdjectivalParticiple, isHyphenatedTail } from './verb-group.ts';
import { inPrepositionalPhrase, NOUN_PHRASE_POS } from './noun-phrases.ts';
import { breakAfter, type SentenceView } from './sentence-view.ts';

/** A verb that can anchor an event: tagged VERB, not an adjectival participle, not "Iran-backed". */
/** "sent to jail", "sentenced to prison": the place of detention after "to", not a verb. */
const DETENTION_NOUNS = new Set(['jail', 'prison', 'detention', 'custody']);

export function verbLike(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  const t = tokens[i];
  if ((DETENTION_NOUNS.has(t.lower) && tokens[i - 1]?.lower === 'to') || gerundOfTime(tokens, i)) return false;
  if (t.pos === 'ADJ') return taggedAdjectiveButVerb(tokens, i);
  if (t.pos === 'NOUN') return perfectParticiple(tokens, i) || conjoinedGerund(tokens, i) || taggedNounButVerb(view, i);
  // "The Chinese premier praised Chile": a role the tagger called an adjective ends an actor's phrase, the verb follows it
  const actor = view.mentionCovering(i - 1);
  const afterRole = actor !== undefined && actor.tokenEnd === i && actor.tokenEnd - actor.tokenStart > 1;
  return t.pos === 'VERB' && (afterRole || !isAdjectivalParticiple(tokens, i)) && !isHyphenatedTail(tokens, i) && !gerundAsNoun(tokens, i) && !participleAsAdjective(tokens, i);
}

const POSSESSORS = new Set(['their', 'its', 'his', 'her', 'our', 'my', 'your', "'s", '’s']);

/**
 * "their captured nationals", "Russia's wounded soldiers": a participle between a possessor and
 * a noun; "some fighters are children or injured": one joined to what a "be" says of its subject.
 * Both describe, no act.
 */
function participleAsAdjective(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!/(ed|en)$/.test(t.lower)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && POSSESSORS.has(prev.lower) && (next?.pos === 'NOUN' || next?.pos === 'ADJ')) return true;
  // "was critical and called on all parties": a verb phrase joined to the predicate; the state ends its clause
  if (prev?.pos !== 'CCONJ' || !(tokens[i - 2]?.pos === 'NOUN' || tokens[i - 2]?.pos === 'ADJ') || (next && next.pos !== 'PUNCT')) return false;
  for (let k = i - 2; k >= 0 && i - k <= 5; k--) {
    if (tokens[k].lemma === 'be' && tokens[k].pos === 'AUX') return true;
    if (!NOUN_PHRASE_POS.has(tokens[k].pos)) return false;
  }
  return false;
}

/** "the mass killing of", "a brutal beating": a gerund inside a noun phrase names an act, it does not tell one. */
function gerundAsNoun(tokens: Token[], i: number): boolean {
  if (!tokens[i].lower.endsWith('ing')) return false;
  const prev = tokens[i - 1];
  if (prev?.pos === 'DET') return true;
  // "to face questioning", "risks endorsing it", "considered attacking": the object of a verb, no act ("began shelling" is one)
  if (prev?.pos === 'VERB' && !ASPECT_VERBS.has(prev.lemma) && !prev.lower.endsWith('ing')) return true;
  // "killed in airstrikes and shelling": a gerund joined to a noun is a noun ("killing one student and arresting twelve": to a gerund's object, a verb)
  if (prev?.pos === 'CCONJ' && tokens[i - 2]?.pos === 'NOUN' && !gerundBefore(tokens, i - 2)) return true;
  // "with Turkish backing", "under Russian shelling": a gerund after a preposition and a modifier is a noun
  if ((prev?.pos === 'ADJ' || prev?.pos === 'PROPN') && tokens[i - 2]?.pos === 'ADP') return true;
  // "a mostly Kurdish fighting force", "the main rebel fighting group": the gerund describes a body of people
  if (BODY_NOUNS.has(tokens[i + 1]?.lower ?? '') && !/^(VERB|AUX|PART)$/.test(prev?.pos ?? '')) return true;
  return (prev?.pos === 'ADJ' || prev?.pos === 'NOUN') && tokens[i - 2]?.pos === 'DET';
}

/** Nouns a gerund may describe: "fighting force", "ruling group". */
const BODY_NOUNS = new Set(['force', 'group', 'unit', 'units', 'formation', 'formations', 'machine', 'capability', 'capabilities', 'season', 'strength']);

const COMPLEMENT_POS = new Set(['ADP', 'DET', 'NOUN', 'ADJ', 'NUM']);

/**
 * "Russian negotiators return to Geneva", "gunmen abducted a priest": a base or past form the tagger read as a noun, right
 * after a plural subject, followed by its complement, in a clause with no other verb.
 */
function taggedNounButVerb(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  const t = tokens[i];
  const subject = view.mentionCovering(i - 1);
  const inflected = t.lower !== t.lemma && !(t.lower.endsWith('ed') && t.lemma.length < t.lower.length); // "gunmen abducted a priest"
  if (inflected || !subject || subject.tokenEnd !== i || !plural(tokens[i - 1]) || inPrepositionalPhrase(view, subject)) return false;
  if (!subject.sector || subject.sector === 'CVL') return false; // "negotiators return", not "many Italians travel" (a habit, no event)
  const next = tokens[i + 1];
  if (!next || !(COMPLEMENT_POS.has(next.pos) || view.mentionAt.has(i + 1))) return false;
  const end = breakAfter(view, i + 1);
  for (let k = i + 1; k < end; k++) if (tokens[k].pos === 'VERB' && tokens[k - 1].lower !== 'to' && !tokens[k].lower.endsWith('ing') && !isHyphenatedTail(tokens, k)) return false;
  return true;
}

/** A gerund verb heads the noun phrase ending at `end`: "killing one student". */
function gerundBefore(tokens: Token[], end: number): boolean {
  for (let k = end - 1; k >= 0 && end - k <= 4; k--) {
    if (tokens[k].pos === 'VERB') return tokens[k].lower.endsWith('ing');
    if (!NOUN_PHRASE_POS.has(tokens[k].pos)) return false;
  }
  return false;
}

/** "killing one student and arresting twelve": a gerund the tagger called a noun, joined to a gerund phrase. */
function conjoinedGerund(tokens: Token[], i: number): boolean {
  return tokens[i].lower.endsWith('ing') && tokens[i - 1]?.pos === 'CCONJ' && tokens[i - 2]?.pos === 'NOUN' && gerundBefore(tokens, i - 2);
}

/** "forces have retaken a village": a participle after a perfect "have" that the tagger called a noun. */
function perfectParticiple(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.pos === 'ADV' ? tokens[i - 2] : tokens[i - 1];
  return /^(have|has|had|having)$/.test(prev?.lower ?? '') && /(en|ed)$/.test(tokens[i].lower);
}

/** "negotiators", "gunmen": a plural noun (regular, or a lemma of its own). */
function plural(t: Token): boolean {
  return /s$/.test(t.lower) || (t.pos === 'NOUN' && /men$/.test(t.lower) && t.lemma !== t.lower);
}

/** "Qatar mediated between ...": a past form the tagger read as an adjective, right after its subject. */
function taggedAdjectiveButVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return t.lemma !== t.lower && t.lower.endsWith('ed') && prev !== undefined && (prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.pos === 'NOUN' || prev.pos === 'ADV');
}


/** Spans of time: "five days", "weeks". */
export const TIME_SPAN = /^(days?|weeks?|hours?|months?|nights?|years?)$/;

/** "after five days of fighting", "weeks of shelling": a gerund after "of" and a span of time names an activity (a noun). */
export function gerundOfTime(tokens: Token[], i: number): boolean {
  return tokens[i]?.pos === 'VERB' && tokens[i].lower.endsWith('ing') && tokens[i - 1]?.lower === 'of' && TIME_SPAN.test(tokens[i - 2]?.lower ?? '');
}
