/**
 * The coder: stages composed in the one direction the data flows —
 * nlp -> actors -> events -> time. Built once (lexicons compiled), then pure per article.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, CodedEvent, Document, Mention, Sentence } from '../document/types.ts';
import { analyse, type LemmaFixes } from '../nlp/wink.ts';
import { loadLemmaFixes } from '../nlp/lemma-fixes.ts';
import { loadCameo, type CameoTable } from '../ontology/cameo.ts';
import { loadEventLexicon, type EventLexicon } from '../events/lexicon.ts';
import { codeSentence, type SentenceCoding } from '../events/code-sentence.ts';
import { pairBrackets, type SentenceView } from '../events/sentence-view.ts';
import { referBack, type Article as ReferenceArticle } from '../events/references.ts';
import { noteNamedPersons, noteReferents, noteSubject, type Discourse } from '../events/discourse.ts';
import { findQuotations } from '../events/quotes.ts';
import { findPersons, loadGenderLexicon, type GenderLexicon } from '../actors/gender.ts';
import { applyModality, loadModality, type ModalityTable } from '../events/modality.ts';
import { expandCandidate } from '../events/pairs.ts';
import { eventDates } from '../events/report-dates.ts';
import { loadActorKnowledge, findMentions, collectiveMembers, type ActorKnowledge } from '../actors/index.ts';
import { findDates, resolveEventDate, type DateMention } from '../time/index.ts';
import { KnownActors } from '../actors/dictionary/known.ts';
import { loadGazetteer, locateEvents, placeActors, placeWords, type Gazetteer, type PlaceWords } from '../places/index.ts';
import { recodeAtEventDate } from '../actors/dictionary/recode.ts';
import type { ActorEntry } from '../actors/dictionary/store.ts';
import { LEXICON_DIR, REPO_ROOT } from '../util/paths.ts';
import { mergeMentions, type MergedEvent, type MentionMerge } from './merge-mentions.ts';
import { headlineSentences } from './headline.ts';
import { DEFAULT_MAX_ARTICLE_MS, startDeadline, type Clock } from './deadline.ts';

export interface CoderOptions {
  lexiconDir?: string;
  /** Keep negated events in the output (flagged `negated: true`); default false. */
  keepNegated?: boolean;
  /** Actor dictionary entries (docs/ACTORS.md): names coded with the code in force at the event's date. */
  dictionary?: readonly ActorEntry[];
  /** Sentences with more tokens are not analysed (their clause and date analysis is superlinear); docs/RELIABILITY.md. */
  maxSentenceTokens?: number;
  /**
   * Give an article up (ArticleTimeout, deadline.ts) once coding it took longer than this, in
   * milliseconds; checked between stages and sentences. 0: no bound. Default 20000.
   */
  maxArticleMs?: number;
}

/** Default sentence bound: news sentences have rarely more than 100 tokens. */
export const DEFAULT_MAX_SENTENCE_TOKENS = 400;

export interface Coder {
  cameo: CameoTable;
  lemmas: LemmaFixes;
  lexicon: EventLexicon;
  modality: ModalityTable;
  actors: ActorKnowledge;
  /** Given names by gender (lexicon/actors/given-names.tsv), for "he" and "she". */
  gender: GenderLexicon;
  /** The actor dictionary; actors learned from text can be added while a run goes on. */
  known: KnownActors;
  /** Place names (src/places/) and the word classes that introduce a location. */
  gazetteer: Gazetteer;
  placeWords: PlaceWords;
  /** "dyad 0.1.0 lex:3f2a9c": version and a fingerprint of every data file (and " dict:..." of the dictionary given). */
  coder: string;
  options: Required<Pick<CoderOptions, 'keepNegated' | 'maxSentenceTokens' | 'maxArticleMs'>>;
}

export interface SentenceTrace {
  sentence: Sentence;
  mentions: Mention[];
  dates: DateMention[];
  coding: SentenceCoding;
}

