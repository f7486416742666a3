/**
 * Who acts: the source of a verb, by the first rule that finds one —
 *   conjoined verb phrase ("met X and signed Y")  -> the first verb's source
 *   participle clause (", killing 20")            -> the main verb's source
 *   an actor to the left in the clause             -> that actor and its conjuncts
 *   relative pronoun ("X, who visited")            -> the antecedent
 *   control ("agreed to deepen", "wants X to")     -> the governing verb's subject
 *   aspect verb + gerund ("began shelling")       -> the aspect verb's subject
 *   pronoun ("X said it had", "He thanked")        -> the reporting clause's subject, else (he/she) a person
 *                                                     of its gender named before it in the sentence, else the
 *                                                     discourse; a person who is no actor gives no source
 *   "I", "we" inside a quotation                   -> the speaker its sentence names (quotes.ts); outside a
 *                                                     quotation, or for a speaker who is no actor, nobody
 */
import type { Mention, Token } from '../document/types.ts';
import { findSubject, type SubjectSearch } from './clause.ts';
import { NOUN_PHRASE_POS } from './noun-phrases.ts';
import { isHardBreak, type SentenceView } from './sentence-view.ts';
import { agreesWith, genderOf, isFirstPersonSubject, isSubjectPronoun, personFor, personInSentence, pronounGender, resolvePronoun, type Antecedent, type Discourse } from './discourse.ts';
import { quotationAt, type Attribution } from './quotes.ts';
import { fitsThey, pluralMention } from './antecedents.ts';
import { verbGroup, type VerbGroup } from './verb-group.ts';

export interface Subject {
  mentions: Mention[];
  rule: string;
  /** Why, when the rule alone does not say it (the antecedent of "it" or "they"). */
  note?: string;
}

const CONJOINERS = new Set(['and', 'but', 'then', 'or']);
/** "began collecting", "continued shelling", "stopped firing": the gerund shares the aspect verb's subject. */
const ASPECT_VERBS = new Set(['begin', 'start', 'continue', 'keep', 'resume', 'stop', 'cease', 'quit', 'finish']);
const NONE: Subject = { mentions: [], rule: 'clause.none' };
const QUOTE_SPEAKER = 'coref.quote-speaker';
/** A speaker named by "he" or "she" must have been named this many sentences before the quotation, or in its sentence. */
const RECENT_SPEAKER_SENTENCES = 2;

export class SubjectResolver {
  private readonly groups = new Map<number, VerbGroup>();
  private readonly subjects = new Map<number, Subject>();
  private readonly searches = new Map<number, SubjectSearch>();
  /** Sources of verbs already coded (a passive verb's source is its by-agent). */
  readonly sources = new Map<number, Mention[]>();
  /** Grammatical subjects of passive verbs ("X was indicted by Y and will resign": X resigns). */
  readonly passiveSubjects = new Map<number, Mention[]>();

  constructor(
    private readonly view: SentenceView,
    private readonly discourse: Discourse,
  ) {}

  group(i: number): VerbGroup {
    let g = this.groups.get(i);
    if (!g) {
      g = verbGroup(this.view.tokens, i, this.view.sentence.tokenStart);
      this.groups.set(i, g);
    }
    return g;
  }

  /** The leftward subject search from a verb group, done once per group (clause boundaries are read from it too). */
  search(groupStart: number): SubjectSearch {
    let found = this.searches.get(groupStart);
    if (!found) {
      found = findSubject(this.view, groupStart);
      this.searches.set(groupStart, found);
    }
    return found;
  }

  subjectOf(i: number, depth = 0): Subject {
    const known = this.subjects.get(i);
    if (known) return known;
    const result = depth > 4 ? NONE : this.resolve(i, depth);
    this.subjects.set(i, result);
    return result;
  }

  /** The actors acting at verb i: its recorded source if coded, else its subject. */
  private actorsOf(i: number, depth: number): Mention[] {
    return this.sources.get(i) ?? this.subjectOf(i, depth + 1).mentions;
  }

