/**
 * The verb group around a verb token: auxiliaries, modals, negation and adverbs before it,
 * read off the POS layer. Decides voice, negation, modality and hedging for a clause.
 */
import type { Token } from '../document/types.ts';

export interface VerbGroup {
  /** First token of the group (auxiliaries and adverbs included). */
  start: number;
  /** The head verb token. */
  head: number;
  negated: boolean;
  passive: boolean;
  /** will/would/shall/going to: a future or conditional action, not an act. */
  future: boolean;
  hedged: boolean;
  /** "must withdraw": an obligation someone states, not an act (a demand when a reporter is found). */
  obligation: boolean;
  /** A future act made conditional on the target: "will withdraw unless ...", "threatened to withdraw". */
  conditional: boolean;
  /** "agreed to withdraw", "decided to expel": a decided act (intent only when cooperative). */
  decision: boolean;
  /** A refusal rather than a non-event: "will not accept", "refused to meet". */
  refusal: boolean;
  /** "prepared to attack", "preparations to storm": readied, not done (force readied is a show of force, 150). */
  preparing?: boolean;
  /** The words that decided negation, modality or hedging (for evidence). */
  markers: string[];
}

/** "never", "rarely claims": the act is not told as done. */
const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'neither', 'nor', 'rarely', 'seldom', 'hardly', 'scarcely']);
const FUTURE_MODALS = new Set(['will', 'would', 'shall', "'ll", 'wo']);
/** "must withdraw", "should join forces", "ought to": what someone says must be done, not an act. */
const OBLIGATION_MODALS = new Set(['must', 'should', 'ought']);
const HEDGE_MODALS = new Set(['may', 'might', 'could']);
const HEDGE_ADVERBS = new Set(['probably', 'possibly', 'perhaps', 'allegedly', 'apparently', 'likely', 'reportedly', 'maybe', 'presumably', 'supposedly']);
const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'get', 'got', 'gets', 'gotten', 'getting']);
const GROUP_POS = new Set(['AUX', 'PART', 'ADV']);

/** Tokens like "blocked", "held", "taken": a past participle by form. */
/** Past participles spelt as their base form: "was hit", "were shut", "has been cut". */
const BASE_FORM_PARTICIPLES = new Set(['hit', 'cut', 'put', 'set', 'shut', 'spread', 'hurt', 'cast', 'beat', 'bid', 'burst', 'let', 'shed', 'split', 'thrust', 'upset', 'broadcast', 'rid', 'quit']);

export function looksParticiple(token: Token): boolean {
  if (token.lower.endsWith('ing')) return false;
  if (token.lower.endsWith('ed') || token.lower.endsWith('en')) return true;
  return token.lower !== token.lemma || BASE_FORM_PARTICIPLES.has(token.lower);
}

/** "were engaged in talks with the strikers", "is involved in the fighting": a state of taking part; the subject acts. */
const TAKING_PART = new Set(['engaged', 'involved']);
function stateOfTaking(tokens: Token[], head: number): boolean {
  return TAKING_PART.has(tokens[head].lower) && tokens[head + 1]?.lower === 'in';
}

/** Verbs of aspect: "began shelling", "kept firing" tell the act of their gerund. */
export const ASPECT_VERBS = new Set(['begin', 'start', 'continue', 'keep', 'resume', 'stop', 'cease', 'quit', 'finish']);

/** Words a verb group may hold whatever their tag: "were either killed". */
const GROUP_WORDS = new Set(['either', 'all', 'both']);

const AGENT_LEAD_POS = new Set(['DET', 'NUM', 'ADV', 'ADJ']);
/** Nouns after "by" that tell how, not who: "spoke by phone", "travelled by road". */
const MEANS = new Set(['phone', 'telephone', 'video', 'videolink', 'email', 'letter', 'mail', 'post', 'car', 'plane', 'air', 'sea', 'land', 'road', 'rail', 'train', 'boat', 'bus', 'foot', 'force', 'decree', 'law', 'hand', 'way', 'means', 'margin', 'vote', 'majority', 'far', 'chance', 'mistake', 'default', 'day', 'night', 'year', 'percent', 'per']);

