/**
 * Acts a sentence names without reporting them as done: a habit ("tends to side with", "which
 * routinely inspects"), a general truth ("when we partner with enemies", "how a country withdraws
 * from wars"), a description ("tribesmen armed to fight Isis"), a duty or an attitude ("a
 * responsibility to assist", "not averse to negotiating"), a supposition ("the suggestion they
 * could fire"), a conditional in a question, an obligation in the passive, an idiom ("only
 * themselves to blame"); and which verb an infinitive of purpose or a joined bare verb takes its
 * modality from (governors.ts applies it). Each rule has an id (evidence) and a reason.
 */
import type { Token } from '../document/types.ts';
import { NOUN_PHRASE_POS, POSSESSIVE } from './noun-phrases.ts';
import { isHardBreak } from './sentence-view.ts';
import { verbGroup, type VerbGroup } from './verb-group.ts';

export interface Unreported {
  rule: string;
  text: string;
}

/**
 * Governing words whose infinitive is no act, by rule: "tends to side with" (a habit), "is averse
 * to negotiating" (an attitude), "a responsibility to assist" (a duty), "pleaded to reverse" (a
 * plea: what is asked for is not done).
 */
const GOVERNING: readonly { rule: string; pos: readonly string[]; words: readonly string[] }[] = [
  { rule: 'modality.habit', pos: ['VERB', 'ADJ', 'AUX', 'NOUN'], words: ['tend', 'tends', 'tended', 'wont', 'inclined', 'prone', 'apt', 'accustomed'] },
  { rule: 'modality.attitude', pos: ['ADJ', 'VERB'], words: ['averse', 'opposed', 'open', 'amenable', 'receptive', 'resistant', 'hostile'] },
  { rule: 'modality.duty', pos: ['NOUN'], words: ['responsibility', 'obligation', 'duty', 'onus', 'burden'] },
  { rule: 'modality.plea', pos: ['VERB', 'NOUN'], words: ['plead', 'pleaded', 'pleading', 'pled', 'beg', 'begged', 'begging', 'clamour', 'clamor', 'clamoured', 'clamored', 'clamouring', 'clamoring', 'petition', 'petitioned', 'petitioning'] },
];
const GOVERNED = new Map(GOVERNING.flatMap((r) => r.words.map((w) => [w, { rule: r.rule, pos: new Set(r.pos) }] as const)));

const WILLING = new Set(['willing', 'ready', 'eager', 'keen', 'prepared', 'inclined', 'likely']);

/** The governing word `gov` of an infinitive (from governors.ts) names a habit, an attitude, a duty or a plea. */
export function unreportedGovernor(tokens: Token[], gov: number): Unreported | null {
  const t = tokens[gov];
  if (!t) return null;
  // "is less willing to allow their return": a reluctance, neither act nor intent
  if (tokens[gov - 1]?.lower === 'less' && WILLING.has(t.lower)) return { rule: 'modality.reluctance', text: `less ${t.text} to` };
  const hit = GOVERNED.get(t.lower) ?? GOVERNED.get(t.lemma);
  return hit && hit.pos.has(t.pos) ? { rule: hit.rule, text: `${t.text} to` } : null;
}

/** Participles that describe what a body of people was made for: "tribesmen armed to fight", "units raised to fight". */
const PURPOSE_PARTICIPLES = new Set(['arm', 'raise', 'train', 'recruit', 'form', 'create', 'found', 'establish', 'equip', 'organise', 'organize', 'build', 'assemble', 'design', 'mobilise', 'mobilize', 'set', 'groom', 'fund', 'finance']);

/**
 * "Sunni tribesmen armed to fight Isis", "units raised by Washington specifically to fight Isis":
 * an infinitive governed by a participle that modifies the noun before it tells what the noun
 * was made for, a description, no act. The words, or null.
 */