  private resolve(i: number, depth: number): Subject {
    const { tokens, sentence } = this.view;
    const g = this.group(i);
    const before = tokens[g.start - 1];
    const prevVerb = previousVerb(tokens, g.start - 1, sentence.tokenStart);
    const participle = before?.text === ',' && g.start === i && tokens[i].lower.endsWith('ing');
    if (before && prevVerb >= 0 && participle && !CONJOINERS.has(before.lower)) {
      // "rejected a proposal for signing a deal, urging ...": the participle adds to the clause's own verb, not to a gerund or infinitive inside it
      const main = clauseVerbBefore(tokens, g.start - 1, sentence.tokenStart);
      const inherited = main >= 0 ? this.actorsOf(main, depth) : [];
      return inherited.length ? { mentions: inherited, rule: this.ruleVia(main, 'clause.participle') } : NONE;
    }
    // "urged Iran to halt enrichment and warned it": "warned" is conjoined with "urged"
    let joined = CONJOINERS.has(before?.lower ?? '') ? conjoinedVerb(tokens, i, prevVerb, sentence.tokenStart) : prevVerb;
    // "opened its border to traders expelled from Niger, but kept refusing": a finite verb is not joined to a participle modifying a noun
    while (joined >= 0 && g.start < i && bareParticipleAfterNoun(this.group(joined), tokens)) joined = previousVerb(tokens, joined, sentence.tokenStart);
    if (before && joined >= 0 && CONJOINERS.has(before.lower)) {
      const passive = this.passiveSubjects.get(joined);
      const inherited = passive?.length ? passive : this.actorsOf(joined, depth);
      // the first verb's subject is no actor ("snipers killed three soldiers and injured seven"):
      // neither is this one's, and the first verb's object must not stand in for it
      return inherited.length ? { mentions: inherited, rule: passive?.length ? 'clause.conjoined' : this.ruleVia(joined, 'clause.conjoined') } : NONE;
    }
    // "the king was quoted as saying", "was described as having": the subject of the passive before "as"
    if (before?.lower === 'as' && tokens[i].lower.endsWith('ing') && prevVerb >= 0 && this.group(prevVerb).passive) {
      const passive = this.search(this.group(prevVerb).start).mentions;
      if (passive.length) return { mentions: passive, rule: 'clause.quoted-as' };
    }
    const opening = openingParticipleSubject(this.view, i);
    if (opening) return { mentions: [opening], rule: 'clause.opening-participle' };
    if (before && g.start - 1 >= sentence.tokenStart && ASPECT_VERBS.has(before.lemma) && before.pos === 'VERB' && tokens[i].lower.endsWith('ing')) {
      const governing = this.actorsOf(g.start - 1, depth);
      if (governing.length) return { mentions: governing, rule: this.ruleVia(g.start - 1, 'clause.aspect') };
    }
    // "We will not accept": inside a quotation the speaker, outside one nobody (never an actor further left)
    if (before && g.start - 1 >= sentence.tokenStart && isFirstPersonSubject(before)) return this.quoteSpeaker(i, g.start - 1);
    // "the search for a committee to rewrite the constitution", "raise a border force to patrol": what the
    // noun is for, no act of it
    if (before?.lower === 'to' && (purposeOfIndefinite(this.view, g.start - 1) || predicateInfinitive(this.view, g.start - 1))) return NONE;
    const found = this.search(g.start);
    if (found.mentions.length) return { mentions: found.mentions, rule: 'clause.subject' };
    const boundary = tokens[found.boundary];
    if (boundary && /^(who|which|that)$/.test(boundary.lower) && !nounBetween(tokens, found.boundary + 1, g.start)) {
      // "the country that attacked": a relative pronoun right before its verb; "assurance that no
      // terrorist would ..." has its own (non-actor) subject and takes nothing from before "that".
      const antecedent = mentionBefore(this.view, found.boundary);
      if (antecedent) return { mentions: [antecedent], rule: 'clause.relative' };
    }
    const owner = before?.lower === 'to' ? nounOwner(this.view, g.start - 2) : undefined;
    if (owner) return { mentions: [owner], rule: 'clause.noun-control' };
    const object = before?.lower === 'to' && prevVerb >= 0 ? objectBetween(this.view, prevVerb, g.start - 1) : undefined;
    // "forced Russia to withdraw", "allowed Iran to enrich": the object acts
    if (object) return { mentions: [object], rule: 'clause.object-control' };
    if (before?.lower === 'to' && prevVerb >= 0 && subjectControls(this.view, prevVerb, g.start - 1)) {
      const governing = this.actorsOf(prevVerb, depth);
      if (governing.length) return { mentions: governing, rule: this.ruleVia(prevVerb, 'clause.control') };
    }
    const pronoun = pronounBefore(tokens, g.start, sentence.tokenStart);
    if (pronoun) {
      // "Switzerland said it had expelled ...": the subject of the clause that reports
      if (prevVerb >= 0 && this.sameVoice(prevVerb, g.start - 1)) {
        const reporter = this.actorsOf(prevVerb, depth);
        const note = `"${pronoun}" refers to the subject of the reporting verb "${tokens[prevVerb].text}"`;
        if (reporter.length && agrees(pronoun, reporter, this.discourse, tokens)) return { mentions: reporter, rule: `coref.pronoun:${pronoun}`, note };
      }
      // "Begum married Riedijk after she arrived": a person of the pronoun's gender named before it in the sentence
      const near = personInSentence(this.discourse, sentence.index, g.start - 1, pronoun);
      const person = near ?? (pronoun === 'he' || pronoun === 'she' ? personFor(this.discourse, pronoun) : undefined) ?? personInSentence(this.discourse, sentence.index, g.start - 1, pronoun, true);
      if (person && !person.mention) return this.noActor(i, pronoun, person);
      if (person?.mention) return { mentions: [person.mention], rule: `coref.pronoun:${pronoun}` };
      if (pronoun === 'he' || pronoun === 'she') return NONE;
      // "it" and "they": the first agreeing noun phrase of this sentence or the ones before (antecedents.ts)
      const reading = resolvePronoun(this.discourse, this.view, pronoun, g.start - 1);
      if (!reading.mentions.length) return this.unresolved(i, reading.note, reading.rule);
      return { mentions: reading.mentions, rule: reading.rule, note: reading.note };
    }
    return NONE;
  }

