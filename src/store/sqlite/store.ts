/**
 * The embedded store: one SQLite file through better-sqlite3 (synchronous, so every write of
 * an article is one short transaction on the caller's thread; WAL lets readers run beside it).
 */
import Database from 'better-sqlite3';
import type { EventRecord } from '../../output/record.ts';
import { aggregate, mentionOrder, type EventAggregate, type MentionRow } from '../aggregate.ts';
import { eventIdOf, gidOf, type EventIdentity } from '../keys.ts';
import { prepared, type PreparedArticle } from '../prepare.ts';
import { dayOf, EVENT_SELECT, MENTION_ROW_SELECT, recordOf } from '../rows.ts';
import { codePairsSql, countryPairsOf, PAIR_CONDITION } from '../pairs.ts';
import { eventWhere, sqlitePlaceholder } from '../where.ts';
import type { ArticleInput, ArticleState, CountryPair, EventQuery, EventStore, PairQuery, PutResult, SeriesPoint, SeriesQuery, StoreStats, StoredArticle, StoredEvent } from '../types.ts';
import { migrate } from './migrations.ts';
import { integrityOk, runIntegrityChecks, SQLITE_CHECKS } from '../integrity.ts';
import type { IntegrityReport } from '../types.ts';

interface EventRow {
  gid: number;
  source_code: string;
  target_code: string | null;
  base_code: string;
  date: string | null;
  negated: number;
  cameo: string;
  goldstein: number;
  quad_class: number;
  num_mentions: number;
  num_sources: number;
  num_articles: number;
  record: string;
  sentence: string;
  coder: string;
  url: string | null;
  source_name: string;
}


/** An event row from an event's identity and aggregate (named parameters); an ON CONFLICT clause follows. */
const INSERT_EVENT = `
  INSERT INTO events (gid, source_code, target_code, base_code, date, day, negated, cameo, goldstein, quad_class,
                      num_mentions, num_sources, num_articles, rep_article, rep_mention)
  VALUES (@gid, @sourceCode, @targetCode, @baseCode, @date, @day, @negated, @cameo, @goldstein, @quadClass,
          @numMentions, @numSources, @numArticles, @representativeArticle, @representative)`;

function storedEvent(r: EventRow): StoredEvent {
  return {
    id: eventIdOf(r.gid),
    gid: r.gid,
    sourceCode: r.source_code,
    targetCode: r.target_code,
    baseCode: r.base_code,
    date: r.date,
    negated: r.negated === 1,
    cameo: r.cameo,
    goldstein: r.goldstein,
    quadClass: r.quad_class,
    numMentions: r.num_mentions,
    numSources: r.num_sources,
    numArticles: r.num_articles,
    record: recordOf(r.record, r.sentence, r.coder),
    url: r.url,
    sourceName: r.source_name,
  };
}

/** How an event's mentions changed in a transaction: its identity once a mention was added. */
interface Change {
  identity: EventIdentity | null;
  added: MentionRow[];
  /** Some of its mentions were deleted (a replaced article). */
  lost: boolean;
}

type Touched = Map<number, Change>;

