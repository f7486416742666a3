/**
 * What the words governing a verb say about its modality: "refused to meet" (refusal), "is
 * ready to send" (intent), "stopped shelling" (the act ended), "will withdraw unless" (a
 * condition), and who reports an obligation ("Y said X must withdraw").
 */
import type { Mention, Token } from '../document/types.ts';
import { coordinationLeftOf, coordinationRightOf, NOUN_PHRASE_POS } from './noun-phrases.ts';
import { isHardBreak, type SentenceView } from './sentence-view.ts';
import type { SubjectResolver } from './subject.ts';
import { verbGroup, type VerbGroup } from './verb-group.ts';
import { appositiveParticiple, blameIdiom, conjoinedVerb, describingParticiple, habitualPresent, passiveObligation, purposeOfDescription, purposeVerb, questionedAct, supposedAct, unreportedGovernor } from './unreported.ts';

/** "refused to meet", "Ankara's failure to meet": the act was not done, and that was a choice (a refusal). */
const GOVERNING_NEGATORS = new Set(['fail', 'refuse', 'decline', 'failure', 'refusal']);
/** "unable to meet", "was unwilling to accede": the act was not done (no refusal stated). */
const GOVERNING_NOT_DONE = new Set(['unable', 'inability', 'unwilling', 'unwillingness', 'reluctant', 'reluctance', 'powerless']);
/** "plans to", "is ready to", "offered to", "his intent to attack", "an invitation to visit", "was due to meet", "is set to sign": the complement is intended, not done. */
const INTENT_GOVERNORS = new Set(['plan', 'intend', 'hope', 'seek', 'aim', 'want', 'wish', 'expect', 'offer', 'ready', 'willing', 'prepared', 'eager', 'vow', 'swear', 'pledge', 'promise', 'commit', 'undertake', 'threaten', 'intent', 'intention', 'invitation', 'readiness', 'willingness', 'determination', 'determined', 'proposal', 'ambition', 'due', 'scheduled', 'slated', 'poised', 'set', 'threat']);
/**
 * "its ability to provide assistance", "a chance to meet", "a way to appeal to": a possibility
 * the sentence talks about, no act and no announced one.
 */
const POSSIBILITY_GOVERNORS = new Set(['ability', 'capacity', 'capability', 'power', 'right', 'chance', 'opportunity', 'way', 'means', 'freedom', 'authority', 'mandate', 'license', 'licence', 'permission', 'clout', 'leverage', 'motivation', 'motive', 'incentive', 'will', 'resources', 'assets', 'wherewithal', 'need', 'excuse', 'pretext', 'reason', 'justification']);
/**
 * "China is unlikely to impose sanctions", "it would be safe to rescue the children", "it was
 * right to provide help": a likelihood or a judgment of an act, which the sentence does not tell.
 */
const JUDGING_ADJECTIVES = new Set(['likely', 'unlikely', 'right', 'wrong', 'safe', 'unsafe', 'important', 'necessary', 'unnecessary', 'essential', 'vital', 'crucial', 'legitimate', 'illegitimate', 'illegal', 'legal', 'possible', 'impossible', 'difficult', 'hard', 'easy', 'wise', 'unwise', 'reasonable', 'unreasonable', 'fair', 'unfair', 'dangerous', 'risky', 'premature', 'free']);

/** "a history of mounting assaults", "its record of backing militias", "the goal of fighting terrorism": a habit, record or purpose, no act told. The noun, or null. */
const HABIT_NOUNS = new Set(['history', 'record', 'habit', 'pattern', 'practice', 'tradition', 'tendency', 'reputation', 'goal', 'aim', 'purpose', 'objective', 'mission', 'task']); // "the goal of fighting terrorism": a purpose
export function habitualGerund(tokens: Token[], i: number): string | null {
  const t = tokens[i];
  if (!t.lower.endsWith('ing')) return null;
  if (tokens[i - 1]?.lower !== 'of') return judgedGerund(tokens, i);
  const noun = tokens[i - 2];
  return noun && HABIT_NOUNS.has(noun.lemma) ? `${noun.text} of` : null;
}

/** Words that open a clause whose subject may be a gerund: "said withdrawing would be a mistake". */
const CLAUSE_OPENING = new Set(['that', ',', ':', '"', '“', 'said', 'says', 'say', 'argued', 'argues', 'warned', 'warns', 'believes', 'believe', 'thinks', 'think']);