  /** Two tokens inside the same quotation, or both outside any: a verb inside '"...," he said' reports nothing of "he". */
  private sameVoice(a: number, b: number): boolean {
    return quotationAt(this.discourse.quotations, a) === quotationAt(this.discourse.quotations, b);
  }

  /** A subject inherited from verb `from` ("decided to expel"): when "we" there was the quotation's speaker, say so. */
  private ruleVia(from: number, rule: string): string {
    const inner = this.subjects.get(from)?.rule;
    return inner?.startsWith(QUOTE_SPEAKER) ? inner : rule;
  }

  /** "I" or "we" at token `at`, subject of verb i: the speaker of the quotation around it, or nobody (reason kept for `dyad explain`). */
  private quoteSpeaker(i: number, at: number): Subject {
    const word = this.view.tokens[at].text;
    const rule = `${QUOTE_SPEAKER}:${word.toLowerCase()}`;
    const quotation = quotationAt(this.discourse.quotations, at);
    if (!quotation) return this.unresolved(i, `"${word}" stands outside any quotation`, rule);
    const { attribution } = quotation;
    if (!attribution) return this.unresolved(i, `"${word}" is in a quotation whose speaker the sentence does not name`, rule);
    const speaker = this.speakerOf(attribution);
    if (!speaker) return this.unresolved(i, `"${word}" is in a quotation of "${attribution.speaker.text}", not resolved here`, rule);
    if (!speaker.length) return this.unresolved(i, `"${word}" is in a quotation of "${attribution.speaker.text}", ${attribution.speaker.kind === 'pronoun' ? 'who refers to no actor' : 'who is no actor'}`, rule);
    if (word === 'I' && (speaker.length > 1 || speaker[0].kind === 'collective')) return this.unresolved(i, `"I" is in a quotation of several actors ("${attribution.speaker.text}")`, rule);
    return { mentions: speaker, rule };
  }

