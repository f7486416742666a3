/**
 * The store's write path alone: the articles of FILE are coded once (cached in a JSON file
 * beside /tmp), then written to a fresh store `--repeat` times under new ids (as the Guardian
 * x8 corpus repeats its articles), `--batch` articles per transaction. Prints the main-thread
 * CPU per article for each quarter of the writes: a write path that slows as the store grows
 * shows here.
 *
 *   node --import tsx bench/ingest-write.ts ../shared/corpus/guardian_2019_sample.csv --repeat 32 --batch 16 [--db postgres://...]
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Article } from '../src/document/types.ts';
import { CoderPool } from '../src/cli/ingest-pool.ts';
import { threadCpu } from '../src/cli/ingest-stats.ts';
import { readInputs } from '../src/ingest/index.ts';
import { isPostgresUrl, openStore } from '../src/store/open.ts';
import type { PreparedArticle } from '../src/store/prepare.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { repeat: { type: 'string', default: '8' }, batch: { type: 'string', default: '16' }, db: { type: 'string', default: '/tmp/dyad-bench-write.db' } },
});
const [file] = positionals;
const cache = `/tmp/dyad-bench-write-${file.replace(/\W+/g, '_')}.json`;

async function codeOnce(): Promise<PreparedArticle[]> {
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as PreparedArticle[];
  const pool = await CoderPool.start(2, {});
  const jobs: Array<Promise<PreparedArticle[]>> = [];
  let batch: Article[] = [];
  const lookup = async (ids: string[]) => ids.map(() => null);
  const flush = () => {
    if (batch.length) jobs.push(pool.submit({ articles: batch }, lookup).then((rs) => rs.flatMap((r) => (r.kind === 'coded' ? [r.prepared] : []))));
    batch = [];
  };
  for await (const item of readInputs([file])) {
    if (item.kind !== 'article') continue;
    batch.push(item.article);
    if (batch.length === 16) flush();
  }
  flush();
  const prepared = (await Promise.all(jobs)).flat();
  await pool.close();
  writeFileSync(cache, JSON.stringify(prepared));
  return prepared;
}

const prepared = await codeOnce();
const repeat = Number(values.repeat);
const size = Number(values.batch);
if (!isPostgresUrl(values.db)) for (const f of [values.db, `${values.db}-wal`, `${values.db}-shm`]) rmSync(f, { force: true });
const store = await openStore(values.db);
const all = Array.from({ length: repeat }, (_, k) =>
  prepared.map((a) => ({ ...a, id: `r${k}-${a.id}`, mentions: a.mentions.map((m) => ({ ...m, row: { ...m.row, articleId: `r${k}-${a.id}` } })) })),
).flat();
const quarter = Math.ceil(all.length / 4);
let mentions = 0;
const cpu0 = threadCpu().cpuMs;
const wall0 = performance.now();
for (let q = 0; q < 4; q++) {
  const part = all.slice(q * quarter, (q + 1) * quarter);
  const c0 = threadCpu().cpuMs;
  const w0 = performance.now();
  for (let i = 0; i < part.length; i += size) for (const r of await store.putArticles(part.slice(i, i + size))) mentions += r.mentions;
  console.log(`quarter ${q + 1}: ${part.length} articles, main thread CPU ${((threadCpu().cpuMs - c0) / part.length).toFixed(3)} ms/article, wall ${((performance.now() - w0) / part.length).toFixed(3)} ms/article`);
}
console.log(`${all.length} articles, ${mentions} mentions, batch ${size}: CPU ${((threadCpu().cpuMs - cpu0) / 1000).toFixed(2)} s, wall ${((performance.now() - wall0) / 1000).toFixed(2)} s`);
await store.close();
