/**
 * The PostgreSQL store (`--db postgres://...`): the same schema, rows and dedup as the SQLite
 * store, through node-postgres. Every batch is one transaction; an event is recounted under a
 * transaction advisory lock on its id, so writers on several connections never interleave
 * one event's recount.
 */
import pg from 'pg';
import type { EventRecord } from '../../output/record.ts';
import { aggregate, type MentionRow } from '../aggregate.ts';
import { eventIdOf, gidOf, type EventIdentity } from '../keys.ts';
import { prepared, type PreparedArticle } from '../prepare.ts';
import { dayOf, EVENT_SELECT, MENTION_ROW_SELECT, recordOf } from '../rows.ts';
import { codePairsSql, countryPairsOf, PAIR_CONDITION } from '../pairs.ts';
import { eventWhere, postgresPlaceholder } from '../where.ts';
import type { ArticleInput, ArticleState, CountryPair, EventQuery, EventStore, PairQuery, PutResult, SeriesPoint, SeriesQuery, StoreStats, StoredArticle, StoredEvent } from '../types.ts';
import { migratePg } from './migrations.ts';
import { integrityOk, runIntegrityChecks, POSTGRES_CHECKS } from '../integrity.ts';
import type { IntegrityReport } from '../types.ts';

interface Change {
  identity: EventIdentity | null;
  added: MentionRow[];
  lost: boolean;
}


const EVENT_COLUMNS = 'gid, source_code, target_code, base_code, date, day, negated, cameo, goldstein, quad_class, num_mentions, num_sources, num_articles, rep_article, rep_mention';

// node-postgres returns BIGINT and aggregates as strings: numbers are converted here.
function storedEvent(r: Record<string, any>): StoredEvent { // eslint-disable-line @typescript-eslint/no-explicit-any
  const gid = Number(r.gid);
  return {
    id: eventIdOf(gid),
    gid,
    sourceCode: r.source_code,
    targetCode: r.target_code,
    baseCode: r.base_code,
    date: r.date,
    negated: r.negated,
    cameo: r.cameo,
    goldstein: Number(r.goldstein),
    quadClass: Number(r.quad_class),
    numMentions: Number(r.num_mentions),
    numSources: Number(r.num_sources),
    numArticles: Number(r.num_articles),
    record: recordOf(r.record, r.sentence, r.coder),
    url: r.url,
    sourceName: r.source_name,
  };
}

export interface PostgresOptions {
  url: string;
  /** Schema to use (created when missing); default: the connection's search_path. */
  schema?: string;
}

export class PostgresStore implements EventStore {
  private constructor(private readonly pool: pg.Pool) {}