export interface ArticleCoding {
  doc: Document;
  mentions: Mention[];
  /** One per event the article reports, with its mention count (merge-mentions.ts). */
  events: MergedEvent[];
  /** Events left out by the merge (a headline event without a target), for `dyad explain`. */
  dropped: MentionMerge['dropped'];
  trace: SentenceTrace[];
  /** Sentences over options.maxSentenceTokens, not analysed (no events read from them). */
  longSentences: number[];
}

function version(): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name)) : [join(dir, name)]))
    .sort();
}

/** A short hash of the dictionary entries a coder was built with. */
function dictionaryFingerprint(entries: readonly ActorEntry[]): string {
  const hash = createHash('sha1');
  for (const e of entries) hash.update(JSON.stringify(e)).update('\n');
  return hash.digest('hex').slice(0, 6);
}

/** A short hash of every lexicon and dictionary file: what a record was coded with. */
function fingerprint(dir: string): string {
  const hash = createHash('sha1');
  for (const file of listFiles(dir)) hash.update(file.slice(dir.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 6);
}

export function createCoder(options: CoderOptions = {}): Coder {
  const dir = options.lexiconDir ?? LEXICON_DIR;
  const dictionary = options.dictionary ?? [];
  const actors = loadActorKnowledge(join(dir, 'actors'));
  const cameo = loadCameo(join(dir, 'cameo.tsv'));
  const maxSentenceTokens = options.maxSentenceTokens ?? DEFAULT_MAX_SENTENCE_TOKENS;
  return {
    cameo,
    lemmas: loadLemmaFixes(join(dir, 'lemmas.tsv')),
    lexicon: loadEventLexicon(cameo, dir),
    modality: loadModality(cameo, dir),
    actors,
    gender: loadGenderLexicon(join(dir, 'actors')),
    known: new KnownActors(dictionary),
    gazetteer: loadGazetteer().gazetteer,
    placeWords: placeWords(actors.words),
    // A bound other than the default changes what is coded: the stamp says so (a store re-codes).
    coder: `dyad ${version()} lex:${fingerprint(dir)}${dictionary.length ? ` dict:${dictionaryFingerprint(dictionary)}` : ''}${maxSentenceTokens === DEFAULT_MAX_SENTENCE_TOKENS ? '' : ` sent:${maxSentenceTokens}`}`,
    // The time bound is not in the stamp: an article it stops is not stored, one it lets through is coded as without it.
    options: { keepNegated: options.keepNegated ?? false, maxSentenceTokens, maxArticleMs: options.maxArticleMs ?? DEFAULT_MAX_ARTICLE_MS },
  };
}

function viewOf(doc: Document, sentence: Sentence, mentions: Mention[], covering: Array<Mention | undefined>): SentenceView {
  const mentionAt = new Map<number, Mention>();
  for (const m of mentions) mentionAt.set(m.tokenStart, m);
  return { tokens: doc.tokens, sentence, mentions, mentionAt, mentionCovering: (i) => covering[i], brackets: pairBrackets(doc.tokens, sentence.tokenStart, sentence.tokenEnd) };
}

/** For each token, the mention covering it. */
function coverage(doc: Document, mentions: Mention[]): Array<Mention | undefined> {
  const covering = new Array<Mention | undefined>(doc.tokens.length);
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) covering[i] = m;
  return covering;
}

export interface CodeArticleOptions {
  /** Also read dates of sentences without events (for `dyad explain`). */
  explain?: boolean;
  /** The clock the time bound (options.maxArticleMs) is measured by; default performance.now. */
  clock?: Clock;
}

/**
 * Code one article. Throws ArticleTimeout (deadline.ts) when it takes longer than
 * coder.options.maxArticleMs: the caller reports it (codingFailure) and goes on.
 */
