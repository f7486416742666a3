/**
 * Parquet through DuckDB (in memory): the flat event table (columns.ts) appended row by row,
 * then written with COPY ... (FORMAT parquet), `day` as a DATE column. For pandas, R, Spark.
 */
import { DuckDBInstance, type DuckDBAppender } from '@duckdb/node-api';
import type { StoredEvent } from '../types.ts';
import { COLUMNS, type CellValue, type ColumnType } from './columns.ts';

function append(appender: DuckDBAppender, type: ColumnType, v: CellValue): void {
  if (v === null) return appender.appendNull();
  switch (type) {
    case 'BIGINT':
      return appender.appendBigInt(BigInt(v as number));
    case 'INTEGER':
      return appender.appendInteger(v as number);
    case 'DOUBLE':
      return appender.appendDouble(v as number);
    case 'BOOLEAN':
      return appender.appendBoolean(v as boolean);
    default:
      return appender.appendVarchar(String(v)); // DATE is staged as text, cast on COPY
  }
}

function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** Writes the events to a Parquet file; returns the number of rows. */
export async function writeParquet(events: AsyncIterable<StoredEvent>, file: string): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const staged = COLUMNS.map((c) => `"${c.name}" ${c.type === 'DATE' ? 'VARCHAR' : c.type}`).join(', ');
    await connection.run(`CREATE TABLE events (${staged})`);
    const appender = await connection.createAppender('events');
    let rows = 0;
    for await (const e of events) {
      for (const c of COLUMNS) append(appender, c.type, c.value(e));
      appender.endRow();
      rows++;
    }
    appender.flushSync();
    appender.closeSync();
    const select = COLUMNS.map((c) => (c.type === 'DATE' ? `CAST("${c.name}" AS DATE) AS "${c.name}"` : `"${c.name}"`)).join(', ');
    await connection.run(`COPY (SELECT ${select} FROM events) TO ${sqlString(file)} (FORMAT parquet)`);
    return rows;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