export class SqliteStore implements EventStore {
  private readonly db: Database.Database;
  private readonly stmts;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('cache_size = -65536');
    migrate(this.db);
    const db = this.db;
    this.stmts = {
      state: db.prepare('SELECT content_hash AS contentHash, coder FROM articles WHERE id = ?'),
      eventsOfArticle: db.prepare('SELECT DISTINCT event_gid AS gid FROM mentions WHERE article_id = ?'),
      deleteArticle: db.prepare('DELETE FROM articles WHERE id = ?'),
      insertArticle: db.prepare(
        'INSERT INTO articles (id, content_hash, coder, published, title, url, source_name, origin_file, origin_line, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      insertSentence: db.prepare('INSERT OR IGNORE INTO sentences (article_id, sentence_index, text) VALUES (?, ?, ?)'),
      insertActor: db.prepare('INSERT OR IGNORE INTO actors (code, name, country, sector) VALUES (?, ?, ?, ?)'),
      insertMention: db.prepare(
        'INSERT INTO mentions (id, article_id, event_gid, sentence_index, mentions, cameo, goldstein, quad_class, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      mentionRows: db.prepare(`${MENTION_ROW_SELECT} WHERE m.event_gid = ?`),
      updateCounts: db.prepare(`
        UPDATE events SET cameo = @cameo, goldstein = @goldstein, quad_class = @quadClass, num_mentions = @numMentions,
          num_sources = @numSources, num_articles = @numArticles, rep_article = @representativeArticle, rep_mention = @representative
        WHERE gid = @gid`),
      deleteEvent: db.prepare('DELETE FROM events WHERE gid = ?'),
      eventCounts: db.prepare(
        'SELECT num_mentions AS numMentions, num_sources AS numSources, num_articles AS numArticles, rep_article AS representativeArticle, rep_mention AS representative, cameo, goldstein, quad_class AS quadClass FROM events WHERE gid = ?',
      ),
      mentionRow: db.prepare(`${MENTION_ROW_SELECT} WHERE m.article_id = ? AND m.id = ?`),
      sourcesOf: db.prepare('SELECT COUNT(DISTINCT a.source_name) AS n FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_gid = ?'),
      insertEvent: db.prepare(`${INSERT_EVENT} ON CONFLICT (gid) DO NOTHING`),
      upsertEvent: db.prepare(`${INSERT_EVENT}
        ON CONFLICT (gid) DO UPDATE SET cameo = excluded.cameo, goldstein = excluded.goldstein, quad_class = excluded.quad_class,
          num_mentions = excluded.num_mentions, num_sources = excluded.num_sources, num_articles = excluded.num_articles,
          rep_article = excluded.rep_article, rep_mention = excluded.rep_mention`),
      mentionsOf: db.prepare(`
        SELECT m.record, s.text AS sentence, a.coder FROM mentions m
        JOIN articles a ON a.id = m.article_id
        JOIN sentences s ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index
        WHERE m.event_gid = ? ORDER BY m.article_id, m.sentence_index, m.id`),
    };
  }

  async articleState(id: string): Promise<ArticleState | null> {
    return (this.stmts.state.get(id) as ArticleState | undefined) ?? null;
  }

  async putArticle(input: ArticleInput | PreparedArticle): Promise<PutResult> {
    return (await this.putArticles([input]))[0];
  }

  async putArticles(inputs: Array<ArticleInput | PreparedArticle>): Promise<PutResult[]> {
    const articles = inputs.map(prepared);
    return this.db.transaction(() => {
      const touched: Touched = new Map();
      const results = articles.map((a) => this.write(a, touched));
      for (const [gid, change] of touched) this.recount(gid, change);
      return results;
    })();
  }

  /** Writes one article's rows; collects the events whose mentions changed. */
  private write(a: PreparedArticle, touched: Touched): PutResult {
    const old = this.stmts.state.get(a.id) as ArticleState | undefined;
    if (old && old.contentHash === a.contentHash && old.coder === a.coder) return { status: 'unchanged', mentions: 0 };
    if (old) {
      for (const { gid } of this.stmts.eventsOfArticle.all(a.id) as Array<{ gid: number }>) {
        touched.set(gid, { identity: touched.get(gid)?.identity ?? null, added: [], lost: true });
      }
      this.stmts.deleteArticle.run(a.id);
    }
    this.stmts.insertArticle.run(a.id, a.contentHash, a.coder, a.published, a.title, a.url, a.sourceName, a.originFile, a.originLine, new Date().toISOString());
    for (const [index, text] of a.sentences) this.stmts.insertSentence.run(a.id, index, text);
    for (const actor of a.actors) this.stmts.insertActor.run(...actor);
    for (const m of a.mentions) {
      const r = m.row;
      this.stmts.insertMention.run(r.id, a.id, m.event.gid, r.sentenceIndex, r.mentions, r.cameo, r.goldstein, r.quadClass, m.json);
      const change = touched.get(m.event.gid) ?? { identity: null, added: [], lost: false };
      change.identity = m.event;
      change.added.push(r);
      touched.set(m.event.gid, change);
    }
    return { status: old ? 'replaced' : 'inserted', mentions: a.mentions.length };
  }

  /**
   * Recounts one event from its mentions (aggregate.ts), or deletes it when none is left.
   * Fast paths for an event that only gained mentions in this transaction (most events):
   * inserted from them when it did not exist, else its counts carried forward from its row
   * (added()), so a widely reported event is not re-read whole for every new report.
   */
  private recount(gid: number, change: Change): void {
    const { identity } = change;
    if (identity && !change.lost) {
      const old = this.stmts.eventCounts.get(gid) as EventAggregate | undefined;
      if (!old) {
        const agg = aggregate(change.added);
        this.stmts.insertEvent.run({ ...agg, ...identity, day: dayOf(identity.date), negated: identity.negated ? 1 : 0 });
        return;
      }
      const agg = this.added(gid, old, change.added);
      if (agg) {
        this.stmts.updateCounts.run({ ...agg, gid });
        return;
      }
    }
    const rows = this.stmts.mentionRows.all(gid) as MentionRow[];
    if (!rows.length) {
      this.stmts.deleteEvent.run(gid);
      return;
    }
    const agg = aggregate(rows);
    if (!identity) {
      this.stmts.updateCounts.run({ ...agg, gid });
      return;
    }
    this.stmts.upsertEvent.run({ ...agg, ...identity, day: dayOf(identity.date), negated: identity.negated ? 1 : 0 });
  }

  /**
   * aggregate() of an event's old mentions plus `added` (mentions of articles that had none
   * of this event), from its stored row: the same result as a recount, or null when only a
   * recount can tell (the old representative is gone, or the most specific code could be
   * either an old or a new mention's).
   */
  private added(gid: number, old: EventAggregate, added: MentionRow[]): EventAggregate | null {
    const rep = this.stmts.mentionRow.get(old.representativeArticle, old.representative) as MentionRow | undefined;
    if (!rep) return null;
    const sorted = [...added].sort(mentionOrder);
    const first = mentionOrder(sorted[0], rep) < 0 ? sorted[0] : rep;
    // The code: the representative's, else the first 4-digit code in mention order (aggregate()).
    // The old row's code is 4-digit exactly when an old mention gave one (the first of them).
    let code: Pick<EventAggregate, 'cameo' | 'goldstein' | 'quadClass'> = first;
    if (first.cameo.length <= 3) {
      const finer = sorted.find((r) => r.cameo.length > 3);
      const oldFiner = old.cameo.length > 3;
      if (finer && oldFiner) return null;
      if (finer) code = finer;
      else if (oldFiner) code = old;
    }
    const articles = new Set(added.map((r) => r.articleId)).size;
    const sources = added.every((r) => r.sourceName === rep.sourceName) ? old.numSources : (this.stmts.sourcesOf.get(gid) as { n: number }).n;
    return {
      numMentions: old.numMentions + added.reduce((n, r) => n + r.mentions, 0),
      numSources: sources,
      numArticles: old.numArticles + articles,
      representative: first.id,
      representativeArticle: first.articleId,
      cameo: code.cameo,
      goldstein: code.goldstein,
      quadClass: code.quadClass,
    };
  }

  async *events(query: EventQuery = {}): AsyncIterable<StoredEvent> {
    const w = eventWhere(query, sqlitePlaceholder);
    const stmt = this.db.prepare(`${EVENT_SELECT} ${w.sql} ORDER BY e.day IS NULL, e.day, e.gid`);
    for (const row of stmt.iterate(...w.params)) yield storedEvent(row as EventRow);
  }

  async mentionsOf(eventId: string): Promise<EventRecord[]> {
    const rows = this.stmts.mentionsOf.all(gidOf(eventId)) as Array<{ record: string; sentence: string; coder: string }>;
    return rows.map((r) => recordOf(r.record, r.sentence, r.coder));
  }

  async article(id: string): Promise<StoredArticle | null> {
    const a = this.db
      .prepare('SELECT id, published, title, url, source_name AS sourceName, coder FROM articles WHERE id = ?')
      .get(id) as Omit<StoredArticle, 'sentences' | 'records'> | undefined;
    if (!a) return null;
    const sentences = this.db
      .prepare('SELECT sentence_index AS "index", text FROM sentences WHERE article_id = ? ORDER BY sentence_index')
      .all(id) as StoredArticle['sentences'];
    const text = new Map(sentences.map((s) => [s.index, s.text]));
    const rows = this.db
      .prepare('SELECT record, sentence_index AS i FROM mentions WHERE article_id = ? ORDER BY sentence_index, id')
      .all(id) as Array<{ record: string; i: number }>;
    return { ...a, sentences, records: rows.map((r) => recordOf(r.record, text.get(r.i) ?? '', a.coder)) };
  }

  async series(query: SeriesQuery): Promise<SeriesPoint[]> {
    const w = eventWhere(query, sqlitePlaceholder, ['e.day IS NOT NULL']);
    const len = query.by === 'day' ? 10 : query.by === 'month' ? 7 : 4;
    const rows = this.db
      .prepare(
        `SELECT substr(e.day, 1, ${len}) AS period, COUNT(*) AS events, SUM(e.num_mentions) AS mentions, AVG(e.goldstein) AS goldstein,
                SUM(e.quad_class = 1) AS q1, SUM(e.quad_class = 2) AS q2, SUM(e.quad_class = 3) AS q3, SUM(e.quad_class = 4) AS q4
         FROM events e ${w.sql} GROUP BY period ORDER BY period`,
      )
      .all(...w.params) as Array<{ period: string; events: number; mentions: number; goldstein: number; q1: number; q2: number; q3: number; q4: number }>;
    return rows.map((r) => ({ period: r.period, events: r.events, mentions: r.mentions, goldstein: r.goldstein, quad: [r.q1, r.q2, r.q3, r.q4] }));
  }

  async countryPairs(query: PairQuery = {}): Promise<CountryPair[]> {
    const w = eventWhere(query, sqlitePlaceholder, [PAIR_CONDITION]);
    return countryPairsOf(this.db.prepare(codePairsSql(w.sql)).iterate(...w.params) as Iterable<CountryPair>);
  }

  async stats(): Promise<StoreStats> {
    const count = (table: string) => (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: count('articles'), mentions: count('mentions'), events: count('events'), actors: count('actors'), sentences: count('sentences') };
  }

  async integrityCheck(): Promise<IntegrityReport> {
    const checks = await runIntegrityChecks(
      {
        all: async (sql) => this.db.prepare(sql).all() as Array<Record<string, unknown>>,
        jsonText: (column, path) => `json_extract(${column}, '$.${path.join('.')}')`,
        bytes: (expr) => `(${expr})`,
      },
      SQLITE_CHECKS,
    );
    return { engine: 'sqlite', ok: integrityOk(checks), checks, stats: await this.stats() };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