/** "withdrawing troops would be a mistake", "rescuing them is safe": a gerund subject of "be" names an act judged, not done. The words, or null. */
function judgedGerund(tokens: Token[], i: number, from = i + 1): string | null {
  const before = tokens[i - 1];
  if (before && !CLAUSE_OPENING.has(before.lower) && before.pos !== 'PUNCT') return null;
  for (let k = from; k < tokens.length && k - i <= 10; k++) {
    const t = tokens[k];
    if (isHardBreak(t) || t.pos === 'SCONJ' || t.pos === 'CCONJ') return null;
    if (t.pos !== 'AUX' && t.pos !== 'VERB') continue;
    const be = t.lemma === 'be' ? t : tokens[k + 1]?.lemma === 'be' && t.pos === 'AUX' ? tokens[k + 1] : undefined;
    return be ? `${tokens[i].text} ... ${be.text}` : null;
  }
  return null;
}

/** "gave him a green light to invade", "the go-ahead to launch": leave to act, not the act. */
function leaveToAct(tokens: Token[], gov: number): boolean {
  const w = tokens[gov].lower;
  if (w === 'light') return tokens[gov - 1]?.lower === 'green';
  if (w === 'ahead') return tokens[gov - 1]?.text === '-' && tokens[gov - 2]?.lower === 'go';
  return w === 'go-ahead';
}
/**
 * "agreed to withdraw", "decided to expel", "tried to reach a deal": intent when the act is
 * cooperative, the act itself when it is not (CAMEO codes an attempted attack as the attack).
 */