export function purposeOfDescription(tokens: Token[], infinitive: number, stop: number): Unreported | null {
  if (tokens[infinitive - 1]?.lower !== 'to') return null;
  let k = infinitive - 2;
  while (k >= stop && tokens[k].pos === 'ADV' && infinitive - 2 - k < 2) k--;
  // "raised by Washington to fight": the by-agent between the participle and "to"
  let by = k;
  while (by >= stop && k - by < 5 && (NOUN_PHRASE_POS.has(tokens[by].pos) || tokens[by].pos === 'PRON')) by--;
  if (by < k && tokens[by]?.lower === 'by') k = by - 1;
  const p = tokens[k];
  const prev = tokens[k - 1];
  if (!p || k - 1 < stop || !prev || !(p.pos === 'VERB' || p.pos === 'ADJ') || !/(ed|en|set)$/.test(p.lower)) return null;
  const stem = [p.lemma, p.lower.replace(/d$/, ''), p.lower.replace(/ed$/, '')];
  if (!stem.some((s) => PURPOSE_PARTICIPLES.has(s))) return null;
  return prev.pos === 'NOUN' || prev.pos === 'PROPN' ? { rule: 'modality.purpose-of-description', text: `${p.text} ... to` } : null;
}

/** Adverbs of frequency: with a verb in the simple present they tell a habit. */
const FREQUENCY = new Set(['continually', 'routinely', 'habitually', 'regularly', 'usually', 'often', 'generally', 'typically', 'always', 'frequently', 'traditionally', 'normally', 'constantly', 'customarily', 'invariably', 'seldom', 'sometimes']);
/** Words opening a clause of a general case: "when we partner with enemies", "how a country withdraws from wars". */
const GENERAL_CASE = new Set(['when', 'whenever', 'how', 'wherever']);
const RELATIVE = new Set(['who', 'which']);

/** Verbs whose past is spelt as the base: "who quit last week" is past. */
const SAME_IN_PAST = new Set(['quit', 'put', 'set', 'cut', 'hit', 'let', 'shut', 'spread', 'cast', 'beat', 'bid', 'burst', 'shed', 'split', 'thrust', 'upset', 'broadcast', 'rid', 'read', 'hurt', 'cost']);

