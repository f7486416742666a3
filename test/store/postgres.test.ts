/**
 * The PostgreSQL driver on the shared contract. Needs a server: DYAD_TEST_POSTGRES is its URL
 * (.ci/run starts Debian's postgresql on loopback and sets it). Each test gets its own
 * schema, dropped at the end. Without the variable the suite is skipped, and says so.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { PostgresStore } from '../../src/store/postgres/store.ts';
import { openStore } from '../../src/store/open.ts';
import { storeContract } from './contract.ts';
import { article } from './records.ts';

const url = process.env.DYAD_TEST_POSTGRES;

if (!url) {
  test('postgres: contract suite', { skip: 'DYAD_TEST_POSTGRES is not set (a postgres:// URL; .ci/run sets it)' }, () => {});
} else {
  const schemas: string[] = [];
  const run = `t${process.pid}_${Date.now().toString(36)}`;
  let n = 0;
  const fresh = () => {
    const schema = `dyad_${run}_${++n}`;
    schemas.push(schema);
    return schema;
  };
  after(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(s)} CASCADE`);
    await client.end();
  });

  storeContract('postgres', () => PostgresStore.open({ url, schema: fresh() }));

  test('postgres: migrations are applied once, a reopened store keeps its data', async () => {
    const schema = fresh();
    const first = await PostgresStore.open({ url, schema });
    await first.putArticle(article({ id: 'a1', events: [{ source: 'PAK', target: 'CHN', cameo: '036' }] }));
    const stats = await first.stats();
    await first.close();
    const second = await PostgresStore.open({ url, schema });
    assert.deepEqual(await second.stats(), stats);
    await second.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(`SELECT version FROM ${pg.escapeIdentifier(schema)}.schema_migrations`);
    await client.end();
    assert.deepEqual(rows.map((r) => r.version), [1]);
  });

  test('postgres: --db postgres:// opens it; a bad URL is an error without the password', async () => {
    const store = await openStore(url);
    await store.close();
    await assert.rejects(openStore('postgres://someone:secret@127.0.0.1:1/none'), (e: Error) => !e.message.includes('secret') && /cannot open store/.test(e.message));
  });
}
