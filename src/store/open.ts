/** Opens the store a `--db` value names: a file path (SQLite, the default) or a postgres:// URL. */
import { DyadError } from '../util/errors.ts';
import { SqliteStore } from './sqlite/store.ts';
import type { EventStore } from './types.ts';

export const DEFAULT_DB = 'dyad.db';

export function isPostgresUrl(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

export async function openStore(spec: string = DEFAULT_DB): Promise<EventStore> {
  if (isPostgresUrl(spec)) throw new DyadError('USAGE', 'the PostgreSQL store is not available in this version; use a file path');
  try {
    return new SqliteStore(spec);
  } catch (error) {
    throw new DyadError('NOT_FOUND', `cannot open store ${spec}: ${(error as Error).message}`);
  }
}
