/**
 * The store's integrity check (`dyad check`, docs/RELIABILITY.md): the database engine's own
 * checks, then dyad's invariants, the same SQL on SQLite and PostgreSQL. Each driver gives a
 * small dialect (how to run a query, read a JSON field, compare text bytewise) and calls
 * `runIntegrityChecks`; the list of what must hold lives here only.
 */
import type { IntegrityCheckResult } from './types.ts';

export type Row = Record<string, unknown>;

export interface IntegrityDialect {
  /** Every row of a query. */
  all(sql: string): Promise<Row[]>;
  /** A SQL text expression: the JSON string at `path` in a text column (NULL when absent or null), compared bytewise. */
  jsonText(column: string, path: string[]): string;
  /** `expr` compared bytewise (PostgreSQL codes are COLLATE "C"; SQLite compares bytes already). */
  bytes(expr: string): string;
}

/** What must hold, as a query for the rows that break it. */
interface Invariant {
  name: string;
  description: string;
  /** error: the store is damaged; warning: reported, the check still passes. */
  severity: 'error' | 'warning';
  sql: (d: IntegrityDialect) => string;
}

/** A check of the engine itself: its rows, of which `bad` are problems. */
export interface EngineCheck {
  name: string;
  description: string;
  sql: string;
  bad: (row: Row) => boolean;
  /** A reason not to run it here (an extension missing ...), or null. */
  skip?: (d: IntegrityDialect) => Promise<string | null>;
}

/** At most this many offending rows are shown per check. */
export const EXAMPLES = 5;

const DAY_OF_DATE = `CASE WHEN e.date IS NULL THEN NULL WHEN length(e.date) = 4 THEN e.date || '-01-01' WHEN length(e.date) = 7 THEN e.date || '-01' ELSE e.date END`;

