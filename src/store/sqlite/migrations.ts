/**
 * The SQLite schema as versioned migrations, applied in order on first use of a file.
 * A migration is never edited once released: a change of schema is a new version.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
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
        ingested_at TEXT NOT NULL
      );
      CREATE TABLE sentences (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        sentence_index INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (article_id, sentence_index)
      ) WITHOUT ROWID;
      CREATE TABLE actors (
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        country TEXT,
        sector TEXT,
        PRIMARY KEY (code, name)
      ) WITHOUT ROWID;
      CREATE TABLE events (
        gid INTEGER PRIMARY KEY,
        source_code TEXT NOT NULL,
        target_code TEXT,
        base_code TEXT NOT NULL,
        date TEXT,
        day TEXT,
        negated INTEGER NOT NULL,
        cameo TEXT NOT NULL,
        goldstein REAL NOT NULL,
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
        event_gid INTEGER NOT NULL,
        sentence_index INTEGER NOT NULL,
        mentions INTEGER NOT NULL,
        cameo TEXT NOT NULL,
        goldstein REAL NOT NULL,
        quad_class INTEGER NOT NULL,
        record TEXT NOT NULL,
        PRIMARY KEY (article_id, id)
      ) WITHOUT ROWID;
      CREATE INDEX mentions_event ON mentions(event_gid);
    `,
  },
];

/** Applies every migration newer than the file's version, each in its own transaction. */
export function migrate(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  const current = row.v ?? 0;
  const newest = MIGRATIONS[MIGRATIONS.length - 1].version;
  if (current > newest) throw new Error(`the store has schema version ${current}; this dyad knows up to ${newest}`);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    })();
  }
  return newest;
}
