/**
 * The embedded store: one SQLite file through better-sqlite3 (synchronous, so every write of
 * an article is one short transaction on the caller's thread; WAL lets readers run beside it).
 */
import Database from 'better-sqlite3';
import type { EventRecord } from '../../output/record.ts';
import { aggregate, type MentionRow } from '../aggregate.ts';
import { contentHash, eventIds, eventKey, sourceName } from '../keys.ts';
import { dayOf, mentionJson, prefixRange, recordOf } from '../rows.ts';
import type { ArticleInput, ArticleState, EventQuery, EventStore, PutResult, SeriesPoint, SeriesQuery, StoreStats, StoredEvent } from '../types.ts';
import { migrate } from './migrations.ts';

interface EventRow {
  id: string;
  gid: number;
  source_code: string;
  target_code: string | null;
  base_code: string;
  date: string | null;
  negated: number;
  cameo: string;
  num_mentions: number;
  num_sources: number;
  num_articles: number;
  record: string;
  sentence: string;
  coder: string;
  url: string | null;
  source_name: string;
}

const EVENT_SELECT = `
  SELECT e.id, e.gid, e.source_code, e.target_code, e.base_code, e.date, e.negated, e.cameo,
         e.num_mentions, e.num_sources, e.num_articles, m.record, s.text AS sentence, a.coder, a.url, a.source_name
  FROM events e
  JOIN mentions m ON m.id = e.representative
  JOIN articles a ON a.id = m.article_id
  JOIN sentences s ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index`;

