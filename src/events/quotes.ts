/**
 * Direct quotations and who speaks them: where quotes open and close in an article, and the
 * speaker its sentence attributes the quotation to ('"...," the spokesman said', '"...," said
 * X', 'X said: "..."', 'according to X'). Inside a quotation "I" and "we" are the speaker
 * (subject.ts, rule `coref.quote-speaker`). Pure: one pass over the document after the actor stage.
 *
 * A quotation spans sentences only when its closing mark is found in the same paragraph; a
 * quotation left open (the news convention for a quote that goes on in the next paragraph)
 * ends at the paragraph break when the text has one, else with its first sentence.
 */
import type { Document, Mention, Token } from '../document/types.ts';
import { SPEECH_VERBS } from './governors.ts';

/** How a quotation's speaker was found; the ids appear in evidence notes and `dyad explain`. */
export const ATTRIBUTION_RULES = {
  'quote.after.speaker-verb': '"...," the spokesman said: speaker and verb of speech after the closing mark',
  'quote.after.verb-speaker': '"...," said the spokesman: verb of speech then speaker after the closing mark',
  'quote.before.speaker-verb': 'The minister said: "...": the subject of a verb of speech before the opening mark',
  'quote.according-to': '"...," according to the ministry: "according to" and the speaker, in the same sentence',
  'quote.continues': 'X said: "...". "...": a quotation opening the next sentence (or left open before one) goes on with the same speaker',
} as const;

export type AttributionRule = keyof typeof ATTRIBUTION_RULES;

/** Who speaks: an actor, a pronoun to resolve in the discourse ("he said"), or a person or body that is no actor. */
export type Speaker =
  | { kind: 'actor'; mentions: Mention[]; text: string }
  | { kind: 'pronoun'; word: string; token: number; text: string }
  | { kind: 'other'; text: string };

export interface Attribution {
  rule: AttributionRule;
  /** The verb of speech (or "according"). */
  verb: number;
  /** The sentence the attribution stands in. */
  sentence: number;
  /**
   * The sentence the attributed quotation opens in: a pronoun speaker ("he said") is read in
   * the discourse no later than there, before the quotation's own words enter it.
   */
  opens: number;
  speaker: Speaker;
}

export interface Quotation {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or one past the last token inside when the quotation was left open. */
  close: number;
  closed: boolean;
  attribution: Attribution | null;
}

/** Verbs that attribute a quotation: the reporting verbs of the event stage and a few that only quote. */
export const QUOTE_VERBS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  'explain', 'tweet', 'reply', 'respond', 'ask', 'continue', 'remark', 'recall', 'admit', 'acknowledge',
  'comment', 'observe', 'warn', 'claim', 'complain', 'tell', 'say', 'urge', 'vow', 'pledge', 'promise',
  'threaten', 'demand', 'confirm', 'reveal', 'concede', 'suggest', 'predict', 'shout', 'plead', 'caution',
  'quote', // "X was quoted as saying"

]);

/** Heads that speak for the actor named before or after them ("the government statement", "a statement from the ministry"). */
const SPEAKING_FOR = new Set(['statement', 'communique', 'communiqué', 'spokesman', 'spokeswoman', 'spokesperson', 'letter', 'release']);
/** Lower-case words inside personal names ("van den Eijnden", "del Rosario", "bin Salman"). */
const NAME_PARTICLES = new Set(['van', 'von', 'den', 'der', 'de', 'del', 'della', 'da', 'dos', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'abu']);

