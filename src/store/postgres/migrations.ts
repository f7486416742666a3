/**
 * The PostgreSQL schema: the SQLite schema (../sqlite/migrations.ts) in PostgreSQL types,
 * as versioned migrations applied on first use under an advisory lock (several workers may
 * open the same database at once). Codes and days compare in the "C" collation, as in SQLite.
 */
import type { PoolClient } from 'pg';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, sentences, actors, events, mentions',
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        coder TEXT NOT NULL,
        published TEXT,
        title TEXT,
        url TEXT,
        source_name TEXT NOT NULL,
        origin_file TEXT NOT NULL,
        origin_line INTEGER,
        ingested_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE sentences (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        sentence_index INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (article_id, sentence_index)
      );
      CREATE TABLE actors (
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        country TEXT,
        sector TEXT,
        PRIMARY KEY (code, name)
      );
      CREATE TABLE events (
        gid BIGINT PRIMARY KEY,
        source_code TEXT COLLATE "C" NOT NULL,
        target_code TEXT COLLATE "C",
        base_code TEXT NOT NULL,
        date TEXT,
        day TEXT COLLATE "C",
        negated BOOLEAN NOT NULL,
        cameo TEXT NOT NULL,
        goldstein DOUBLE PRECISION NOT NULL,
        quad_class INTEGER NOT NULL,
        num_mentions INTEGER NOT NULL,
        num_sources INTEGER NOT NULL,
        num_articles INTEGER NOT NULL,
        rep_article TEXT NOT NULL,
        rep_mention TEXT NOT NULL
      );
      CREATE INDEX events_day ON events(day);
      CREATE INDEX events_dyad ON events(source_code, target_code, day);
      CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        event_gid BIGINT NOT NULL,
        sentence_index INTEGER NOT NULL,
        mentions INTEGER NOT NULL,
        cameo TEXT NOT NULL,
        goldstein DOUBLE PRECISION NOT NULL,
        quad_class INTEGER NOT NULL,
        record TEXT NOT NULL,
        PRIMARY KEY (article_id, id)
      );
      CREATE INDEX mentions_event ON mentions(event_gid);
    `,
  },
];

/** Applies every migration newer than the database's version, in one transaction. */
export async function migratePg(client: PoolClient): Promise<number> {
  const newest = PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version;
  await client.query('BEGIN');
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.dyad_migrations'))");
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)');
    const { rows } = await client.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
    const current = rows[0].v ?? 0;
    if (current > newest) throw new Error(`the store has schema version ${current}; this dyad knows up to ${newest}`);
    for (const m of PG_MIGRATIONS) {
      if (m.version <= current) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [m.version, m.name]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return newest;
}