/** WHERE clause and parameters of an event query over the `events` table aliased `e`. */
function where(query: EventQuery): { sql: string; params: Array<string> } {
  const conds: string[] = [];
  const params: string[] = [];
  if (query.from) conds.push('e.day >= ?'), params.push(query.from);
  if (query.to) conds.push('e.day <= ?'), params.push(query.to);
  if (query.source) conds.push('e.source_code >= ? AND e.source_code < ?'), params.push(...prefixRange(query.source));
  if (query.target) conds.push('e.target_code >= ? AND e.target_code < ?'), params.push(...prefixRange(query.target));
  return { sql: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

function storedEvent(r: EventRow): StoredEvent {
  return {
    id: r.id,
    gid: r.gid,
    sourceCode: r.source_code,
    targetCode: r.target_code,
    baseCode: r.base_code,
    date: r.date,
    negated: r.negated === 1,
    cameo: r.cameo,
    numMentions: r.num_mentions,
    numSources: r.num_sources,
    numArticles: r.num_articles,
    record: recordOf(r.record, r.sentence, r.coder),
    url: r.url,
    sourceName: r.source_name,
  };
}

export class SqliteStore implements EventStore {
  private readonly db: Database.Database;
  private readonly stmts;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    const db = this.db;
    this.stmts = {
      state: db.prepare('SELECT content_hash AS contentHash, coder FROM articles WHERE id = ?'),
      eventsOfArticle: db.prepare('SELECT DISTINCT event_id AS id FROM mentions WHERE article_id = ?'),
      deleteArticle: db.prepare('DELETE FROM articles WHERE id = ?'),
      insertArticle: db.prepare(
        'INSERT INTO articles (id, content_hash, coder, published, title, url, source_name, origin_file, origin_line, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      insertSentence: db.prepare('INSERT OR IGNORE INTO sentences (article_id, sentence_index, text) VALUES (?, ?, ?)'),
      insertActor: db.prepare('INSERT OR IGNORE INTO actors (code, name, country, sector) VALUES (?, ?, ?, ?)'),
      insertMention: db.prepare(
        'INSERT INTO mentions (id, article_id, event_id, sentence_index, mentions, cameo, goldstein, quad_class, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      mentionRows: db.prepare(`
        SELECT m.id, m.article_id AS articleId, a.published, a.source_name AS sourceName, m.sentence_index AS sentenceIndex,
               m.mentions, m.cameo, m.goldstein, m.quad_class AS quadClass
        FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?`),
      mentionRecord: db.prepare('SELECT record FROM mentions WHERE id = ?'),
      deleteEvent: db.prepare('DELETE FROM events WHERE id = ?'),
      upsertEvent: db.prepare(`
        INSERT INTO events (id, gid, source_code, target_code, base_code, date, day, negated, cameo, goldstein, quad_class,
                            num_mentions, num_sources, num_articles, representative)
        VALUES (@id, @gid, @sourceCode, @targetCode, @baseCode, @date, @day, @negated, @cameo, @goldstein, @quadClass,
                @numMentions, @numSources, @numArticles, @representative)
        ON CONFLICT (id) DO UPDATE SET cameo = excluded.cameo, goldstein = excluded.goldstein, quad_class = excluded.quad_class,
          num_mentions = excluded.num_mentions, num_sources = excluded.num_sources, num_articles = excluded.num_articles,
          representative = excluded.representative`),
      mentionsOf: db.prepare(`
        SELECT m.record, s.text AS sentence, a.coder FROM mentions m
        JOIN articles a ON a.id = m.article_id
        JOIN sentences s ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index
        WHERE m.event_id = ? ORDER BY m.article_id, m.sentence_index, m.id`),
    };
  }

  async articleState(id: string): Promise<ArticleState | null> {
    return (this.stmts.state.get(id) as ArticleState | undefined) ?? null;
  }

  async putArticle(input: ArticleInput): Promise<PutResult> {
    return (await this.putArticles([input]))[0];
  }

  async putArticles(inputs: ArticleInput[]): Promise<PutResult[]> {
    return this.db.transaction(() => {
      const touched = new Set<string>();
      const results = inputs.map((input) => this.write(input, touched));
      for (const id of touched) this.recount(id);
      return results;
    })();
  }

  /** Writes one article's rows; collects the events whose mentions changed. */
  private write({ article, records, coder }: ArticleInput, touched: Set<string>): PutResult {
    const hash = contentHash(article);
    const old = this.stmts.state.get(article.id) as ArticleState | undefined;
    if (old && old.contentHash === hash && old.coder === coder) return { status: 'unchanged', mentions: 0 };
    if (old) {
      for (const { id } of this.stmts.eventsOfArticle.all(article.id) as Array<{ id: string }>) touched.add(id);
      this.stmts.deleteArticle.run(article.id);
    }
    this.stmts.insertArticle.run(
      article.id, hash, coder, article.published, article.title ?? null, article.url ?? null,
      sourceName(article), article.origin.file, article.origin.line ?? null, new Date().toISOString(),
    );
    for (const r of records) {
      this.stmts.insertSentence.run(article.id, r.sentence_index, r.sentence);
      for (const actor of [r.source, r.target]) if (actor) this.stmts.insertActor.run(actor.code, actor.name, actor.country, actor.sector);
      const { id: eventId } = eventIds(eventKey(r));
      this.stmts.insertMention.run(r.id, article.id, eventId, r.sentence_index, r.mentions, r.cameo, r.goldstein, r.quad_class, mentionJson(r));
      touched.add(eventId);
    }
    return { status: old ? 'replaced' : 'inserted', mentions: records.length };
  }

  /** Recounts one event from its mentions (aggregate.ts), or deletes it when none is left. */
  private recount(eventId: string): void {
    const rows = this.stmts.mentionRows.all(eventId) as MentionRow[];
    if (!rows.length) {
      this.stmts.deleteEvent.run(eventId);
      return;
    }
    const agg = aggregate(rows);
    const rep = JSON.parse((this.stmts.mentionRecord.get(agg.representative) as { record: string }).record) as EventRecord;
    const key = eventKey(rep);
    this.stmts.upsertEvent.run({
      ...agg,
      ...eventIds(key),
      sourceCode: rep.source.code,
      targetCode: rep.target?.code ?? null,
      baseCode: rep.cameo.slice(0, 3),
      date: rep.date,
      day: dayOf(rep.date),
      negated: rep.negated ? 1 : 0,
    });
  }

  async *events(query: EventQuery = {}): AsyncIterable<StoredEvent> {
    const w = where(query);
    const stmt = this.db.prepare(`${EVENT_SELECT} ${w.sql} ORDER BY e.day IS NULL, e.day, e.id`);
    for (const row of stmt.iterate(...w.params)) yield storedEvent(row as EventRow);
  }

  async mentionsOf(eventId: string): Promise<EventRecord[]> {
    const rows = this.stmts.mentionsOf.all(eventId) as Array<{ record: string; sentence: string; coder: string }>;
    return rows.map((r) => recordOf(r.record, r.sentence, r.coder));
  }

  async series(query: SeriesQuery): Promise<SeriesPoint[]> {
    const w = where(query);
    const len = query.by === 'day' ? 10 : query.by === 'month' ? 7 : 4;
    const cond = w.sql ? `${w.sql} AND e.day IS NOT NULL` : 'WHERE e.day IS NOT NULL';
    const rows = this.db
      .prepare(
        `SELECT substr(e.day, 1, ${len}) AS period, COUNT(*) AS events, SUM(e.num_mentions) AS mentions, AVG(e.goldstein) AS goldstein,
                SUM(e.quad_class = 1) AS q1, SUM(e.quad_class = 2) AS q2, SUM(e.quad_class = 3) AS q3, SUM(e.quad_class = 4) AS q4
         FROM events e ${cond} GROUP BY period ORDER BY period`,
      )
      .all(...w.params) as Array<{ period: string; events: number; mentions: number; goldstein: number; q1: number; q2: number; q3: number; q4: number }>;
    return rows.map((r) => ({ period: r.period, events: r.events, mentions: r.mentions, goldstein: r.goldstein, quad: [r.q1, r.q2, r.q3, r.q4] }));
  }

  async stats(): Promise<StoreStats> {
    const count = (table: string) => (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: count('articles'), mentions: count('mentions'), events: count('events'), actors: count('actors'), sentences: count('sentences') };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