  /**
   * The actors who speak a quotation: its attributed actor; for a pronoun ('"...," he said') its
   * referent in the discourse, read while the quotation's own words have not entered the
   * discourse and kept for the speech's later sentences; [] for a speaker who is no actor; null
   * when not known here.
   */
  private speakerOf(attribution: Attribution): Mention[] | null {
    const { speaker } = attribution;
    if (speaker.kind === 'actor') return speaker.mentions;
    if (speaker.kind === 'other') return [];
    const known = this.discourse.quoteSpeakers?.get(speaker);
    if (known) return known;
    if (!this.discourseStillFits(attribution, speaker.word)) return null;
    const resolved = this.speakerPronoun(speaker.word, speaker.token, attribution);
    (this.discourse.quoteSpeakers ??= new Map()).set(speaker, resolved);
    return resolved;
  }

  /**
   * The discourse holds no words of the quotation yet: this is the sentence it opens in (or one
   * before), or, for "he" and "she", no person was named in its sentences read so far.
   */
  private discourseStillFits(attribution: Attribution, word: string): boolean {
    const here = this.view.sentence.index;
    if (here <= attribution.opens) return true;
    if (word !== 'he' && word !== 'she') return false;
    const persons = this.discourse.named?.persons ?? [];
    return !persons.some((p) => p.sentence >= attribution.opens && p.sentence < here);
  }

  /**
   * "he said", "she told reporters": the person of the discourse (one before it in the sentence
   * only when the attribution precedes the quotation), when known to be of the pronoun's gender
   * and named in the quotation's sentence or the two before it, since an older one, or one of
   * unknown gender, is often not who speaks. "it said" and "they said" speak for nobody: "it" is
   * as often the statement as an actor, and the discourse may hold the words of an earlier quotation.
   */
  private speakerPronoun(word: string, token: number, attribution: Attribution): Mention[] {
    if (word !== 'he' && word !== 'she') return []; // "it said" is as often the statement as an actor
    const before = attribution.rule === 'quote.before.speaker-verb' ? personInSentence(this.discourse, attribution.sentence, token, word) : undefined;
    const person = before ?? personFor(this.discourse, word);
    if (!person?.mention || person.gender !== pronounGender(word)) return [];
    const named = this.discourse.named?.personAt(person.mention.tokenStart);
    return named && named.sentence >= attribution.opens - RECENT_SPEAKER_SENTENCES ? [person.mention] : [];
  }

  private unresolved(i: number, reason: string, rule: string): Subject {
    (this.discourse.noActor ??= new Map()).set(i, reason);
    return { mentions: [], rule };
  }

  /** "she" refers to a person who is no actor ("Darsim"): no source, and the reason kept for `dyad explain`. */
  private noActor(i: number, pronoun: string, person: Antecedent): Subject {
    const reason = `"${pronoun}" refers to ${person.text} (${person.gender === 'f' ? 'a woman' : 'a man'}: ${person.why}), a person who is no actor`;
    (this.discourse.noActor ??= new Map()).set(i, reason);
    return { mentions: [], rule: `coref.pronoun-no-actor:${pronoun}` };
  }
}

/** Words opening a participle phrase at the start of a sentence: "After signing the accord, ...". */
const PARTICIPLE_OPENERS = new Set(['after', 'before', 'while', 'since', 'on', 'upon', 'when', 'by', 'despite', 'without']);
const OPENING_LEAD = new Set(['ADV', 'CCONJ', 'PUNCT']);
const REPORTING = new Set(['speak', 'talk', 'write', 'tell', 'say', 'address', 'reply', 'respond', 'comment']);