/**
 * "forces backed by the US", "Assad, supported by Moscow, ...": a participle with no auxiliary
 * followed by "by" is a passive (the by-phrase names the agent), not an act of the noun before it.
 */
function reducedPassive(tokens: Token[], head: number, groupStart: number): boolean {
  if (tokens[head + 1]?.lower !== 'by') return false;
  let agent = head + 2;
  // "supported by about 2,000 US troops", "imprisoned by the regime"
  while (tokens[agent] && AGENT_LEAD_POS.has(tokens[agent].pos)) agent++;
  const t = tokens[agent];
  if (!t || !(/^[A-Z]/.test(t.text) || (t.pos === 'NOUN' && !MEANS.has(t.lemma)))) return false; // "spoke by phone" is no passive
  for (let i = groupStart; i < head; i++) if (tokens[i].lemma === 'have') return false;
  return !tokens[head].lower.endsWith('ing');
}

export function verbGroup(tokens: Token[], head: number, sentenceStart: number): VerbGroup {
  let start = head;
  const markers: string[] = [];
  let negated = false;
  let future = false;
  let hedged = false;
  let obligation = false;
  let beBeforeHead = false;
  for (let i = head - 1; i >= sentenceStart && head - i <= 6; i--) {
    const t = tokens[i];
    const isNeg = NEGATORS.has(t.lower) || (t.lower === 'no' && tokens[i + 1]?.lower === 'longer');
    const getPassive = t.lemma === 'get' && i === head - 1; // "than getting bombed"
    if (!GROUP_POS.has(t.pos) && !isNeg && !GROUP_WORDS.has(t.lower) && !getPassive && !(t.lower === 'longer' && tokens[i - 1]?.lower === 'no')) break;
    if (t.pos === 'PART' && t.lower === 'to') break;
    start = i;
    if (isNeg) {
      negated = true;
      markers.push(t.text);
    } else if (FUTURE_MODALS.has(t.lower)) {
      future = true;
      markers.push(t.text);
    } else if (OBLIGATION_MODALS.has(t.lower)) {
      obligation = true;
      markers.push(t.text);
    } else if (HEDGE_MODALS.has(t.lower) || HEDGE_ADVERBS.has(t.lower)) {
      hedged = true;
      markers.push(t.text);
    }
    if (BE_FORMS.has(t.lower) && (t.pos === 'AUX' || t.lemma === 'be' || t.lemma === 'get')) beBeforeHead = true;
  }
  // "going to": "is going to attack"
  if (tokens[start - 1]?.lower === 'to' && tokens[start - 2]?.lower === 'going') {
    future = true;
    // "is not going to accept": the negation before "going" negates the act
    const neg = [tokens[start - 3], tokens[start - 4]].find((t) => t && NEGATORS.has(t.lower));
    if (neg) {
      negated = true;
      markers.push(neg.text);
    }
  }
  const passive = looksParticiple(tokens[head]) && (beBeforeHead || reducedPassive(tokens, head, start)) && !stateOfTaking(tokens, head);
  return { start, head, negated, passive, future, hedged, obligation, conditional: false, decision: false, refusal: negated && future, markers };
}

/** "the disputed waters", "occupied territories": a participle used as an adjective, not a clause's verb. */
export function isAdjectivalParticiple(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token.lower.endsWith('ed')) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const beforeNoun = next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
  const inNounPhrase = !prev || prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'ADP' || prev.pos === 'NUM';
  return beforeNoun && inNounPhrase;
}

/** "Iran-backed", "test-fired": the verb is the second half of a hyphenated word. */
export function isHyphenatedTail(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && prev.text === '-' && !tokens[i].spaceBefore;
}