export const INVARIANTS: readonly Invariant[] = [
  {
    name: 'event-mentions',
    description: 'every event has at least one mention',
    severity: 'error',
    sql: () => 'SELECT e.gid FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_gid = e.gid)',
  },
  {
    name: 'mention-event',
    description: 'every mention is linked to a stored event',
    severity: 'error',
    sql: () => 'SELECT m.article_id, m.id, m.event_gid FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.gid = m.event_gid)',
  },
  {
    name: 'mention-article',
    description: 'every mention belongs to a stored article',
    severity: 'error',
    sql: () => 'SELECT m.article_id, m.id FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)',
  },
  {
    name: 'sentence-article',
    description: 'every evidence sentence belongs to a stored article',
    severity: 'error',
    sql: () => 'SELECT s.article_id, s.sentence_index FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)',
  },
  {
    name: 'mention-sentence',
    description: "every mention's sentence (its evidence) is stored",
    severity: 'error',
    sql: () =>
      'SELECT m.article_id, m.id, m.sentence_index FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = m.article_id AND s.sentence_index = m.sentence_index)',
  },
  {
    name: 'mention-record',
    description: "a mention's stored record names the mention, its article and its code, and counts at least one report",
    severity: 'error',
    sql: (d) =>
      `SELECT m.article_id, m.id FROM mentions m WHERE m.mentions < 1
         OR ${d.jsonText('m.record', ['id'])} IS DISTINCT FROM ${d.bytes('m.id')}
         OR ${d.jsonText('m.record', ['article_id'])} IS DISTINCT FROM ${d.bytes('m.article_id')}
         OR ${d.jsonText('m.record', ['cameo'])} IS DISTINCT FROM ${d.bytes('m.cameo')}`,
  },
  {
    name: 'mention-identity',
    description: "a mention agrees with its event: source, target, CAMEO base code and date",
    severity: 'error',
    sql: (d) =>
      `SELECT m.article_id, m.id, e.gid FROM mentions m JOIN events e ON e.gid = m.event_gid
       WHERE ${d.bytes('e.source_code')} IS DISTINCT FROM ${d.jsonText('m.record', ['source', 'code'])}
          OR ${d.bytes('e.target_code')} IS DISTINCT FROM ${d.jsonText('m.record', ['target', 'code'])}
          OR ${d.bytes('e.base_code')} <> ${d.bytes('substr(m.cameo, 1, 3)')}
          OR ${d.bytes('e.date')} IS DISTINCT FROM ${d.jsonText('m.record', ['date'])}`,
  },
  {
    name: 'mention-actors',
    description: "every mention's source and target are in the actors table",
    severity: 'error',
    sql: (d) =>
      ['source', 'target']
        .map(
          (side) => `SELECT m.article_id, m.id, '${side}' AS side FROM mentions m
             WHERE ${d.jsonText('m.record', [side, 'code'])} IS NOT NULL AND NOT EXISTS (
               SELECT 1 FROM actors x WHERE ${d.bytes('x.code')} = ${d.jsonText('m.record', [side, 'code'])} AND ${d.bytes('x.name')} = ${d.jsonText('m.record', [side, 'name'])})`,
        )
        .join(' UNION ALL '),
  },
  {
    name: 'event-counts',
    description: 'num_mentions, num_sources and num_articles of each event equal what its mentions say',
    severity: 'error',
    sql: () =>
      `SELECT e.gid, e.num_mentions, c.mentions, e.num_sources, c.sources, e.num_articles, c.articles FROM events e
       JOIN (SELECT m.event_gid, SUM(m.mentions) AS mentions, COUNT(DISTINCT a.source_name) AS sources, COUNT(DISTINCT m.article_id) AS articles
             FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY m.event_gid) c ON c.event_gid = e.gid
       WHERE e.num_mentions <> c.mentions OR e.num_sources <> c.sources OR e.num_articles <> c.articles`,
  },
  {
    name: 'event-representative',
    description: "an event's representative is one of its mentions, from its earliest published article",
    severity: 'error',
    sql: () =>
      `SELECT e.gid, e.rep_article, e.rep_mention FROM events e
       LEFT JOIN mentions r ON r.article_id = e.rep_article AND r.id = e.rep_mention AND r.event_gid = e.gid
       LEFT JOIN articles ra ON ra.id = r.article_id
       WHERE r.id IS NULL OR EXISTS (
         SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id
         WHERE m.event_gid = e.gid AND a.published IS NOT NULL AND (ra.published IS NULL OR a.published < ra.published))`,
  },
  {
    name: 'event-values',
    description: 'an event has a quad class 1-4, a Goldstein score in [-10, 10], a code of its base, a day of its date, and counts with 1 <= sources <= articles <= mentions',
    severity: 'error',
    sql: (d) =>
      `SELECT e.gid FROM events e
       WHERE e.quad_class < 1 OR e.quad_class > 4 OR e.goldstein < -10 OR e.goldstein > 10
          OR ${d.bytes('substr(e.cameo, 1, 3)')} <> ${d.bytes('e.base_code')}
          OR ${d.bytes('e.day')} IS DISTINCT FROM ${d.bytes(DAY_OF_DATE)}
          OR e.num_sources < 1 OR e.num_sources > e.num_articles OR e.num_articles > e.num_mentions`,
  },
  {
    name: 'event-duplicate',
    description: 'one row per dated real-world event (directed dyad, base code, date, negation)',
    severity: 'error',
    sql: () =>
      `SELECT e.source_code, e.target_code, e.base_code, e.date, COUNT(*) AS events FROM events e WHERE e.date IS NOT NULL
       GROUP BY e.source_code, e.target_code, e.base_code, e.date, e.negated HAVING COUNT(*) > 1`,
  },
  {
    name: 'article-twice',
    description: 'no input record stored twice: the same content from the same file and line under two ids',
    severity: 'error',
    sql: () =>
      `SELECT a.content_hash, a.origin_file, a.origin_line, COUNT(*) AS articles, MIN(a.id) AS first_id, MAX(a.id) AS last_id FROM articles a
       GROUP BY a.content_hash, a.origin_file, a.origin_line HAVING COUNT(*) > 1`,
  },
  {
    name: 'article-same-content',
    description: 'articles from different inputs with the same content (text, date, title, url, outlet) under different ids',
    severity: 'warning',
    sql: () =>
      'SELECT a.content_hash, COUNT(*) AS articles, MIN(a.id) AS first_id, MAX(a.id) AS last_id FROM articles a GROUP BY a.content_hash HAVING COUNT(*) > 1',
  },
];