/**
 * "After signing the accord, President Ortega thanked ...", "Having met the premier, the Kenyan
 * president flew on": a participle phrase opening the sentence has no subject of its own; the
 * main clause's subject, right after the phrase's comma and before its verb, does the act.
 */
function openingParticipleSubject(view: SentenceView, i: number): Mention | undefined {
  const { tokens, sentence } = view;
  let s = sentence.tokenStart;
  while (s < i && OPENING_LEAD.has(tokens[s].pos) && !PARTICIPLE_OPENERS.has(tokens[s].lower)) s++;
  if (PARTICIPLE_OPENERS.has(tokens[s].lower)) s++;
  if (tokens[s]?.lower === 'having') s++;
  const form = tokens[i].lower.endsWith('ing') || tokens[s - 1]?.lower === 'having';
  // "Speaking to reporters, the spokesman said": how a statement was made, no act
  if (s !== i || !form || REPORTING.has(tokens[i].lemma)) return undefined;
  for (let k = i + 1; k < sentence.tokenEnd && k - i <= 20; k++) {
    const t = tokens[k];
    if (isHardBreak(t) || t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) return undefined;
    if (t.text !== ',') continue;
    let j = k + 1;
    while (j < sentence.tokenEnd && tokens[j].pos === 'DET') j++;
    const subject = view.mentionAt.get(j);
    const next = subject ? tokens[subject.tokenEnd] : undefined;
    return next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV') ? subject : undefined;
  }
  return undefined;
}

/** "the alternative would be to release them", "the aim is to isolate Iran": an infinitive that says what a thing is, no act. */
function predicateInfinitive(view: SentenceView, to: number): boolean {
  const { tokens } = view;
  let k = to - 1;
  if (tokens[k]?.lemma !== 'be') return false;
  while (k > view.sentence.tokenStart && (tokens[k - 1].pos === 'AUX' || tokens[k - 1].pos === 'ADV' || tokens[k - 1].pos === 'PART')) k--;
  const subject = tokens[k - 1];
  return subject?.pos === 'NOUN' && !view.mentionCovering(k - 1);
}

/** "a (new) committee to rewrite", after a verb or preposition: an indefinite object and an infinitive of purpose ("to" at `to`). */
function purposeOfIndefinite(view: SentenceView, to: number): boolean {
  const { tokens } = view;
  const m = view.mentionCovering(to - 1);
  if (!m || m.tokenEnd !== to) return false;
  let k = m.tokenStart - 1;
  while (k > view.sentence.tokenStart && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'ADV' || tokens[k].pos === 'NOUN')) k--;
  const det = tokens[k];
  return (det?.lower === 'a' || det?.lower === 'an') && (tokens[k - 1]?.pos === 'VERB' || tokens[k - 1]?.pos === 'ADP');
}

/** Words other than adverbs between a relative pronoun and its verb: then it was no relative pronoun. */
function nounBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].pos !== 'ADV') return true;
  return false;
}

/**
 * "Trump's decision to withdraw", "Russia's plan to build": an infinitive after a possessed
 * noun has the possessor as its subject.
 */