const OPENING = new Set(['“', '«']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';
/** Words that open a noun phrase and are no part of its name ("the", "one", "a"). */
const NP_LEAD_POS = new Set(['DET', 'NUM']);
/** Tokens that end a speaker's noun phrase when no mention covers them. */
const NP_STOP_POS = new Set(['ADP', 'SCONJ', 'VERB', 'AUX', 'PUNCT', 'CCONJ', 'PRON']);
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const MAX_SPEAKER_TOKENS = 14;
const MAX_ADJUNCT_TOKENS = 14;

/** The article's quotations, in text order, with the speakers their sentences name. */
export function findQuotations(doc: Document, mentions: readonly Mention[]): Quotation[] {
  const covering = coverage(doc, mentions);
  const sentenceOf = sentenceIndexes(doc);
  const out: Quotation[] = pairMarks(doc, sentenceOf).map((q) => ({ ...q, attribution: attribute(doc, covering, sentenceOf, q) }));
  continueSpeakers(doc, sentenceOf, out);
  return out;
}

/**
 * The news conventions for a speech over several sentences or paragraphs: '"...," X said. "..."'
 * (a quotation opening the next sentence, without an attribution of its own, is X's) and
 * '"... [paragraph] "...," X said' (a quotation left open is followed by the rest of the speech).
 */
function continueSpeakers(doc: Document, sentenceOf: Int32Array, quotations: Quotation[]): void {
  const opensSentence = (q: Quotation) => doc.sentences[sentenceOf[q.open]].tokenStart === q.open;
  const lastSentence = (q: Quotation) => Math.max(sentenceOf[Math.min(q.close, doc.tokens.length - 1)] - (q.closed ? 0 : 1), q.attribution?.sentence ?? 0);
  for (let k = 1; k < quotations.length; k++) {
    const [prev, q] = [quotations[k - 1], quotations[k]];
    if (!q.attribution && prev.attribution && opensSentence(q) && lastSentence(prev) === sentenceOf[q.open] - 1) q.attribution = { ...prev.attribution, rule: 'quote.continues' };
  }
  for (let k = quotations.length - 2; k >= 0; k--) {
    const [q, next] = [quotations[k], quotations[k + 1]];
    if (!q.attribution && !q.closed && next.attribution && opensSentence(next) && sentenceOf[next.open] === lastSentence(q) + 1) q.attribution = { ...next.attribution, rule: 'quote.continues' };
  }
}

/** The quotation a token stands inside, if any. */
export function quotationAt(quotations: readonly Quotation[] | undefined, token: number): Quotation | undefined {
  return quotations?.find((q) => q.open < token && token < q.close);
}

type Mark = 'open' | 'close' | 'either';
/** An attribution as one sentence shows it, before the quotation's first sentence is known. */
type Found = Omit<Attribution, 'opens'>;

/** Is a quote mark opening or closing? Curly marks say it; a straight one by what it is glued to. */
export function markKind(tokens: readonly Token[], i: number): Mark | null {
  const t = tokens[i];
  if (OPENING.has(t.text)) return 'open';
  if (CLOSING.has(t.text)) return 'close';
  if (t.text !== STRAIGHT) return null;
  const next = tokens[i + 1];
  const gluedAfter = next !== undefined && !next.spaceBefore && /\w/.test(next.text);
  const gluedBefore = i > 0 && !t.spaceBefore;
  if (gluedAfter && !gluedBefore) return 'open';
  if (gluedBefore && !gluedAfter) return 'close';
  return 'either';
}

/** A paragraph break between two sentences: a line break in the text between them. */
function paragraphBreakBefore(doc: Document, sentence: number): boolean {
  if (sentence <= 0) return false;
  const prev = doc.sentences[sentence - 1];
  const here = doc.sentences[sentence];
  const from = doc.tokens[prev.tokenEnd - 1]?.end ?? prev.end;
  const to = doc.tokens[here.tokenStart]?.start ?? here.start;
  return doc.article.text.slice(from, to).includes('\n');
}

/** Pair the marks into quotations; an opening mark left open ends at the paragraph break, else with its sentence. */
function pairMarks(doc: Document, sentenceOf: Int32Array): Array<Omit<Quotation, 'attribution'>> {
  const { tokens } = doc;
  const out: Array<Omit<Quotation, 'attribution'>> = [];
  let open = -1;
  /** The quotation opened at `open` has no closing mark before the mark at `next` (or the end). */
  const leaveOpen = (next: number) => {
    const first = sentenceOf[open];
    const until = next < tokens.length ? sentenceOf[next] : doc.sentences.length - 1;
    const broken = paragraphBreakAfter(doc, first, until);
    out.push({ open, close: doc.sentences[broken ?? first].tokenEnd, closed: false });
    open = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const kind = markKind(tokens, i);
    if (!kind) continue;
    if (open >= 0 && paragraphBreakAfter(doc, sentenceOf[open], sentenceOf[i]) !== null) leaveOpen(i);
    if (kind === 'open' || (kind === 'either' && open < 0)) {
      if (open >= 0) leaveOpen(i);
      open = i;
    } else if (open >= 0) {
      out.push({ open, close: i, closed: true });
      open = -1;
    }
  }
  if (open >= 0) leaveOpen(tokens.length);
  return out;
}

/** The last sentence of the paragraph of sentence `from`, when a line break ends it by sentence `until`; else null. */
function paragraphBreakAfter(doc: Document, from: number, until: number): number | null {
  for (let s = from + 1; s <= until; s++) if (paragraphBreakBefore(doc, s)) return s - 1;
  return null;
}

function attribute(doc: Document, covering: Array<Mention | undefined>, sentenceOf: Int32Array, q: Omit<Quotation, 'attribution'>): Attribution | null {
  const opens = sentenceOf[q.open];
  const found = (q.closed ? (speakerAfter(doc, covering, sentenceOf[q.close], q.close + 1) ?? speakerInNextSentence(doc, covering, sentenceOf[q.close], q.close)) : null)
    ?? speakerBefore(doc, covering, opens, q.open - 1)
    ?? speakerBeforeColon(doc, covering, opens, q.open)
    ?? accordingTo(doc, covering, opens, q)
    ?? (q.closed ? accordingTo(doc, covering, sentenceOf[q.close], q) : null);
  return found && { ...found, opens };
}

/** 'A spokeswoman told reporters:' ending one sentence, and the quotation opening the next. */
function speakerBeforeColon(doc: Document, covering: Array<Mention | undefined>, sentence: number, open: number): Found | null {
  const prev = doc.sentences[sentence - 1];
  if (!prev || doc.sentences[sentence].tokenStart !== open || doc.tokens[prev.tokenEnd - 1]?.text !== ':') return null;
  return speakerBefore(doc, covering, sentence - 1, prev.tokenEnd - 1);
}

/** '"...," the spokesman said' and '"...," said the spokesman': the words right after the closing mark. */
function speakerAfter(doc: Document, covering: Array<Mention | undefined>, sentence: number, from: number): Found | null {
  const { tokens } = doc;
  const end = doc.sentences[sentence].tokenEnd;
  let i = from;
  if (tokens[i]?.text === ',') i++;
  if (i >= end) return null;
  if (isQuoteVerb(tokens[i])) {
    const speaker = speakerNounPhrase(tokens, covering, i + 1, end);
    return speaker && { rule: 'quote.after.verb-speaker', verb: i, sentence, speaker };
  }
  // the speaker, then the verb: no other verb before it but inside an apposition ("Ahn, who leads the union, said")
  let inApposition = false;
  for (let k = i; k < end && k - i <= MAX_SPEAKER_TOKENS; k++) {
    const t = tokens[k];
    if (t.text === ',') inApposition = !inApposition;
    else if (isHardBreak(t)) return null;
    else if (isQuoteVerb(t) && !inApposition) {
      const groupStart = verbGroupStart(tokens, k, i);
      const speaker = appositiveActor(tokens, covering, i, groupStart) ?? speakerNounPhrase(tokens, covering, i, groupStart);
      return speaker && { rule: 'quote.after.speaker-verb', verb: k, sentence, speaker };
    } else if ((t.pos === 'VERB' || t.pos === 'AUX') && !inApposition && !isVerbGroupPart(tokens, k) && !reducedRelative(tokens, k)) return null;
  }
  return null;
}

/** "armed groups based in Tripoli said", "officials quoted by AFP said": a participle and its preposition inside the speaker's phrase. */
function reducedRelative(tokens: readonly Token[], k: number): boolean {
  return /(ed|ing)$/.test(tokens[k].lower) && tokens[k + 1]?.pos === 'ADP' && tokens[k - 1]?.pos !== 'AUX';
}

/** '"Will we go?" he asked.': the sentence ended inside the quotation and the next one, in lower case, names the speaker. */
function speakerInNextSentence(doc: Document, covering: Array<Mention | undefined>, sentence: number, close: number): Found | null {
  const next = doc.sentences[sentence + 1];
  if (!next || close + 1 !== doc.sentences[sentence].tokenEnd) return null;
  const first = doc.tokens[next.tokenStart];
  if (!first || first.text[0] === first.text[0].toUpperCase()) return null;
  return speakerAfter(doc, covering, sentence + 1, next.tokenStart);
}

/** 'The minister said: "..."', 'X told reporters on Monday: "..."': a verb of speech shortly before the opening mark. */
function speakerBefore(doc: Document, covering: Array<Mention | undefined>, sentence: number, from: number): Found | null {
  const { tokens } = doc;
  const start = doc.sentences[sentence].tokenStart;
  let i = from;
  if (i < start || !/^[:,]$|^that$/i.test(tokens[i].text)) return null;
  i--;
  for (let k = i; k >= start && i - k <= MAX_ADJUNCT_TOKENS; k--) {
    const t = tokens[k];
    if (isHardBreak(t) || isQuoteMark(t)) return null;
    if (isQuoteVerb(t)) {
      // "X said ..., adding:": the participle's speaker is the subject of the verb of speech it hangs on
      const verb = t.lower.endsWith('ing') ? reportingVerbBefore(tokens, k, start) : k;
      if (verb < 0) return null;
      const speaker = subjectBefore(tokens, covering, verbGroupStart(tokens, verb, start), start);
      return speaker && { rule: 'quote.before.speaker-verb', verb, sentence, speaker };
    }
    if (t.pos === 'VERB' || t.pos === 'AUX') return null;
  }
  return null;
}

/** The finite verb of speech a participle after a comma hangs on, the first of its sentence ("He said ..., adding:"), or -1. */
function reportingVerbBefore(tokens: readonly Token[], participle: number, start: number): number {
  if (tokens[participle - 1]?.text !== ',') return -1;
  let found = -1;
  for (let k = participle - 2; k >= start; k--) {
    if (isHardBreak(tokens[k])) break;
    if (isQuoteVerb(tokens[k]) && !tokens[k].lower.endsWith('ing')) found = k;
  }
  return found;
}

/** '"...," according to the ministry' and 'According to X, "..."' outside the quotation. */
function accordingTo(doc: Document, covering: Array<Mention | undefined>, sentence: number, q: Omit<Quotation, 'attribution'>): Found | null {
  const { tokens } = doc;
  const s = doc.sentences[sentence];
  for (let k = s.tokenStart; k < s.tokenEnd - 1; k++) {
    if (k > q.open && k < q.close) continue;
    if (tokens[k].lower !== 'according' || tokens[k + 1].lower !== 'to') continue;
    const speaker = speakerNounPhrase(tokens, covering, k + 2, s.tokenEnd);
    return speaker && { rule: 'quote.according-to', verb: k, sentence, speaker };
  }
  return null;
}

/**
 * The speaker named by the noun phrase starting at `from`: determiners, then words up to the
 * first preposition, verb or punctuation no mention covers; the mention covering its last word
 * is the speaker ("the Chinese foreign ministry spokesman"); "a source close to the government"
 * is no actor (the phrase ends at "to").
 */
function speakerNounPhrase(tokens: readonly Token[], covering: Array<Mention | undefined>, from: number, end: number): Speaker | null {
  let i = from;
  while (i < end && NP_LEAD_POS.has(tokens[i].pos) && !covering[i]) i++;
  if (i >= end) return null;
  if (SPEAKER_PRONOUNS.has(tokens[i].lower) && tokens[i].pos === 'PRON') return { kind: 'pronoun', word: tokens[i].lower, token: i, text: tokens[i].text };
  let last = -1;
  for (let k = i; k < end && k - i < MAX_SPEAKER_TOKENS; k++) {
    const m = covering[k];
    if (m) {
      last = m.tokenEnd - 1;
      k = last;
      continue;
    }
    if (NP_STOP_POS.has(tokens[k].pos) || isHardBreak(tokens[k])) break;
    last = k;
  }
  if (last < 0) return null;
  const head = covering[last] ?? roleBeforeName(tokens, covering, i, last) ?? speakingFor(tokens, covering, i, last, end);
  if (head) return { kind: 'actor', mentions: [head], text: head.text };
  return { kind: 'other', text: textOf(tokens, from, last + 1) };
}

/** "Foreign Minister Dr. Yahya Jammeh": a role the actor stage read, then a name it left alone. */
function roleBeforeName(tokens: readonly Token[], covering: Array<Mention | undefined>, first: number, last: number): Mention | undefined {
  const role = covering[first];
  if (!role || role.kind === 'person' || role.tokenEnd > last) return undefined;
  for (let k = role.tokenEnd; k <= last; k++) if (tokens[k].pos !== 'PROPN' && !NAME_PARTICLES.has(tokens[k].lower)) return undefined;
  return role;
}

/** "the government statement", "a statement from the foreign ministry": the actor the statement speaks for. */
function speakingFor(tokens: readonly Token[], covering: Array<Mention | undefined>, first: number, last: number, end: number): Mention | undefined {
  if (!SPEAKING_FOR.has(tokens[last].lemma)) return undefined;
  const before = covering[last - 1];
  if (before && last - 1 >= first) return before;
  const prep = tokens[last + 1];
  if (!prep || !/^(from|by|of)$/.test(prep.lower)) return undefined;
  let k = last + 2;
  while (k < end && NP_LEAD_POS.has(tokens[k].pos) && !covering[k]) k++;
  const m = covering[k];
  return m && tokens[m.tokenEnd]?.pos !== 'ADP' ? m : undefined;
}

/** "Ahn, the Chinese envoy, said": a name that is no actor, and an actor in apposition to it. */
function appositiveActor(tokens: readonly Token[], covering: Array<Mention | undefined>, from: number, groupStart: number): Speaker | null {
  const name = speakerNounPhrase(tokens, covering, from, groupStart);
  if (name?.kind !== 'other') return null;
  for (let k = from; k < groupStart - 1; k++) {
    if (tokens[k].text !== ',') continue;
    const appositive = speakerNounPhrase(tokens, covering, k + 1, groupStart);
    return appositive?.kind === 'actor' ? appositive : null;
  }
  return null;
}

/** The subject right before a verb group: a mention ending there (an apposition skipped), else the words there. */
function subjectBefore(tokens: readonly Token[], covering: Array<Mention | undefined>, groupStart: number, start: number): Speaker | null {
  let end = groupStart; // exclusive
  if (tokens[end - 1]?.text === ',') {
    // "Putin, speaking in Moscow, said:": the phrase before the apposition
    let k = end - 2;
    while (k >= start && tokens[k].text !== ',' && !isHardBreak(tokens[k])) k--;
    if (k < start || tokens[k].text !== ',') return null;
    if (covering[end - 2] && covering[end - 2]!.tokenStart <= k) return actorSpeaker(covering[end - 2]!, tokens, start);
    end = k;
  }
  const last = end - 1;
  if (last < start) return null;
  const t = tokens[last];
  if (SPEAKER_PRONOUNS.has(t.lower) && t.pos === 'PRON') return { kind: 'pronoun', word: t.lower, token: last, text: t.text };
  const m = covering[last];
  if (m) return actorSpeaker(m, tokens, start);
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return null;
  let first = last;
  while (first > start && (tokens[first - 1].pos === 'NOUN' || tokens[first - 1].pos === 'PROPN' || tokens[first - 1].pos === 'ADJ')) first--;
  return { kind: 'other', text: textOf(tokens, first, last + 1) };
}

/** A mention as the speaker, unless it is the object of a preposition ("a source close to the government said"). */
function actorSpeaker(m: Mention, tokens: readonly Token[], start: number): Speaker {
  let k = m.tokenStart - 1;
  while (k >= start && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k--;
  if (k >= start && tokens[k].pos === 'ADP') return { kind: 'other', text: textOf(tokens, k + 1, m.tokenEnd) };
  return { kind: 'actor', mentions: [m], text: m.text };
}

/** First token of the verb group of the verb at `verb`: auxiliaries and adverbs before it ("has also said"). */
function verbGroupStart(tokens: readonly Token[], verb: number, stop: number): number {
  let k = verb;
  while (k - 1 >= stop && (tokens[k - 1].pos === 'AUX' || tokens[k - 1].pos === 'ADV' || tokens[k - 1].pos === 'PART')) k--;
  return k;
}

/** An auxiliary or adverb leading a verb of speech ("has said", "later told"). */
function isVerbGroupPart(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (tokens[j] && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV' || tokens[j].pos === 'PART')) j++;
  return j > k && tokens[j] !== undefined && isQuoteVerb(tokens[j]);
}

function isQuoteVerb(t: Token): boolean {
  return t.pos === 'VERB' && QUOTE_VERBS.has(t.lemma);
}

function isQuoteMark(t: Token): boolean {
  return t.text === STRAIGHT || OPENING.has(t.text) || CLOSING.has(t.text);
}

function isHardBreak(t: Token): boolean {
  return /^[;:.?!()—–]$/.test(t.text) || isQuoteMark(t);
}

function textOf(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t, k) => (k > 0 && t.spaceBefore ? ' ' : '') + t.text).join('');
}

function coverage(doc: Document, mentions: readonly Mention[]): Array<Mention | undefined> {
  const covering = new Array<Mention | undefined>(doc.tokens.length);
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) covering[i] = m;
  return covering;
}

function sentenceIndexes(doc: Document): Int32Array {
  const out = new Int32Array(doc.tokens.length);
  for (const s of doc.sentences) out.fill(s.index, s.tokenStart, s.tokenEnd);
  return out;
}