export function codeArticle(coder: Coder, article: Article, options: CodeArticleOptions = {}): ArticleCoding {
  const deadline = startDeadline(coder.options.maxArticleMs, options.clock);
  const doc = analyse(article, coder.lemmas);
  deadline.check(() => `actors, after splitting ${doc.sentences.length} sentences`);
  const mentions = findMentions(doc, coder.actors, coder.known);
  const isCountry = (iso3: string) => coder.actors.countries.has(iso3);
  const covering = coverage(doc, mentions);
  const discourse: Discourse = { named: findPersons(doc, mentions, coder.actors, coder.gender), quotations: findQuotations(doc, mentions) };
  const article_: ReferenceArticle = { doc, mentions, added: [], covering, countryName: (iso3) => coder.actors.countries.get(iso3)?.name };
  const events: CodedEvent[] = [];
  const trace: SentenceTrace[] = [];
  const longSentences: number[] = [];
  let m = 0;
  for (const [index, sentence] of doc.sentences.entries()) {
    deadline.check(() => `sentence ${index} of ${doc.sentences.length}`);
    const own: Mention[] = [];
    while (m < mentions.length && mentions[m].tokenStart < sentence.tokenEnd) {
      if (mentions[m].tokenStart >= sentence.tokenStart) own.push(mentions[m]);
      m++;
    }
    if (sentence.tokenEnd - sentence.tokenStart > coder.options.maxSentenceTokens) {
      longSentences.push(index);
      continue;
    }
    const text = article.text.slice(sentence.start, sentence.end);
    const view = referBack(discourse, viewOf(doc, sentence, own, covering), article_); // "its forces", "the group"
    own.splice(0, own.length, ...view.mentions);
    const coding = codeSentence(view, coder.lexicon, discourse, collectiveMembers);
    explainPronouns(discourse, coding);
    const dates = coding.candidates.length || options.explain ? findDates(text, sentence.start, article.published) : [];
    trace.push({ sentence, mentions: own, dates, coding });
    for (const candidate of coding.candidates) {
      const modal = applyModality(candidate, coder.modality);
      const date = resolveEventDate(eventDates(doc, dates, candidate.match.tokenStart), doc.tokens[candidate.match.tokenStart], article.published, { text, start: sentence.start }, dates);
      for (const event of expandCandidate(doc, modal, date, collectiveMembers)) {
        if (event.negated && !coder.options.keepNegated) continue;
        events.push(recodeAtEventDate(event, isCountry));
      }
      noteSubject(discourse, candidate.sources.flatMap(collectiveMembers));
    }
    rememberSentence(discourse, view, coding.candidates.map((c) => c.sources.flatMap(collectiveMembers)));
  }
  if (article_.added.length) mentions.splice(0, mentions.length, ...[...mentions, ...article_.added].sort((a, b) => a.tokenStart - b.tokenStart));
  deadline.check('places, after every sentence');
  // every mention is located in its own sentence before the merge, which keeps the first place (merge-mentions.ts)
  const placed = placeActors(doc, mentions, events, coder.gazetteer, coder.placeWords);
  const locations = locateEvents(doc, mentions, placed, coder.gazetteer, coder.placeWords);
  placed.forEach((e, i) => (e.location = locations[i]));
  const merge = mergeMentions(placed, headlineSentences(doc));
  return { doc, mentions, events: merge.events, dropped: merge.dropped, trace, longSentences };
}

/**
 * What later pronouns can refer to: every actor person named and the persons who are no actors
 * but stand as subjects with a known gender ("he", "she"; discourse.ts), and the sentence's
 * event sources and noun phrases ("it", "they", "them"; antecedents.ts).
 */
function rememberSentence(discourse: Discourse, view: SentenceView, sources: Mention[][]): void {
  // persons who are no actors ("Begum", "Darsim") take their place among the actor persons
  noteNamedPersons(discourse, view.sentence.index, view.mentions.filter((m) => m.kind === 'person'));
  noteReferents(discourse, view, sources);
}

/** A verb left without a source because its "he"/"she" is a person who is no actor: say so in the dropped reason. */
function explainPronouns(discourse: Discourse, coding: SentenceCoding): void {
  if (!discourse.noActor?.size) return;
  for (const d of coding.dropped) {
    const why = discourse.noActor.get(d.token);
    if (why && d.reason === 'no source actor in the clause') d.reason = `no source actor: ${why}`;
  }
  discourse.noActor.clear();
}
