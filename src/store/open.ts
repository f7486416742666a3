/** Opens the store a `--db` value names: a file path (SQLite, the default) or a postgres:// URL. */
import { DyadError } from '../util/errors.ts';
import { PostgresStore } from './postgres/store.ts';
import { SqliteStore } from './sqlite/store.ts';
import type { EventStore } from './types.ts';

export const DEFAULT_DB = 'dyad.db';

export function isPostgresUrl(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

/** The store as shown in messages: a URL's password is never printed. */
export function storeName(spec: string): string {
  return isPostgresUrl(spec) ? spec.replace(/(\/\/[^:/@]*):[^@/]*@/, '$1:***@') : spec;
}

export async function openStore(spec: string = DEFAULT_DB): Promise<EventStore> {
  if (isPostgresUrl(spec)) {
    try {
      return await PostgresStore.open({ url: spec });
    } catch (error) {
      throw new DyadError('NOT_FOUND', `cannot open store ${storeName(spec)}: ${(error as Error).message}`);
    }
  }
  try {
    return new SqliteStore(spec);
  } catch (error) {
    throw new DyadError('NOT_FOUND', `cannot open store ${spec}: ${(error as Error).message}`);
  }
}