const DECISION_GOVERNORS = new Set(['agree', 'decide', 'resolve', 'consent', 'vote', 'consensus', 'agreement', 'understanding', 'deal', 'try', 'attempt', 'effort', 'bid']);
/** "prepared to attack", "preparing to sign", "preparations to storm": an act readied, not done. */
const PREPARATION_GOVERNORS = new Set(['prepare', 'preparation', 'gear']);
/** "did not hesitate to condemn", "did not fail to act": negated, these tell the act was done. */
const NEGATION_FLIPPERS = new Set(['hesitate', 'fail', 'neglect', 'forget', 'cease', 'stop']);
/** "threatened to withdraw", "a threat to attack": whatever the act, a threat. */
const THREAT_GOVERNORS = new Set(['threaten', 'threat']);
/** "stopped shelling": the gerund names an act that ended. */
const STOP_GOVERNORS = new Set(['stop', 'cease', 'quit']);
const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no']);
/** "is to suspend", "are to meet": "be" + infinitive tells a plan. */
const PLANNED_BE = new Set(['is', 'are', 'am', 'was', 'were']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am']);
/** Verbs that report what someone says or concludes. */
export const SPEECH_VERBS = new Set(['say', 'tell', 'announce', 'state', 'declare', 'conclude', 'insist', 'argue', 'add', 'stress', 'write', 'report', 'believe', 'maintain', 'reiterate', 'emphasize', 'emphasise', 'note', 'assert', 'contend']);

/** Index of the governing word of an infinitive starting at `groupStart` ("ready [to] send"), skipping adverbs. */
/** Verbs that keep someone from an act: "restrained the president from threatening", "refrained from attacking". */
const PREVENTERS = new Set(['prevent', 'stop', 'restrain', 'bar', 'ban', 'block', 'deter', 'dissuade', 'discourage', 'prohibit', 'keep', 'refrain', 'abstain', 'desist', 'forbid', 'preclude']);

/** "restrained Trump from threatening to leave": a gerund after "from" that a preventing verb a few words before governs. The verb, or null. */
function preventedBy(tokens: Token[], start: number, head: number, stop: number): string | null {
  if (!tokens[head].lower.endsWith('ing') && !tokens[start].lower.endsWith('ing')) return null; // "from being slaughtered"
  // "from threatening", "from his initial impulse of threatening"
  let from = start - 1;
  if (tokens[from]?.lower === 'of') {
    from--;
    while (from > stop && start - from <= 6 && (NOUN_PHRASE_POS.has(tokens[from].pos) || tokens[from].pos === 'PRON')) from--;
  }
  if (tokens[from]?.lower !== 'from') return null;
  for (let k = from - 1; k >= stop && from - k <= 8; k--) {
    if (isHardBreak(tokens[k]) || (tokens[k].pos === 'SCONJ' && tokens[k].lower !== 'that')) return null;
    // the tagger may read "restrained" as an adjective
    const t = tokens[k];
    const base = [t.lemma, t.lower.replace(/ed$/, ''), t.lower.replace(/([a-z])\1ed$/, '$1')];
    if (!(t.pos === 'VERB' || (t.pos === 'ADJ' && t.lower.endsWith('ed') && !/^(NOUN|ADJ)$/.test(tokens[k + 1]?.pos ?? '')))) continue; // "the allied fighters"
    if (base.some((b) => PREVENTERS.has(b))) return t.text;
    // "prevents the forces that defeated Isis from defending": a relative clause on the object
    if (!/^(that|who|which)$/.test(tokens[k - 1]?.lower ?? '')) return null;
    k--;
  }
  return null;
}

/** "failed to persuade Russia to agree": the governing verb is itself an act that failed (or was refused). */
function failedBefore(tokens: Token[], gov: number, stop: number): boolean {
  const outer = governorOf(tokens, gov, stop);
  return outer >= 0 && (tokens[outer].lemma === 'fail' || GOVERNING_NEGATORS.has(tokens[outer].lemma));
}

function governorOf(tokens: Token[], groupStart: number, stop: number): number {
  if (tokens[groupStart - 1]?.lower !== 'to') return -1;
  let i = tokens[groupStart - 2]?.lower === 'to' ? groupStart - 3 : groupStart - 2; // "safe to to rescue": a doubled "to"
  while (i >= stop && tokens[i].pos === 'ADV' && groupStart - 2 - i < 2) i--;
  if (i < stop) return -1;
  return ofGovernor(tokens, i, stop) ?? i;
}

/** Verbs of wanting or telling another to act, whose object's act is not told as done ("told people to conduct attacks"). */
const WANTING = new Set(['want', 'wish', 'expect', 'need', 'like', 'prefer', 'tell', 'instruct', 'encourage', 'advise', 'invite', 'remind']);

/**
 * Verbs of letting another act, whose object's act is permitted, not told as done: "allowed the
 * opposition to hold a rally" (the permission has its own entries in verbs.tsv: 0811, 0863 ...).
 */
/** Verbs that get another to act ("persuaded Russia to agree"): when they fail, the act is not done. */
const CAUSING = new Set(['persuade', 'convince', 'get', 'induce', 'coax', 'cajole', 'prompt', 'help']);
const PERMITTING = new Set(['allow', 'permit', 'authorize', 'authorise', 'enable', 'empower']);

/** "Activists want Turkey to shell the palace", "expects Iran to sign", "allowed Iran to enrich": a verb of wanting or letting, then its object, then the infinitive; the verb's index. */
function wantedOf(tokens: Token[], groupStart: number, stop: number, verbs: ReadonlySet<string>): number | undefined {
  if (tokens[groupStart - 1]?.lower !== 'to') return undefined;
  const last = groupStart - 2;
  const k = beforeNounPhrase(tokens, last, stop);
  return k < last && k >= stop && tokens[k].pos === 'VERB' && verbs.has(tokens[k].lemma) ? k : undefined;
}

/** The token before the noun phrase (of at most 6 words) that ends at `last`. */
function beforeNounPhrase(tokens: Token[], last: number, stop: number): number {
  let k = last;
  // "the YPG/J": a slash between names
  while (k >= stop && last - k < 6 && (NOUN_PHRASE_POS.has(tokens[k].pos) || (tokens[k].text === '/' && tokens[k - 1]?.pos === 'PROPN'))) k--;
  return k;
}

/** "the failure of the leaders to stop", "the refusal of the Serbs to withdraw": the noun before "of" governs. */
function ofGovernor(tokens: Token[], last: number, stop: number): number | undefined {
  const k = beforeNounPhrase(tokens, last, stop);
  if (k === last || tokens[k]?.lower !== 'of' || k - 1 < stop) return undefined;
  return tokens[k - 1].pos === 'NOUN' ? k - 1 : undefined;
}

/** "its ability to", "a chance to", "the right to": the word is used as a noun ("was able to reach" is an act, "right" a verb is none). */
function possibilityNoun(tokens: Token[], at: number): boolean {
  return tokens[at].pos === 'NOUN';
}

const OBJECT_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADP']);

/** "have not taken action [to]", "did not make any effort [to]": the verb whose object is the governing noun at `noun` is negated. */
function negatedVerbBefore(tokens: Token[], noun: number, stop: number): boolean {
  let k = noun - 1;
  // "did not take action to", "would not risk British lives to rescue", "would not put officials' lives at risk to"
  while (k >= stop && noun - k <= 6 && OBJECT_PHRASE_POS.has(tokens[k].pos)) k--;
  return k >= stop && tokens[k].pos === 'VERB' && negatedBefore(tokens, k, stop);
}

function negatedBefore(tokens: Token[], at: number, stop: number): boolean {
  for (let i = at - 1; i >= stop && at - i <= 3; i--) {
    if (NEGATORS.has(tokens[i].lower)) return true;
    if (!['ADV', 'PART', 'AUX'].includes(tokens[i].pos)) break;
  }
  return false;
}

/** Adjust the verb group for its governing words and a following "unless". */
export interface GovernedGroup {
  group: VerbGroup;
  rule: string | null;
  text: string;
  /** "its ability to provide", "a chance to meet": the governing words when the act is only a possibility. */
  possibility?: string;
  /** "Finland's refusal to extradite": the governing noun, whose own pattern (nouns.tsv) may code the refusal. */
  governingNoun?: number;
}

/**
 * "plans to expel the inspectors and impose a blockade": a base form joined by "and"/"or" to an
 * infinitive shares that infinitive's governor. The start of the first infinitive's verb, or `groupStart`.
 */
function conjoinedInfinitive(tokens: Token[], g: VerbGroup, stop: number): number {
  const joiner = tokens[g.start - 1]?.lower;
  if ((joiner !== 'and' && joiner !== 'or') || g.start !== g.head || tokens[g.head].lower !== tokens[g.head].lemma) return g.start;
  for (let k = g.start - 2; k >= stop && g.start - k <= 12; k--) {
    const t = tokens[k];
    if (isHardBreak(t) || t.pos === 'AUX' || t.pos === 'SCONJ') return g.start;
    if (t.pos === 'VERB') return tokens[k - 1]?.lower === 'to' ? k : g.start;
  }
  return g.start;
}

export function governedGroup(tokens: Token[], g: VerbGroup, sentenceStart: number, sentenceEnd: number): GovernedGroup {
  const awaited = awaitedOutcome(tokens, g, sentenceStart, sentenceEnd);
  if (awaited) return { group: g, rule: 'modality.awaited', text: awaited, possibility: awaited };
  const gov = governorOf(tokens, conjoinedInfinitive(tokens, g, sentenceStart), sentenceStart);
  const govWord = gov >= 0 ? tokens[gov] : undefined;
  const word = govWord?.lemma ?? '';
  if (govWord && (GOVERNING_NEGATORS.has(word) || GOVERNING_NEGATORS.has(govWord.lower))) {
    const text = `${govWord.text} to`;
    const group = { ...g, negated: true, refusal: true, markers: [...g.markers, text] };
    return govWord.pos === 'NOUN' ? { group, rule: 'modality.governing-negator', text, governingNoun: gov } : { group, rule: 'modality.governing-negator', text };
  }
  if (govWord && (GOVERNING_NOT_DONE.has(word) || GOVERNING_NOT_DONE.has(govWord.lower))) {
    const text = `${govWord.text} to`;
    return { group: { ...g, negated: true, markers: [...g.markers, text] }, rule: 'modality.not-done', text };
  }
  const infinitive = conjoinedInfinitive(tokens, g, sentenceStart);
  const wanting = wantedOf(tokens, infinitive, sentenceStart, WANTING);
  if (wanting !== undefined) {
    // "Activists want Turkey to shell the palace": what someone wants another to do, no act and no announcement
    const text = `${tokens[wanting].text} ... to`;
    return { group: g, rule: 'modality.wanted', text, possibility: text };
  }
  const letting = wantedOf(tokens, infinitive, sentenceStart, PERMITTING);
  if (letting !== undefined) {
    // "allowed the opposition to hold a rally": leave to act, not the act
    const text = `${tokens[letting].text} ... to`;
    return { group: g, rule: 'modality.permitted', text, possibility: text };
  }
  const judged = govWord !== undefined && govWord.pos === 'ADJ' && JUDGING_ADJECTIVES.has(govWord.lower); // "is unlikely to impose", "it was right to provide"
  if (govWord && (((POSSIBILITY_GOVERNORS.has(word) || POSSIBILITY_GOVERNORS.has(govWord.lower)) && possibilityNoun(tokens, gov)) || leaveToAct(tokens, gov) || judged)) {
    const text = `${govWord.text} to`;
    return { group: g, rule: 'modality.possibility', text, possibility: text };
  }
  const judgedTo = tokens[infinitive - 1]?.lower === 'to' ? judgedGerund(tokens, infinitive - 1, g.head + 1) : null; // "that to withdraw would be a mistake"
  const unreported = (govWord ? unreportedGovernor(tokens, gov) : null) ?? purposeOfDescription(tokens, infinitive, sentenceStart) ?? passiveObligation(tokens, g, gov)
    ?? habitualPresent(tokens, g, sentenceStart) ?? appositiveParticiple(tokens, g) ?? describingParticiple(tokens, g, sentenceStart) ?? blameIdiom(tokens, g) ?? supposedAct(tokens, g, sentenceStart) ?? questionedAct(tokens, g, sentenceEnd) ?? (judgedTo ? { rule: 'modality.judged', text: judgedTo } : null);
  if (unreported) return { group: g, rule: unreported.rule, text: unreported.text, possibility: unreported.text };
  let group = g;
  let rule: string | null = null;
  let text = '';
  const decision = govWord !== undefined && DECISION_GOVERNORS.has(word);
  const planned = govWord !== undefined && PLANNED_BE.has(govWord.lower) && govWord.pos === 'AUX'; // "The ministry is to suspend cooperation"
  // "the army prepared to shell the town again", "preparations to storm the city": readied, not done ("was prepared to" is willing: intent)
  const preparing = govWord !== undefined && PREPARATION_GOVERNORS.has(word) && !(govWord.lower === 'prepared' && beBefore(tokens, gov, sentenceStart));
  if (govWord && (decision || planned || preparing || INTENT_GOVERNORS.has(word) || INTENT_GOVERNORS.has(govWord.lower))) {
    text = `${govWord.text} to`;
    const negated = negatedBefore(tokens, gov, sentenceStart);
    const conditional = g.conditional || THREAT_GOVERNORS.has(word);
    group = { ...g, future: true, decision, conditional, preparing, negated: g.negated || negated, refusal: g.refusal || negated, markers: [...g.markers, text] };
    rule = decision ? 'modality.decision-governor' : preparing ? 'modality.preparation' : 'modality.intent-governor';
  }
  const causer = wantedOf(tokens, infinitive, sentenceStart, CAUSING);
  if (causer !== undefined && !group.negated && (negatedBefore(tokens, causer, sentenceStart) || failedBefore(tokens, causer, sentenceStart))) {
    // "the UN failed to persuade Russia to agree": the persuading failed, so Russia agreed to nothing
    text ||= `${tokens[causer].text} ... to`;
    group = { ...group, negated: true, markers: [...group.markers, text] };
    rule ??= 'modality.negated-governor';
  }
  if (govWord?.pos === 'VERB' && !group.negated && !decision && !NEGATION_FLIPPERS.has(word) && (negatedBefore(tokens, gov, sentenceStart) || failedBefore(tokens, gov, sentenceStart))) {
    // "the army did not move to withdraw": a negated verb governing the infinitive negates it
    text ||= `${govWord.text} to`;
    group = { ...group, negated: true, markers: [...group.markers, text] };
    rule ??= 'modality.negated-governor';
  }
  if (govWord?.pos === 'NOUN' && !group.negated && negatedVerbBefore(tokens, gov, sentenceStart)) {
    // "Malian soldiers did not take action to halt the raids": the governing verb is negated, so is its complement
    text ||= `${govWord.text} to`;
    group = { ...group, negated: true, markers: [...group.markers, text] };
    rule ??= 'modality.negated-governor';
  }
  const prev = tokens[g.start - 1];
  if (prev && g.start - 1 >= sentenceStart && STOP_GOVERNORS.has(prev.lemma) && tokens[g.head].lower.endsWith('ing')) {
    text = `${prev.text} ${tokens[g.head].text}`;
    group = { ...g, negated: true, markers: [...g.markers, prev.text] };
    rule = 'modality.stopped';
  }
  // "restrained Trump from threatening to leave": the governing gerund kept from, so is what it governs
  const preventer = preventedBy(tokens, g.start, g.head, sentenceStart) ?? (govWord?.pos === 'VERB' ? preventedBy(tokens, gov, gov, sentenceStart) : null);
  if (preventer) {
    text = `${preventer} ... from`;
    group = { ...group, negated: true, markers: [...group.markers, text] };
    rule = 'modality.prevented';
  }
  const denial = deniedBy(tokens, g.start, sentenceStart);
  if (denial) {
    text = denial;
    group = { ...group, negated: true, markers: [...group.markers, denial] };
    rule = 'modality.denied';
  } else if (tokens[g.start - 1]?.lower === 'to' && tokens[g.start - 2]?.lower === 'yet') {
    text = 'yet to';
    group = { ...group, negated: true, markers: [...group.markers, text] };
    rule = 'modality.not-yet';
  }
  if (group.future && !group.negated) {
    for (let i = g.head + 1; i < sentenceEnd; i++) {
      if (tokens[i].lower !== 'unless') continue;
      group = { ...group, conditional: true, markers: [...group.markers, tokens[i].text] };
      rule ??= 'modality.conditional';
      text ||= tokens[i].text;
      break;
    }
  }
  const shared = rule === null && !g.markers.length ? sharedModality(tokens, g, infinitive, sentenceStart, sentenceEnd) : null;
  if (shared?.possibility) return shared;
  if (shared) ({ group, rule, text } = shared);
  const modal = group.markers.some((m) => /^(may|might|could)$/i.test(m));
  const condition = modal && !group.future && !group.negated ? conditionAfter(tokens, g.head, sentenceEnd) : -1;
  if (condition >= 0) {
    // "may halt its mediation if ...": an act put on a condition is announced, not done (intent or threat)
    group = { ...group, future: true, markers: [...group.markers, tokens[condition].text] };
    rule ??= 'modality.condition';
    text ||= tokens[condition].text;
  }
  return { group, rule, text };
}

/**
 * "must stay in the region to protect Israel" (an infinitive of purpose), "would accept – but
 * prosecute – them" (a verb joined to another): the act takes the modality of the verb it depends on.
 */
function sharedModality(tokens: Token[], g: VerbGroup, infinitive: number, stop: number, end: number): GovernedGroup | null {
  const purpose = purposeVerb(tokens, infinitive, stop);
  const at = purpose >= 0 ? purpose : conjoinedVerb(tokens, g, stop);
  if (at < 0) return null;
  const main = governedGroup(tokens, verbGroup(tokens, at, stop), stop, end);
  const text = `${tokens[at].text} ... ${tokens[g.head].text}`;
  if (main.possibility) return { group: g, rule: main.rule, text: main.text, possibility: main.possibility };
  const m = main.group;
  // "did not hesitate to condemn", "moved to withdraw": a verb right before "to" governs its complement (above), no purpose
  if (purpose === infinitive - 2 || !(m.future || m.obligation || m.hedged || m.negated)) return null;
  const negated = m.negated && (purpose >= 0 || tokens[g.start - 1].lower !== 'but'); // "would not beat or detain them"; "would accept but prosecute"
  const group = { ...g, future: m.future, obligation: m.obligation, hedged: m.hedged, negated, refusal: false, conditional: m.conditional, decision: m.decision, markers: [...g.markers, ...m.markers] };
  return { group, rule: purpose >= 0 ? 'modality.purpose' : 'modality.conjoined', text };
}

/**
 * "have vowed to fight until they take the capital", "will not stop until Kenya withdraws": the verb
 * of an "until" clause whose main verb is future, intended or negated tells an outcome awaited,
 * no act ("fought until they took the town" tells one). The words, or null.
 */
function awaitedOutcome(tokens: Token[], g: VerbGroup, stop: number, end: number): string | null {
  let k = g.start - 1;
  while (k >= stop && g.start - k <= 6 && (NOUN_PHRASE_POS.has(tokens[k].pos) || tokens[k].pos === 'PRON')) k--;
  if (k < stop || (tokens[k].lower !== 'until' && tokens[k].lower !== 'till')) return null;
  let main = k - 1;
  while (main >= stop && tokens[main].pos !== 'VERB') main--;
  if (main < stop) return null;
  const governing = governedGroup(tokens, verbGroup(tokens, main, stop), stop, end).group;
  return governing.future || governing.negated ? `${tokens[k].text} ${tokens.slice(k + 1, g.head + 1).map((t) => t.text).join(' ')}` : null;
}

/** An "if" or "unless" clause after the verb, within the sentence: its index, or -1. */
function conditionAfter(tokens: Token[], head: number, end: number): number {
  for (let i = head + 1; i < end; i++) if (tokens[i].lower === 'if' || tokens[i].lower === 'unless') return i;
  return -1;
}

/** Verbs that deny what their that-clause says: "denied that the army attacked civilians". */
const DENIALS = new Set(['deny', 'dismiss', 'refute', 'rebut', 'reject', 'dispute']);
const CLAIM_NOUNS = new Set(['claim', 'report', 'allegation', 'accusation', 'suggestion', 'charge']);

/** "X denied (claims) that Y attacked Z": the words that deny the clause, or null. */
function deniedBy(tokens: Token[], groupStart: number, stop: number): string | null {
  let that = -1;
  for (let i = groupStart - 1; i >= stop && groupStart - i <= 12; i--) {
    if (tokens[i].lower === 'that') {
      that = i;
      break;
    }
    if (tokens[i].pos === 'VERB' || isHardBreak(tokens[i])) return null;
  }
  if (that < 0) return null;
  let i = that - 1;
  while (i >= stop && that - i <= 3 && (CLAIM_NOUNS.has(tokens[i].lemma) || tokens[i].pos === 'DET' || tokens[i].pos === 'ADJ')) i--;
  const verb = tokens[i];
  return verb && i >= stop && verb.pos === 'VERB' && DENIALS.has(verb.lemma) ? `${verb.text} that` : null;
}

function beBefore(tokens: Token[], at: number, stop: number): boolean {
  for (let i = at - 1; i >= stop && at - i <= 3; i--) {
    if (BE.has(tokens[i].lower)) return true;
    if (!['ADV', 'PART', 'AUX'].includes(tokens[i].pos)) break;
  }
  return false;
}

/**
 * Who states an obligation: "Britain said [that] Sudan must ...", or a trailing
 * "..., the minister said". Empty when the sentence reports no speaker.
 */
export function reporterOf(view: SentenceView, resolver: SubjectResolver, groupStart: number): Mention[] {
  const { tokens, sentence } = view;
  let b = resolver.search(groupStart).boundary;
  if (tokens[b]?.lower === 'that') b--;
  for (let i = b; i >= sentence.tokenStart && b - i <= 4; i--) {
    const t = tokens[i];
    if (isHardBreak(t)) break;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (SPEECH_VERBS.has(t.lemma)) return resolver.subjectOf(i).mentions;
    break;
  }
  for (let c = groupStart; c < sentence.tokenEnd - 1; c++) {
    if (tokens[c].text !== ',') continue;
    let j = c + 1;
    while (tokens[j]?.pos === 'DET') j++;
    const m = view.mentionAt.get(j);
    if (m) {
      const conj = coordinationRightOf(view, m, sentence.tokenEnd);
      const verb = tokens[conj[conj.length - 1].tokenEnd];
      if (verb && SPEECH_VERBS.has(verb.lemma)) return conj;
    } else if (SPEECH_VERBS.has(tokens[j]?.lemma ?? '')) {
      let k = j + 1;
      while (tokens[k]?.pos === 'DET') k++;
      const after = view.mentionAt.get(k);
      if (after) return coordinationLeftOf(view, after);
    }
  }
  return [];
}

/** Modifiers of an object noun that say the act on it is not done: "announced a possible ban". */
const UNREALISED = new Set(['possible', 'potential', 'prospective', 'hypothetical', 'eventual', 'future']);
/** Acts that bring their object about (sign, aid, yield, impose, attack); rejecting or cancelling "a possible deal" is done. */
const MAKING_ROOTS = /^(05|06|07|08|15|17|18|19|20)/;

/**
 * "announced a possible ban on flights", "discussed potential sanctions": the pattern's object is
 * only possible, so the verb tells no act on it. Returns the modifier, or null. Only words a
 * pattern's gap crossed count (between the verb and the object's words).
 */
export function unrealisedObject(tokens: Token[], matched: readonly number[], cameo: string): string | null {
  if (!MAKING_ROOTS.test(cameo)) return null;
  const sorted = [...matched].sort((a, b) => a - b);
  for (let n = 1; n < sorted.length; n++) {
    for (let k = sorted[n - 1] + 1; k < sorted[n]; k++) if (UNREALISED.has(tokens[k].lower)) return tokens[k].text;
  }
  return null;
}