/** A verb group in the simple present: no auxiliary, a base or -s form ("provides", "partner"). */
export function simplePresent(tokens: Token[], g: VerbGroup): boolean {
  const t = tokens[g.head];
  if (t.pos !== 'VERB' || g.future || g.obligation || g.passive) return false;
  for (let k = g.start; k < g.head; k++) if (tokens[k].pos !== 'ADV') return false;
  if (/(ing|ed)$/.test(t.lower) || tokens[g.start - 1]?.lower === 'to' || SAME_IN_PAST.has(t.lower)) return false;
  return t.lower === t.lemma || t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es` || (t.lemma.endsWith('y') && t.lower === `${t.lemma.slice(0, -1)}ies`);
}

/**
 * "The people who continually inspect the jets", "when western leaders gather", "how the US
 * withdraws from conflicts", "the agency, which provides consular help": a verb in the simple
 * present with an adverb of frequency, or in a clause of a general case or a relative clause,
 * tells what is usually so, not an act. The words, or null.
 */
export function habitualPresent(tokens: Token[], g: VerbGroup, stop: number): Unreported | null {
  if (!simplePresent(tokens, g)) return null;
  for (let k = g.start; k <= g.head + 1 && k < tokens.length; k++) {
    if (FREQUENCY.has(tokens[k].lower)) return { rule: 'modality.habitual', text: `${tokens[k].text} ... ${tokens[g.head].text}` };
  }
  // the clause's opening word: over the subject and any verbs in the same tense joined before this one
  for (let k = g.start - 1; k >= stop && g.start - k <= 14; k--) {
    const t = tokens[k];
    if (isHardBreak(t) || (t.pos === 'SCONJ' && !GENERAL_CASE.has(t.lower))) return null;
    if (GENERAL_CASE.has(t.lower) && (t.pos === 'ADV' || t.pos === 'SCONJ')) {
      return { rule: 'modality.general-case', text: `${t.text} ... ${tokens[g.head].text}` };
    }
    if (RELATIVE.has(t.lower) && t.pos === 'PRON' && k > stop && (tokens[k - 1].text === ',' || tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN')) {
      return { rule: 'modality.habitual', text: `${t.text} ... ${tokens[g.head].text}` };
    }
    if (t.pos === 'AUX') return null;
    if (t.pos === 'VERB' && !simplePresent(tokens, verbGroup(tokens, k, stop))) return null;
  }
  return null;
}

/** Nouns whose clause supposes an act: "the suggestion they could fire", "fears that Russia will attack". */
const SUPPOSING = new Set(['suggestion', 'idea', 'proposal', 'possibility', 'prospect', 'notion', 'speculation', 'fear', 'fears', 'hope', 'hopes', 'risk', 'scenario', 'expectation', 'expectations', 'assumption', 'danger', 'worry', 'worries', 'rumour', 'rumours', 'rumor', 'rumors', 'spectre', 'specter', 'threat']);
const SUPPOSING_MODALS = /^(will|would|could|might|may|'ll|wo)$/i;

/**
 * "undercut the president's suggestion they could fire on migrants", "raised fears that Russia
 * will attack": a future or possible act in the clause of a noun of supposition. The words, or null.
 */
export function supposedAct(tokens: Token[], g: VerbGroup, stop: number): Unreported | null {
  const modal = g.markers.find((m) => SUPPOSING_MODALS.test(m));
  if (!modal) return null;
  let k = g.start - 1;
  while (k >= stop && g.start - k <= 6 && (NOUN_PHRASE_POS.has(tokens[k].pos) || tokens[k].pos === 'PRON') && !SUPPOSING.has(tokens[k].lower)) k--;
  if (tokens[k]?.lower === 'that') k--;
  const noun = tokens[k];
  return noun && k >= stop && noun.pos === 'NOUN' && SUPPOSING.has(noun.lower) ? { rule: 'modality.supposed', text: `${noun.text} ... ${modal}` } : null;
}

/**
 * "What does it say that it would allow them to return?": a conditional or possible act in a
 * question is supposed, not announced. The words, or null.
 */
export function questionedAct(tokens: Token[], g: VerbGroup, end: number): Unreported | null {
  const modal = g.markers.find((m) => /^(would|could|might|may)$/i.test(m));
  if (!modal) return null;
  let last = end - 1;
  while (last > g.head && (tokens[last].text === '"' || tokens[last].text === '”' || tokens[last].text === '’' || tokens[last].text === "'")) last--;
  for (let k = g.head + 1; k < last; k++) if (tokens[k].text === '.' || tokens[k].text === '!') return null;
  return tokens[last]?.text === '?' ? { rule: 'modality.question-hypothetical', text: `${modal} ... ?` } : null;
}

/**
 * "advances had to be approved by Moscow", "the zone should be patrolled by Turkish forces": an
 * obligation in the passive states a requirement; no one is reported to have been asked, nor to
 * have done it.
 */
export function passiveObligation(tokens: Token[], g: VerbGroup, gov: number): Unreported | null {
  if (!g.passive) return null;
  if (g.obligation) return { rule: 'modality.passive-obligation', text: g.markers.join(' ') };
  const t = tokens[gov];
  return t && /^(have|has|had)$/.test(t.lower) && tokens[gov + 1]?.lower === 'to' && gov + 2 === g.start ? { rule: 'modality.passive-obligation', text: `${t.text} to` } : null;
}

/**
 * "US troops must stay in the region to protect Israel", "would not put lives at risk to rescue
 * them", "when leaders gather to discuss": an infinitive of purpose after a verb (and its object)
 * shares that verb's modality. The verb's index, or -1.
 */
export function purposeVerb(tokens: Token[], infinitive: number, stop: number): number {
  if (tokens[infinitive - 1]?.lower !== 'to') return -1;
  for (let k = infinitive - 2; k >= stop && infinitive - k <= 10; k--) {
    const t = tokens[k];
    if (t.pos === 'VERB') return k; // "an excuse to launch an offensive to retake": a chain of purposes
    const inObject = NOUN_PHRASE_POS.has(t.pos) || t.pos === 'ADP' || (t.pos === 'PRON' && t.lower !== 'that') || POSSESSIVE.has(t.lower);
    if (!inObject || t.lower === 'to') return -1;
  }
  return -1;
}

/**
 * "announced it would accept – but prosecute – the returnees", "will meet and sign": a bare verb
 * joined to a verb in the base form shares that verb's modal. The earlier verb's index, or -1.
 */
export function conjoinedVerb(tokens: Token[], g: VerbGroup, stop: number): number {
  const t = tokens[g.head];
  if (g.start !== g.head || t.lower !== t.lemma || !/^(and|or|but)$/.test(tokens[g.start - 1]?.lower ?? '')) return -1;
  let k = g.start - 2;
  while (k >= stop && /^[,–—-]$/.test(tokens[k].text)) k--;
  for (; k >= stop && g.start - k <= 10; k--) {
    const u = tokens[k];
    if (u.pos === 'VERB') return u.lower === u.lemma && tokens[k - 1]?.lower !== 'to' ? k : -1;
    if (!(NOUN_PHRASE_POS.has(u.pos) || u.pos === 'ADP' || u.pos === 'PRON')) return -1;
  }
  return -1;
}

/**
 * "the Kurds, a people committed to democracy", "Ahmed, a cleric accused of ...": a participle that
 * ends an indefinite noun phrase set off after a noun describes that noun, no act. The words, or null.
 */
export function appositiveParticiple(tokens: Token[], g: VerbGroup): Unreported | null {
  const i = g.head;
  if (g.start !== i || !/(ed|en)$/.test(tokens[i].lower) || tokens[i + 1]?.pos !== 'ADP' || tokens[i + 1].lower === 'by') return null;
  let k = i - 1;
  while (k > 0 && i - k <= 5 && NOUN_PHRASE_POS.has(tokens[k].pos) && tokens[k].pos !== 'DET') k--;
  const appositive = k < i - 1 && /^(a|an)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.text === ',' && /^(NOUN|PROPN)$/.test(tokens[k - 2]?.pos ?? '');
  return appositive ? { rule: 'modality.description', text: `${tokens[k].text} ... ${tokens[i].text}` } : null;
}

/** Verbs of a standing relation: "militias backing Assad" describes them. */
const STANDING = new Set(['support', 'back', 'sponsor', 'fund', 'finance', 'arm', 'ally', 'occupy', 'hold', 'control', 'aid']);
/** Verbs whose object acting is seen: "saw troops firing on protesters" tells the firing. */
const PERCEIVING = new Set(['see', 'watch', 'hear', 'catch', 'film', 'show', 'witness', 'spot', 'find', 'photograph', 'record']);

/**
 * "British citizens backing Islamic State had only themselves to blame" (a standing relation),
 * "demanded that they prosecute their citizens fighting in Syria" (a participle on the object of a
 * verb): a present participle after a noun describes who the noun is. The words, or null.
 */
export function describingParticiple(tokens: Token[], g: VerbGroup, stop: number): Unreported | null {
  const t = tokens[g.head];
  const prev = tokens[g.head - 1];
  if (g.start !== g.head || t.pos !== 'VERB' || !t.lower.endsWith('ing') || prev?.pos !== 'NOUN' || !/s$/.test(prev.lower)) return null;
  if (STANDING.has(t.lemma)) return { rule: 'modality.description', text: `${prev.text} ${t.text}` };
  let k = g.head - 1;
  while (k >= stop && g.head - k <= 5 && (NOUN_PHRASE_POS.has(tokens[k].pos) || POSSESSIVE.has(tokens[k].lower))) k--;
  const verb = tokens[k];
  // "their citizens fighting in Syria": with no object of its own ("arrested militants attacking a police station" tells the attack)
  const object = tokens[g.head + 1]?.pos === 'ADP' && k >= stop && verb?.pos === 'VERB' && verb.lemma !== 'be' && !PERCEIVING.has(verb.lemma) && !verb.lower.endsWith('ing');
  return object ? { rule: 'modality.description', text: `${verb.text} ... ${prev.text} ${t.text}` } : null;
}

const REFLEXIVE = new Set(['themselves', 'himself', 'herself', 'itself', 'ourselves', 'myself', 'yourself', 'yourselves', 'oneself']);

/** "had only themselves to blame": an idiom of fault, no one blames anyone. The words, or null. */
export function blameIdiom(tokens: Token[], g: VerbGroup): Unreported | null {
  const self = tokens[g.start - 2];
  return tokens[g.head].lemma === 'blame' && tokens[g.start - 1]?.lower === 'to' && self && REFLEXIVE.has(self.lower) ? { rule: 'modality.idiom', text: `${self.text} to blame` } : null;
}