/** SQLite's own checks: page and index structure, and foreign keys. */
export const SQLITE_CHECKS: readonly EngineCheck[] = [
  { name: 'sqlite-integrity', description: 'PRAGMA integrity_check: b-trees, pages, indexes, NOT NULL and UNIQUE', sql: 'PRAGMA integrity_check', bad: (r) => r.integrity_check !== 'ok' },
  { name: 'sqlite-foreign-keys', description: 'PRAGMA foreign_key_check: sentences and mentions point at stored articles', sql: 'PRAGMA foreign_key_check', bad: () => true },
];

const OUR_INDEXES = `FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema()`;

/**
 * PostgreSQL has no integrity_check: its equivalents are that every index and constraint is
 * valid, and, with the amcheck extension, that each B-tree index agrees with its table.
 */
export const POSTGRES_CHECKS: readonly EngineCheck[] = [
  { name: 'postgres-indexes', description: 'every index of the store is valid and ready (a failed CREATE INDEX CONCURRENTLY leaves one that is not)', sql: `SELECT c.relname AS index_name, i.indisvalid AS valid, i.indisready AS ready ${OUR_INDEXES}`, bad: (r) => r.valid !== true || r.ready !== true },
  {
    name: 'postgres-constraints',
    description: 'every primary key, foreign key and NOT NULL constraint of the store is validated',
    sql: `SELECT c.conname AS constraint_name, c.convalidated AS validated FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = current_schema()`,
    bad: (r) => r.validated !== true,
  },
  {
    name: 'postgres-amcheck',
    description: 'amcheck bt_index_check: each B-tree index is well formed and holds every row of its table',
    sql: `SELECT c.relname AS index_name, bt_index_check(c.oid, true) IS NULL AS checked ${OUR_INDEXES} AND c.relam = (SELECT oid FROM pg_am WHERE amname = 'btree')`,
    bad: () => false,
    skip: async (d) =>
      (await d.all("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'")).length ? null : 'the amcheck extension is not installed in this database (CREATE EXTENSION amcheck, as a superuser)',
  },
];

function describe(row: Row): string {
  return Object.entries(row)
    .map(([k, v]) => `${k}=${v === null ? 'null' : typeof v === 'string' ? JSON.stringify(v) : String(v)}`)
    .join(' ');
}

function failed(name: string, description: string, error: unknown): IntegrityCheckResult {
  return { name, description, severity: 'error', problems: 1, examples: [`the check could not run: ${(error as Error).message}`] };
}

async function engineCheck(d: IntegrityDialect, c: EngineCheck): Promise<IntegrityCheckResult> {
  try {
    const skipped = c.skip ? await c.skip(d) : null;
    if (skipped) return { name: c.name, description: c.description, severity: 'error', problems: null, examples: [], skipped };
    const bad = (await d.all(c.sql)).filter(c.bad);
    return { name: c.name, description: c.description, severity: 'error', problems: bad.length, examples: bad.slice(0, EXAMPLES).map(describe) };
  } catch (error) {
    return failed(c.name, c.description, error);
  }
}

async function invariantCheck(d: IntegrityDialect, inv: Invariant): Promise<IntegrityCheckResult> {
  const sql = inv.sql(d);
  try {
    const [{ n }] = await d.all(`SELECT COUNT(*) AS n FROM (${sql}) x`);
    const problems = Number(n);
    const examples = problems ? (await d.all(`SELECT * FROM (${sql}) x ORDER BY 1 LIMIT ${EXAMPLES}`)).map(describe) : [];
    return { name: inv.name, description: inv.description, severity: inv.severity, problems, examples };
  } catch (error) {
    return failed(inv.name, inv.description, error);
  }
}

/** The engine's checks, then every invariant; a check that cannot run is a problem, never a pass. */
export async function runIntegrityChecks(d: IntegrityDialect, engine: readonly EngineCheck[]): Promise<IntegrityCheckResult[]> {
  const results: IntegrityCheckResult[] = [];
  for (const c of engine) results.push(await engineCheck(d, c));
  for (const inv of INVARIANTS) results.push(await invariantCheck(d, inv));
  return results;
}

/** True when no check found an error (warnings and skipped checks do not fail it). */
export function integrityOk(checks: readonly IntegrityCheckResult[]): boolean {
  return checks.every((c) => c.severity !== 'error' || !c.problems);
}