function nounOwner(view: SentenceView, noun: number): Mention | undefined {
  const t = view.tokens[noun];
  if (!t || t.pos !== 'NOUN') return undefined;
  let i = noun - 1;
  while (i > view.sentence.tokenStart && view.tokens[i].pos === 'ADJ') i--;
  const mark = view.tokens[i];
  if (!mark || !/^['’]s?$|^['’]$/.test(mark.lower.replace(/s$/, '')) || !/['’]/.test(mark.text)) return undefined;
  return view.mentionCovering(i - 1);
}

const DATE_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Verbs that take a noun and keep their subject for its infinitive: "took steps to", "made a decision to". */
const LIGHT_VERBS = new Set(['make', 'take', 'have', 'show', 'express', 'announce', 'reach', 'launch', 'step', 'redouble', 'intensify', 'signal', 'declare', 'reiterate', 'voice', 'lose', 'gain', 'renew', 'lead', 'spearhead', 'begin', 'start']);
const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'us', 'me', 'it', 'you']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * Whether the verb at `verb` passes its subject to the infinitive whose "to" is at `to`: yes with
 * nothing but adverbs, adjectives or auxiliaries between ("decided to", "was ready to"), with a
 * noun of means ("used its veto to block"), or a light verb and its noun ("took steps to"); no
 * with an object between ("instructed the militias to surrender", "force them to surrender": the
 * object acts) or a noun of plans and calls ("ignored diplomatic efforts to end the war": the
 * efforts are not the ignorer's).
 */
function subjectControls(view: SentenceView, verb: number, to: number): boolean {
  const { tokens } = view;
  let plan = false;
  for (let k = verb + 1; k < to; k++) {
    const t = tokens[k];
    const possessive = POSSESSIVE_PRONOUNS.has(t.lower) && (tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.pos === 'ADJ'); // "declared his intention to"
    // "Rwanda said it was willing to withdraw": a pronoun with a verb of its own is the reporting clause's subject again
    const subject = t.pos === 'PRON' && (tokens[k + 1]?.pos === 'AUX' || tokens[k + 1]?.pos === 'VERB');
    if (DATE_WORDS.test(t.lower)) continue; // "used drones on Tuesday to strike": a date is no object
    if (t.pos === 'PROPN' && view.mentionCovering(k) && placeAfterPreposition(tokens, k)) continue; // "gathered for a rally in Lusaka to protest": a place is no object
    if (t.pos === 'PROPN' && !view.mentionCovering(k) && namedFacility(tokens, k)) continue; // "opened the Unity Bridge to let": a thing, no actor
    if (!possessive && !subject && (OBJECT_PRONOUNS.has(t.lower) || t.pos === 'PROPN' || t.pos === 'PRON')) return false;
    if (t.pos === 'NOUN') plan = PLAN_NOUNS.has(t.lemma);
  }
  // "used its veto to block", "sent jets to strike": a purpose of the subject; "ignored efforts to end": someone else's
  return !plan || LIGHT_VERBS.has(tokens[verb].lemma);
}

const FACILITIES = new Set(['bridge', 'road', 'highway', 'airport', 'port', 'crossing', 'pass', 'canal', 'dam', 'square', 'corridor', 'gate', 'station', 'harbour', 'harbor', 'pipeline', 'tunnel', 'route', 'checkpoint']);

/** A name ending in a facility word ("the Unity Bridge", "the Karoo Crossing"): a thing, no actor. */
function namedFacility(tokens: Token[], k: number): boolean {
  let j = k;
  while (tokens[j + 1]?.pos === 'PROPN') j++;
  return FACILITIES.has(tokens[j].lower);
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'from', 'to', 'into', 'through', 'throughout']);

/** A proper name after a preposition of place ("in Lagos", "to northern Mali"). */
function placeAfterPreposition(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (tokens[j].pos === 'PROPN' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'DET')) j--;
  return j >= 0 && PLACE_PREPOSITIONS.has(tokens[j].lower);
}

/** "forced Russia to withdraw": the actor right after the verb (determiners aside) and right before "to". */
function objectBetween(view: SentenceView, verb: number, to: number): Mention | undefined {
  let k = verb + 1;
  while (k < to && view.tokens[k].pos === 'DET') k++;
  const m = view.mentionAt.get(k);
  return m && m.tokenEnd === to ? m : undefined;
}

/** Nouns whose infinitive tells what someone plans or asks, who need not be the verb's subject. */
const PLAN_NOUNS = new Set(['effort', 'call', 'plan', 'attempt', 'bid', 'proposal', 'demand', 'request', 'offer', 'push', 'move', 'initiative', 'appeal', 'pressure', 'order', 'decision', 'invitation', 'threat', 'pledge', 'promise', 'campaign']);

