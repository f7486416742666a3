/**
 * A work queue in PostgreSQL for ingest on many machines (`dyad ingest --queue URL PATH...`,
 * `dyad worker --db URL`). A unit is one input file, or a range of a big one: records of a
 * WARC, lines of a JSONL file (src/ingest/parts.ts), keyed by file and start offset. A worker claims a unit with a lease
 * (FOR UPDATE SKIP LOCKED: two workers never claim the same unit), ingests it, and marks it
 * done; a worker killed mid-unit leaves a lease that expires, and the unit is claimed again.
 * That is at-least-once processing; the store's writes are idempotent (an article already
 * stored with the same content and coder is skipped), so a unit done twice stores nothing twice.
 */
import pg from 'pg';
import type { PartRange } from '../../ingest/parts.ts';

export interface WorkUnit {
  id: number;
  path: string;
  /** A range of the file; none: the whole file. */
  range?: PartRange;
  attempts: number;
}

/** What is queued: a file, or a range of it. */
export interface QueuedPart {
  path: string;
  range?: PartRange;
}

export interface QueueCounts {
  pending: number;
  running: number;
  done: number;
  failed: number;
}

// A unit is (path, range_start); range_end NULL: the whole file. A queue made before ranges
// (path UNIQUE, no range columns) is brought up to date on open.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS ingest_queue (
    id BIGSERIAL PRIMARY KEY,
    path TEXT NOT NULL,
    range_start BIGINT NOT NULL DEFAULT 0,
    range_end BIGINT,
    range_first INTEGER NOT NULL DEFAULT 1,
    range_format TEXT,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    lease_until TIMESTAMPTZ,
    worker TEXT,
    error TEXT,
    done_at TIMESTAMPTZ
  );
  ALTER TABLE ingest_queue ADD COLUMN IF NOT EXISTS range_start BIGINT NOT NULL DEFAULT 0;
  ALTER TABLE ingest_queue ADD COLUMN IF NOT EXISTS range_end BIGINT;
  ALTER TABLE ingest_queue ADD COLUMN IF NOT EXISTS range_first INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE ingest_queue ADD COLUMN IF NOT EXISTS range_format TEXT;
  ALTER TABLE ingest_queue DROP CONSTRAINT IF EXISTS ingest_queue_path_key;
  CREATE UNIQUE INDEX IF NOT EXISTS ingest_queue_unit ON ingest_queue (path, range_start)`;

export class WorkQueue {
  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string, schema?: string): Promise<WorkQueue> {
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    if (schema) {
      const s = pg.escapeIdentifier(schema);
      pool.on('connect', (client) => void client.query(`SET search_path TO ${s}`));
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    }
    await pool.query(SCHEMA);
    return new WorkQueue(pool);
  }

  /** Adds files (or ranges of files) as pending units; one already queued is queued again only if it failed or was done and `again`. */
  async enqueue(parts: Array<string | QueuedPart>, again = false): Promise<number> {
    let added = 0;
    for (const item of parts) {
      const { path, range } = typeof item === 'string' ? { path: item, range: undefined } : item;
      const r = await this.pool.query(
        `INSERT INTO ingest_queue (path, range_start, range_end, range_first, range_format) VALUES ($1, $3, $4, $5, $6)
         ON CONFLICT (path, range_start) DO UPDATE SET state = 'pending', attempts = 0, lease_until = NULL, error = NULL, done_at = NULL,
           range_end = excluded.range_end, range_first = excluded.range_first, range_format = excluded.range_format
         WHERE $2 AND ingest_queue.state IN ('done', 'failed')`,
        [path, again, range?.start ?? 0, range?.end ?? null, range?.first ?? 1, range?.format ?? null],
      );
      added += r.rowCount ?? 0;
    }
    return added;
  }

  /** Claims the oldest pending unit, or one whose lease expired; null when none is left. */
  async claim(worker: string, leaseSeconds: number): Promise<WorkUnit | null> {
    const { rows } = await this.pool.query<{ id: string; path: string; attempts: number; range_start: string; range_end: string | null; range_first: number; range_format: string | null }>(
      `UPDATE ingest_queue SET state = 'running', attempts = attempts + 1, worker = $1, lease_until = now() + make_interval(secs => $2)
       WHERE id = (SELECT id FROM ingest_queue
                   WHERE state = 'pending' OR (state = 'running' AND lease_until < now())
                   ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1)
       RETURNING id, path, attempts, range_start, range_end, range_first, range_format`,
      [worker, leaseSeconds],
    );
    const row = rows[0];
    if (!row) return null;
    const unit: WorkUnit = { id: Number(row.id), path: row.path, attempts: row.attempts };
    if (row.range_end !== null && (row.range_format === 'warc' || row.range_format === 'jsonl')) {
      unit.range = { format: row.range_format, start: Number(row.range_start), end: Number(row.range_end), first: row.range_first };
    }
    return unit;
  }

  /** Extends a claimed unit's lease (a long file). */
  async renew(unit: WorkUnit, worker: string, leaseSeconds: number): Promise<void> {
    await this.pool.query(`UPDATE ingest_queue SET lease_until = now() + make_interval(secs => $3) WHERE id = $1 AND worker = $2 AND state = 'running'`, [unit.id, worker, leaseSeconds]);
  }

  async complete(unit: WorkUnit, worker: string): Promise<void> {
    await this.pool.query(`UPDATE ingest_queue SET state = 'done', done_at = now(), lease_until = NULL WHERE id = $1 AND worker = $2`, [unit.id, worker]);
  }

  /** A unit that failed `maxAttempts` times stays failed; before that it goes back to pending. */
  async fail(unit: WorkUnit, worker: string, error: string, maxAttempts: number): Promise<void> {
    await this.pool.query(
      `UPDATE ingest_queue SET state = CASE WHEN attempts >= $4 THEN 'failed' ELSE 'pending' END, error = $3, lease_until = NULL
       WHERE id = $1 AND worker = $2`,
      [unit.id, worker, error, maxAttempts],
    );
  }

  async counts(): Promise<QueueCounts> {
    const { rows } = await this.pool.query<{ state: keyof QueueCounts; n: string }>('SELECT state, COUNT(*) AS n FROM ingest_queue GROUP BY state');
    const counts: QueueCounts = { pending: 0, running: 0, done: 0, failed: 0 };
    for (const r of rows) counts[r.state] = Number(r.n);
    return counts;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
