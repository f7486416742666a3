/**
 * The WHERE clause of an event query over the `events` table aliased `e`, for both drivers:
 * the same conditions, each value bound (the placeholder is SQLite's `?` or PostgreSQL's `$n`).
 * Dates compare the event's first day (`day`); actor codes and CAMEO codes match by prefix as
 * ranges, so the `(source_code, target_code, day)` index serves the dyad.
 */
import { prefixRange } from './rows.ts';
import type { PairQuery } from './types.ts';

export interface SqlWhere {
  /** `WHERE ...`, or '' when nothing is filtered. */
  sql: string;
  params: Array<string | number>;
}

/** The placeholder of the n-th parameter (from 1). */
export type Placeholder = (n: number) => string;

export const sqlitePlaceholder: Placeholder = () => '?';
export const postgresPlaceholder: Placeholder = (n) => `$${n}`;

/** `extra` conditions (no parameters) are ANDed after the query's. */
export function eventWhere(query: PairQuery, placeholder: Placeholder, extra: string[] = []): SqlWhere {
  const conds: string[] = [];
  const params: Array<string | number> = [];
  const bind = (value: string | number) => (params.push(value), placeholder(params.length));
  const prefix = (column: string, value: string) => {
    const [lo, hi] = prefixRange(value);
    return `${column} >= ${bind(lo)} AND ${column} < ${bind(hi)}`;
  };
  if (query.from) conds.push(`e.day >= ${bind(query.from)}`);
  if (query.to) conds.push(`e.day <= ${bind(query.to)}`);
  if (query.source) conds.push(prefix('e.source_code', query.source));
  if (query.target) conds.push(prefix('e.target_code', query.target));
  if (query.actor) conds.push(`((${prefix('e.source_code', query.actor)}) OR (${prefix('e.target_code', query.actor)}))`);
  for (const code of query.cameo ?? []) conds.push(prefix('e.cameo', code));
  if (query.quad !== undefined) conds.push(`e.quad_class = ${bind(query.quad)}`);
  conds.push(...extra);
  return { sql: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}