/** The nearest verb before `from` that is no gerund after a preposition ("for signing") and no infinitive ("to sign"), or -1. */
function clauseVerbBefore(tokens: Token[], from: number, stop: number): number {
  for (let i = previousVerb(tokens, from, stop); i >= 0; i = previousVerb(tokens, i, stop)) {
    const prev = tokens[i - 1];
    const inner = prev?.lower === 'to' || (tokens[i].lower.endsWith('ing') && (prev?.pos === 'ADP' || prev?.pos === 'SCONJ'));
    if (!inner) return i;
  }
  return -1;
}

/**
 * "urged Iran to halt enrichment and warned it": a past or present form after "and" is conjoined
 * with the verb governing the infinitive before it, not with the infinitive (whose subject is Iran).
 */
function conjoinedVerb(tokens: Token[], verb: number, prev: number, stop: number): number {
  const finite = (t: Token) => t.lower !== t.lemma;
  let k = prev;
  while (k > stop && tokens[k - 1].lower === 'to' && !finite(tokens[k]) && finite(tokens[verb])) {
    const governing = previousVerb(tokens, k - 1, stop);
    if (governing < 0) break;
    k = governing;
  }
  return k;
}

/** A participle with no auxiliary right after a noun that is an object ("opened its border to traders expelled from Niger"): it modifies the noun. */
function bareParticipleAfterNoun(g: VerbGroup, tokens: Token[]): boolean {
  const prev = tokens[g.head - 1];
  if (g.start !== g.head || !/(ed|en)$/.test(tokens[g.head].lower) || (prev?.pos !== 'NOUN' && prev?.pos !== 'PROPN')) return false;
  let k = g.head - 1;
  while (k > 0 && (NOUN_PHRASE_POS.has(tokens[k].pos) || tokens[k].pos === 'ADV')) k--;
  if (tokens[k].pos !== 'ADP' && tokens[k].pos !== 'PART' && tokens[k].pos !== 'VERB') return false;
  // the noun is an object: a verb of the clause comes before it ("has in fact engaged" has none)
  for (let j = k; j >= 0 && !isHardBreak(tokens[j]) && tokens[j].text !== ','; j--) if (tokens[j].pos === 'VERB') return true;
  return false;
}

function previousVerb(tokens: Token[], from: number, stop: number): number {
  for (let i = from - 1; i >= stop; i--) if (tokens[i].pos === 'VERB') return i;
  return -1;
}

/** The antecedent of a relative pronoun at `at`: the actor right before it ("a group that", its noun no actor, has none). */
function mentionBefore(view: SentenceView, at: number): Mention | undefined {
  let i = at - 1;
  while (i >= view.sentence.tokenStart && view.tokens[i].text === ',') i--;
  // "the Malian army unit that had shelled": a noun of people or forces after the actor is still the actor
  if (!view.mentionCovering(i) && ACTING_HEADS.test(view.tokens[i]?.lower ?? '')) i--;
  const m = view.mentionCovering(i);
  return m && m.tokenEnd === i + 1 ? m : undefined;
}

const ACTING_HEADS = /^(unit|units|troops|forces|soldiers|fighters|officials|members|delegation|patrol|patrols|convoy|battalion|brigade|militia|militias|police|officers|agents|leaders|leadership|commanders|authorities)$/;

/** The subject pronoun right before the verb group ("they would boycott"). */
function pronounBefore(tokens: Token[], groupStart: number, stop: number): string | null {
  const t = tokens[groupStart - 1];
  if (!t || groupStart - 1 < stop) return null;
  return isSubjectPronoun(t.lower) ? t.lower : null;
}

/** Does the pronoun fit the reporting clause's subject: "they" a plural (antecedents.ts), "it" one non-person, "he"/"she" a person of no other gender? */
function agrees(pronoun: string, mentions: Mention[], discourse: Discourse, tokens: Token[]): boolean {
  if (pronoun === 'they') return fitsThey(tokens, mentions);
  if (pronoun === 'he' || pronoun === 'she') return mentions.length === 1 && mentions[0].kind === 'person' && agreesWith(genderOf(discourse, mentions[0]), pronounGender(pronoun), true);
  return mentions.length === 1 && mentions[0].kind !== 'person' && !pluralMention(tokens, mentions[0]);
}
