/**
 * The storage interface: one contract, one driver folder per database (sqlite/, postgres/),
 * one shared contract test suite (test/store/contract.ts) every driver must pass.
 *
 * What is stored: articles (with a content hash), the sentences events were read from
 * (the evidence), the per-article event records ("mentions" in GDELT's sense), the actors
 * seen, and the deduplicated real-world events the mentions are linked to (docs/STORE.md).
 */
import type { Article } from '../document/types.ts';
import type { EventRecord } from '../output/record.ts';
import type { PreparedArticle } from './prepare.ts';

/** What putArticle did. */
export type PutStatus = 'inserted' | 'replaced' | 'unchanged';

export interface PutResult {
  status: PutStatus;
  /** Records stored for the article (0 when unchanged). */
  mentions: number;
}

/** One article to store with the records the coder made of it. */
export interface ArticleInput {
  article: Article;
  records: EventRecord[];
  /** dyad version and lexicon fingerprint; a different coder re-codes an unchanged text. */
  coder: string;
}

/** What the store knows of an article: enough to skip coding it again. */
export interface ArticleState {
  contentHash: string;
  coder: string;
}

/** A deduplicated real-world event: every article's report of it is a mention. */
export interface StoredEvent {
  /** 13 hex digits, from the dedup key (keys.ts): the GlobalEventID in hex. */
  id: string;
  /** GDELT GlobalEventID: a positive integer from the same key (below 2^52). */
  gid: number;
  sourceCode: string;
  targetCode: string | null;
  /** CAMEO base code, 3 digits. */
  baseCode: string;
  date: string | null;
  negated: boolean;
  /** The most specific code the mentions give (aggregate.ts), with its Goldstein score and quad class. */
  cameo: string;
  goldstein: number;
  quadClass: number;
  /** GDELT NumMentions: every report of it, in-article repeats counted. */
  numMentions: number;
  /** GDELT NumSources: distinct outlets (the article's source field, else its input file). */
  numSources: number;
  /** GDELT NumArticles: distinct articles. */
  numArticles: number;
  /** The representative mention: the earliest published report (aggregate.ts). */
  record: EventRecord;
  /** The representative article's url, if it had one. */
  url: string | null;
  /** The representative article's outlet or input file. */
  sourceName: string;
}

export interface EventQuery {
  /** Event dates from (inclusive), YYYY-MM-DD (a month or year date counts as its first day). */
  from?: string;
  /** Event dates to (inclusive), YYYY-MM-DD. */
  to?: string;
  /** Directed dyad by actor code prefix: "PAK" matches PAK, PAKGOV, PAKMIL ... */
  source?: string;
  target?: string;
}

/** An event query with the code filters the database applies too (countryPairs). */
export interface PairQuery extends EventQuery {
  /** Actor code prefix on either side. */
  actor?: string;
  /** CAMEO code prefixes (a root 03, a base code 036 ...): the event's code starts with every one. */
  cameo?: string[];
  /** Quad class 1-4. */
  quad?: number;
}

/**
 * Events from one country to another. The country of an actor code is its first three letters,
 * as the dyad filters match codes (PAK of PAKGOV; IGO, NGO, UAF ... for actors without one).
 */
export interface CountryPair {
  source: string;
  target: string;
  /** Deduplicated events, counted once however many articles report them. */
  events: number;
}

export interface SeriesQuery extends EventQuery {
  by: 'day' | 'month' | 'year';
}

/** One period of a dyad series: events counted once however many articles report them. */
export interface SeriesPoint {
  period: string;
  events: number;
  mentions: number;
  /** Mean Goldstein score of the events. */
  goldstein: number;
  /** Events per quad class 1-4. */
  quad: [number, number, number, number];
}

/** One stored article: its metadata, the sentences events were read from and its records. */
export interface StoredArticle {
  id: string;
  published: string | null;
  title: string | null;
  url: string | null;
  sourceName: string;
  coder: string;
  /** The sentences its events were read from, by index (the store keeps no full text). */
  sentences: Array<{ index: number; text: string }>;
  /** Its event records (mentions), by sentence then id. */
  records: EventRecord[];
}

export interface StoreStats {
  articles: number;
  mentions: number;
  events: number;
  actors: number;
  sentences: number;
}

/** One check of `dyad check` (integrity.ts): the engine's own, or one of dyad's invariants. */
export interface IntegrityCheckResult {
  /** Stable name: "sqlite-integrity", "event-counts" ... */
  name: string;
  /** What must hold. */
  description: string;
  /** error: a problem means the store is damaged; warning: reported, the store still passes. */
  severity: 'error' | 'warning';
  /** Rows (or engine messages) breaking it; 0: it holds; null: not run here (see skipped). */
  problems: number | null;
  /** A few of them, as "column=value ..." (at most integrity.ts EXAMPLES). */
  examples: string[];
  /** Why it was not run (an extension missing ...). */
  skipped?: string;
}

export interface IntegrityReport {
  /** "sqlite" or "postgresql". */
  engine: string;
  /** No error-severity check found a problem. */
  ok: boolean;
  checks: IntegrityCheckResult[];
  stats: StoreStats;
}

export interface EventStore {
  /** The stored state of an article, or null: ingest skips coding what is unchanged. */
  articleState(id: string): Promise<ArticleState | null>;
  /**
   * Stores an article and its records in one transaction. Same content and coder: nothing
   * changes. Same id, new content (or coder): its old mentions go, the new ones come, and
   * every event they touched is recounted.
   */
  putArticle(input: ArticleInput | PreparedArticle): Promise<PutResult>;
  /** Several articles in one transaction (the ingest writer's batches), as given or prepared (prepare.ts). */
  putArticles(inputs: Array<ArticleInput | PreparedArticle>): Promise<PutResult[]>;
  /** Deduplicated events, by date then id. */
  events(query?: EventQuery): AsyncIterable<StoredEvent>;
  /** The per-article records of one event (its mentions), by article then sentence. */
  mentionsOf(eventId: string): Promise<EventRecord[]>;
  /** One article with its evidence sentences and records, or null. */
  article(id: string): Promise<StoredArticle | null>;
  /** Events per period for a dyad. */
  series(query: SeriesQuery): Promise<SeriesPoint[]>;
  /**
   * Events per directed country pair (events without a target left out), counted by the
   * database over the dyad index, most events first (pairs.ts): no event record is read.
   */
  countryPairs(query?: PairQuery): Promise<CountryPair[]>;
  stats(): Promise<StoreStats>;
  /** The engine's integrity checks and dyad's invariants (integrity.ts), read-only. */
  integrityCheck(): Promise<IntegrityReport>;
  close(): Promise<void>;
}