  static async open(options: PostgresOptions): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: options.url, max: 4 });
    if (options.schema) {
      const schema = pg.escapeIdentifier(options.schema);
      pool.on('connect', (client) => void client.query(`SET search_path TO ${schema}`));
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    }
    const client = await pool.connect();
    try {
      await migratePg(client);
    } catch (error) {
      client.release();
      await pool.end();
      throw error;
    }
    client.release();
    return new PostgresStore(pool);
  }

  async articleState(id: string): Promise<ArticleState | null> {
    const { rows } = await this.pool.query<ArticleState>('SELECT content_hash AS "contentHash", coder FROM articles WHERE id = $1', [id]);
    return rows[0] ?? null;
  }

  async putArticle(input: ArticleInput | PreparedArticle): Promise<PutResult> {
    return (await this.putArticles([input]))[0];
  }

  async putArticles(inputs: Array<ArticleInput | PreparedArticle>): Promise<PutResult[]> {
    const articles = inputs.map(prepared);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const touched = new Map<number, Change>();
      const results: PutResult[] = [];
      for (const a of articles) results.push(await this.write(client, a, touched));
      for (const gid of [...touched.keys()].sort((x, y) => x - y)) await this.recount(client, gid, touched.get(gid) as Change);
      await client.query('COMMIT');
      return results;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  private async write(c: pg.PoolClient, a: PreparedArticle, touched: Map<number, Change>): Promise<PutResult> {
    const old = (await c.query<ArticleState>('SELECT content_hash AS "contentHash", coder FROM articles WHERE id = $1 FOR UPDATE', [a.id])).rows[0];
    if (old && old.contentHash === a.contentHash && old.coder === a.coder) return { status: 'unchanged', mentions: 0 };
    if (old) {
      const { rows } = await c.query<{ gid: string }>('SELECT DISTINCT event_gid AS gid FROM mentions WHERE article_id = $1', [a.id]);
      for (const { gid } of rows) touched.set(Number(gid), { identity: touched.get(Number(gid))?.identity ?? null, added: [], lost: true });
      await c.query('DELETE FROM articles WHERE id = $1', [a.id]);
    }
    await c.query(
      'INSERT INTO articles (id, content_hash, coder, published, title, url, source_name, origin_file, origin_line, ingested_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())',
      [a.id, a.contentHash, a.coder, a.published, a.title, a.url, a.sourceName, a.originFile, a.originLine],
    );
    if (a.sentences.length) {
      await c.query('INSERT INTO sentences (article_id, sentence_index, text) SELECT $1, * FROM unnest($2::int[], $3::text[])', [a.id, a.sentences.map((s) => s[0]), a.sentences.map((s) => s[1])]);
    }
    for (const actor of a.actors) await c.query('INSERT INTO actors (code, name, country, sector) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', actor);
    if (a.mentions.length) {
      const col = <T>(f: (m: PreparedArticle['mentions'][number]) => T) => a.mentions.map(f);
      await c.query(
        `INSERT INTO mentions (article_id, id, event_gid, sentence_index, mentions, cameo, goldstein, quad_class, record)
         SELECT $1, * FROM unnest($2::text[], $3::bigint[], $4::int[], $5::int[], $6::text[], $7::float8[], $8::int[], $9::text[])`,
        [a.id, col((m) => m.row.id), col((m) => m.event.gid), col((m) => m.row.sentenceIndex), col((m) => m.row.mentions), col((m) => m.row.cameo), col((m) => m.row.goldstein), col((m) => m.row.quadClass), col((m) => m.json)],
      );
    }
    for (const m of a.mentions) {
      const change = touched.get(m.event.gid) ?? { identity: null, added: [], lost: false };
      change.identity = m.event;
      change.added.push(m.row);
      touched.set(m.event.gid, change);
    }
    return { status: old ? 'replaced' : 'inserted', mentions: a.mentions.length };
  }

  private async recount(c: pg.PoolClient, gid: number, change: Change): Promise<void> {
    await c.query('SELECT pg_advisory_xact_lock($1::bigint)', [gid]);
    const { identity } = change;
    const values = (agg: ReturnType<typeof aggregate>, id: EventIdentity) => [
      id.gid, id.sourceCode, id.targetCode, id.baseCode, id.date, dayOf(id.date), id.negated, agg.cameo, agg.goldstein, agg.quadClass,
      agg.numMentions, agg.numSources, agg.numArticles, agg.representativeArticle, agg.representative,
    ];
    const placeholders = Array.from({ length: 15 }, (_, i) => `$${i + 1}`).join(', ');
    if (identity && !change.lost) {
      const inserted = await c.query(`INSERT INTO events (${EVENT_COLUMNS}) VALUES (${placeholders}) ON CONFLICT (gid) DO NOTHING`, values(aggregate(change.added), identity));
      if (inserted.rowCount === 1) return;
    }
    const { rows } = await c.query(`${MENTION_ROW_SELECT} WHERE m.event_gid = $1`, [gid]);
    if (!rows.length) {
      await c.query('DELETE FROM events WHERE gid = $1', [gid]);
      return;
    }
    const agg = aggregate(rows as MentionRow[]);
    if (!identity) {
      await c.query(
        `UPDATE events SET cameo = $2, goldstein = $3, quad_class = $4, num_mentions = $5, num_sources = $6, num_articles = $7,
           rep_article = $8, rep_mention = $9 WHERE gid = $1`,
        [gid, agg.cameo, agg.goldstein, agg.quadClass, agg.numMentions, agg.numSources, agg.numArticles, agg.representativeArticle, agg.representative],
      );
      return;
    }
    await c.query(
      `INSERT INTO events (${EVENT_COLUMNS}) VALUES (${placeholders})
       ON CONFLICT (gid) DO UPDATE SET cameo = excluded.cameo, goldstein = excluded.goldstein, quad_class = excluded.quad_class,
         num_mentions = excluded.num_mentions, num_sources = excluded.num_sources, num_articles = excluded.num_articles,
         rep_article = excluded.rep_article, rep_mention = excluded.rep_mention`,
      values(agg, identity),
    );
  }

  async *events(query: EventQuery = {}): AsyncIterable<StoredEvent> {
    const w = eventWhere(query, postgresPlaceholder);
    const page = 1000;
    // Keyset pagination: (day IS NULL, day, gid) ascending, a page at a time.
    let after: { nulls: boolean; day: string | null; gid: string } | null = null;
    for (;;) {
      const params: unknown[] = [...w.params];
      let cond = w.sql;
      if (after) {
        params.push(after.nulls, after.day ?? '', after.gid);
        const [n, d, g] = [params.length - 2, params.length - 1, params.length];
        const key = `((e.day IS NULL) > $${n} OR ((e.day IS NULL) = $${n} AND (COALESCE(e.day, '') > $${d} OR (COALESCE(e.day, '') = $${d} AND e.gid > $${g}))))`;
        cond = cond ? `${cond} AND ${key}` : `WHERE ${key}`;
      }
      const { rows } = await this.pool.query(`${EVENT_SELECT} ${cond} ORDER BY e.day IS NULL, COALESCE(e.day, ''), e.gid LIMIT ${page}`, params);
      for (const row of rows) yield storedEvent(row);
      if (rows.length < page) return;
      const last = rows[rows.length - 1];
      after = { nulls: last.day === null, day: last.day, gid: String(last.gid) };
    }
  }

  async mentionsOf(eventId: string): Promise<EventRecord[]> {
    const { rows } = await this.pool.query<{ record: string; sentence: string; coder: string }>(
      `SELECT m.record, s.text AS sentence, a.coder FROM mentions m
       JOIN articles a ON a.id = m.article_id
       JOIN sentences s ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index
       WHERE m.event_gid = $1 ORDER BY m.article_id COLLATE "C", m.sentence_index, m.id COLLATE "C"`,
      [gidOf(eventId)],
    );
    return rows.map((r) => recordOf(r.record, r.sentence, r.coder));
  }

  async article(id: string): Promise<StoredArticle | null> {
    const { rows: found } = await this.pool.query(
      'SELECT id, published, title, url, source_name AS "sourceName", coder FROM articles WHERE id = $1',
      [id],
    );
    if (!found.length) return null;
    const a = found[0] as Omit<StoredArticle, 'sentences' | 'records'>;
    const { rows: sentences } = await this.pool.query<{ index: number; text: string }>(
      'SELECT sentence_index AS "index", text FROM sentences WHERE article_id = $1 ORDER BY sentence_index',
      [id],
    );
    const text = new Map(sentences.map((s) => [Number(s.index), s.text]));
    const { rows } = await this.pool.query<{ record: string; i: number }>(
      'SELECT record, sentence_index AS i FROM mentions WHERE article_id = $1 ORDER BY sentence_index, id COLLATE "C"',
      [id],
    );
    return {
      ...a,
      sentences: sentences.map((s) => ({ index: Number(s.index), text: s.text })),
      records: rows.map((r) => recordOf(r.record, text.get(Number(r.i)) ?? '', a.coder)),
    };
  }

  async series(query: SeriesQuery): Promise<SeriesPoint[]> {
    const w = eventWhere(query, postgresPlaceholder, ['e.day IS NOT NULL']);
    const len = query.by === 'day' ? 10 : query.by === 'month' ? 7 : 4;
    const { rows } = await this.pool.query(
      `SELECT substr(e.day, 1, ${len}) AS period, COUNT(*) AS events, SUM(e.num_mentions) AS mentions, AVG(e.goldstein) AS goldstein,
              ${[1, 2, 3, 4].map((q) => `SUM(CASE WHEN e.quad_class = ${q} THEN 1 ELSE 0 END) AS q${q}`).join(', ')}
       FROM events e ${w.sql} GROUP BY 1 ORDER BY 1`,
      w.params,
    );
    return rows.map((r) => ({ period: r.period, events: Number(r.events), mentions: Number(r.mentions), goldstein: Number(r.goldstein), quad: [Number(r.q1), Number(r.q2), Number(r.q3), Number(r.q4)] }));
  }

  async countryPairs(query: PairQuery = {}): Promise<CountryPair[]> {
    const w = eventWhere(query, postgresPlaceholder, [PAIR_CONDITION]);
    const { rows } = await this.pool.query(codePairsSql(w.sql), w.params);
    return countryPairsOf(rows.map((r) => ({ source: r.source, target: r.target, events: Number(r.events) })));
  }

  async stats(): Promise<StoreStats> {
    const { rows } = await this.pool.query(
      `SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM mentions) AS mentions, (SELECT COUNT(*) FROM events) AS events,
              (SELECT COUNT(*) FROM actors) AS actors, (SELECT COUNT(*) FROM sentences) AS sentences`,
    );
    const r = rows[0];
    return { articles: Number(r.articles), mentions: Number(r.mentions), events: Number(r.events), actors: Number(r.actors), sentences: Number(r.sentences) };
  }

  async integrityCheck(): Promise<IntegrityReport> {
    const checks = await runIntegrityChecks(
      {
        all: async (sql) => {
          // counts come back as BIGINT or NUMERIC strings: numbers, as from SQLite
          const { rows, fields } = await this.pool.query(sql);
          const numeric = fields.filter((f) => f.dataTypeID === 20 || f.dataTypeID === 1700).map((f) => f.name);
          for (const row of rows) for (const name of numeric) if (row[name] !== null) row[name] = Number(row[name]);
          return rows;
        },
        jsonText: (column, path) => `((${column})::json #>> '{${path.join(',')}}') COLLATE "C"`,
        bytes: (expr) => `(${expr}) COLLATE "C"`,
      },
      POSTGRES_CHECKS,
    );
    return { engine: 'postgresql', ok: integrityOk(checks), checks, stats: await this.stats() };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
