/** The SQLite driver: the shared contract, plus what only a file-backed store has. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.ts';
import { openStore } from '../../src/store/open.ts';
import { storeContract } from './contract.ts';
import { article } from './records.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(dir, `store-${++n}.db`);

storeContract('sqlite', async () => new SqliteStore(fresh()));

test('sqlite: a new file is created with every migration, once', async () => {
  const file = fresh();
  const store = await openStore(file);
  await store.close();
  assert.ok(existsSync(file));
  const reopened = await openStore(file);
  await reopened.close();
  const db = new Database(file, { readonly: true });
  const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{ version: number }>;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>;
  db.close();
  assert.deepEqual(versions.map((v) => v.version), MIGRATIONS.map((m) => m.version));
  assert.deepEqual(tables.map((t) => t.name), ['actors', 'articles', 'events', 'mentions', 'schema_migrations', 'sentences']);
});

test('sqlite: what was stored is there after reopening', async () => {
  const file = fresh();
  const first = await openStore(file);
  await first.putArticle(article({ id: 'a1', events: [{ source: 'PAK', target: 'CHN', cameo: '036' }] }));
  const stats = await first.stats();
  await first.close();
  const second = await openStore(file);
  assert.deepEqual(await second.stats(), stats);
  assert.equal((await second.putArticle(article({ id: 'a1', events: [{ source: 'PAK', target: 'CHN', cameo: '036' }] }))).status, 'unchanged');
  await second.close();
});

test('sqlite: a file of a newer schema is refused, not damaged', async () => {
  const file = fresh();
  await (await openStore(file)).close();
  const db = new Database(file);
  db.prepare("INSERT INTO schema_migrations VALUES (999, 'from the future', '2030-01-01')").run();
  db.close();
  await assert.rejects(openStore(file), /schema version 999/);
});
