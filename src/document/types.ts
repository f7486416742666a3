/**
 * Core types shared by every stage. Spans are UTF-16 offsets into Article.text;
 * nothing downstream copies text it can point at.
 */

export interface Span {
  start: number;
  end: number;
}

/** One news report, as every reader produces it. */
export interface Article {
  id: string;
  text: string;
  /** YYYY-MM-DD or null when unknown. */
  published: string | null;
  url?: string;
  title?: string;
  source?: string;
  /** Fields of the input record that dyad does not interpret, kept as they were. */
  extra?: Record<string, unknown>;
  /** Where the article was read: file path (or "-") and 1-based line or record number. */
  origin: { file: string; line?: number };
}

/** A problem with one input file or record: reported, skipped, never fatal to a batch. */
export interface Diagnostic {
  /** error: the record or file was skipped; warning: it was kept, with something ignored. */
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  code: string;
  message: string;
}

export interface Token {
  /** Index in Document.tokens. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** Lower-cased surface form. */
  lower: string;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, AUX, ADP, ...). */
  pos: string;
  /** Lower-cased lemma. */
  lemma: string;
  /** Whitespace precedes the token in the text. */
  spaceBefore: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd) in Document.tokens. */
  tokenStart: number;
  tokenEnd: number;
}

/** A run of proper nouns (with inner "of", "and", "for", "the" where they join a name). */
export interface Chunk {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
}

export interface Document {
  article: Article;
  tokens: Token[];
  sentences: Sentence[];
  chunks: Chunk[];
}

/** Why a stage decided something: the rule or dictionary entry and the text it matched. */
export interface Evidence {
  stage: 'actors' | 'events' | 'time' | 'places';
  rule: string;
  text: string;
  note?: string;
}

export type ActorKind = 'state' | 'person' | 'organisation' | 'igo' | 'group' | 'collective';

/** An actor mention in the text, resolved to a code. */
export interface Mention {
  tokenStart: number;
  tokenEnd: number;
  span: Span;
  text: string;
  /** Actor code, e.g. PAK, PAKGOV, CHNMIL, IGOUNO. */
  code: string;
  /** Canonical name of the actor (person or organisation name, else country name). */
  name: string;
  /** ISO 3166-1 alpha-3 or null. */
  country: string | null;
  /** Sector code (GOV, MIL, COP, LEG, JUD, ...) or null. */
  sector: string | null;
  kind: ActorKind;
  evidence: Evidence[];
  /** A collective ("the two countries", "Pakistan-China") stands for these actors. */
  members?: Mention[];
  /**
   * The actor dictionary entry that coded this mention, with its dated codes: an event re-reads
   * the code in force at its own date (PETRARCH's `[USAGOV >090120]`).
   */
  dictionary?: { id: string; codes: ReadonlyArray<{ code: string; from?: string; until?: string }> };
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface ResolvedDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY according to precision. */
  value: string;
  precision: DatePrecision;
  basis: 'text' | 'published';
  /** The words the date was read from (basis text). */
  text?: string;
  span?: Span;
  rule: string;
}

/** Where an event took place (the places stage, src/places/). */
export interface Place {
  name: string;
  /** ISO 3166-1 alpha-3. */
  country: string;
  /** First-level admin unit (province, state), null for a country. */
  admin1: string | null;
  lat: number;
  lon: number;
  feature: 'country' | 'admin1' | 'city';
  /** The words of the sentence it was read from. */
  text: string;
  /** Token range of the place name in Document.tokens. */
  tokenStart: number;
  tokenEnd: number;
  /** Why: the trigger ("place-prep.in", "travel.to", "visit") and the resolution rule. */
  rule: string;
}

/** A coded event before serialisation. */
export interface CodedEvent {
  id: string;
  articleId: string;
  sentenceIndex: number;
  source: Mention;
  target: Mention | null;
  cameo: string;
  date: ResolvedDate | null;
  location: Place | null;
  negated: boolean;
  hedged: boolean;
  /** The verb (or noun) words matched and the lexicon entry id. */
  verb: { text: string; span: Span; tokenStart: number; tokenEnd: number };
  rule: string;
  evidence: Evidence[];
}
