/**
 * Where `dyad ingest`'s time goes: one in-process ingest into a fresh SQLite file (or a
 * PostgreSQL URL), then the CPU time of every thread (Linux /proc): the main thread (read,
 * state look-ups, store writes), each coder thread (with its start-up apart), and V8's and
 * libuv's background threads (garbage collection, compilation, file reads); plus the main
 * thread's wall time by task and how long each coder waited for work.
 *
 *   node --import tsx bench/ingest.ts /tmp/guardian-x8.jsonl --workers 2 [--db /tmp/b2.db] [--batch 16]
 *
 * CPU seconds do not depend much on what else runs on the machine; wall seconds do.
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { CoderPool } from '../src/cli/ingest-pool.ts';
import { ingest, type IngestTiming } from '../src/cli/ingest-run.ts';
import { processThreadsCpu, threadCpu } from '../src/cli/ingest-stats.ts';
import { isPostgresUrl, openStore } from '../src/store/open.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { workers: { type: 'string', default: '2' }, db: { type: 'string' }, batch: { type: 'string' }, every: { type: 'string' } },
});
const workers = Number(values.workers);
const db = values.db ?? `/tmp/dyad-bench-ingest-${workers}.db`;
if (!isPostgresUrl(db)) for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });

const s = (ms: number) => (ms / 1000).toFixed(2);
const cpu0 = processThreadsCpu();
const wall0 = performance.now();
const store = await openStore(db);
const pool = await CoderPool.start(workers, {});
const coderTids = new Set((await pool.stats()).map((w) => w.tid));
const wallStarted = performance.now();
const cpuStarted = processThreadsCpu();
const elu0 = performance.eventLoopUtilization();
const timing: IngestTiming = { plan: 0, state: 0, submit: 0, write: 0 };
let diagnostics = 0;
// --every S: the CPU of the main thread and of all other threads (coders + background) every S seconds.
let last = cpuStarted;
const sampler = values.every
  ? setInterval(() => {
      const now = processThreadsCpu();
      const me = threadCpu().tid;
      const by = { main: 0, coders: 0, background: 0 };
      for (const [tid, ms] of now) by[tid === me ? 'main' : coderTids.has(tid) ? 'coders' : 'background'] += ms - (last.get(tid) ?? 0);
      console.log(`  [${s(performance.now() - wallStarted)} s] CPU s: main ${s(by.main)}, coders ${s(by.coders)}, background ${s(by.background)}`);
      last = now;
    }, Number(values.every) * 1000)
  : undefined;
const result = await ingest({
  paths: positionals,
  store,
  workers,
  pool,
  timing,
  batch: values.batch ? Number(values.batch) : undefined,
  onDiagnostic: () => diagnostics++,
});
const wallEnd = performance.now();
clearInterval(sampler);
const elu = performance.eventLoopUtilization(elu0);
const stats = await pool.stats();
const cpu1 = processThreadsCpu();
await pool.close();
await store.close();

const main = threadCpu().tid;
const coders = new Set(stats.map((w) => w.tid));
const delta = (a: Map<number, number>, b: Map<number, number>, keep: (tid: number) => boolean) => {
  let sum = 0;
  for (const [tid, ms] of b) if (keep(tid)) sum += ms - (a.get(tid) ?? 0);
  return sum;
};
const background = (a: Map<number, number>, b: Map<number, number>) => delta(a, b, (t) => t !== main && !coders.has(t));
const coded = result.inserted + result.replaced + result.unchanged;
const codingMs = wallEnd - wallStarted;
const total = delta(cpuStarted, cpu1, () => true);

console.log(`ingest ${positionals.join(' ')} -> ${db}: ${workers} worker${workers === 1 ? '' : 's'}, ${coded} articles, ${result.events} event records, ${diagnostics} diagnostics`);
console.log(`wall: start-up ${s(wallStarted - wall0)} s, coding ${s(codingMs)} s, ${(coded / (codingMs / 1000)).toFixed(1)} articles/s`);
console.log(`CPU while coding (s): total ${s(total)} (${(total / codingMs).toFixed(2)} cores busy), per article ${(total / coded).toFixed(2)} ms`);
console.log(`  main thread ${s(delta(cpuStarted, cpu1, (t) => t === main))}  (event loop busy ${(100 * elu.utilization).toFixed(0)}% of the time)`);
console.log(`    by task, wall s: planning units ${s(timing.plan)}, state look-ups ${s(timing.state)}, sending units ${s(timing.submit)}, store writes ${s(timing.write)}`);
for (const w of stats) {
  const during = delta(cpuStarted, cpu1, (t) => t === w.tid);
  console.log(`  coder thread ${w.tid}: ${s(during)}  (coding ${s(w.busyMs)} s of ${s(w.aliveMs - w.startupMs)} s after start-up; nothing to code ${s(w.starvedMs)} s, mostly before the first unit and after the last)`);
}
console.log(`  background threads (V8 GC + compiler, libuv) ${s(background(cpuStarted, cpu1))}`);
// On idle cores a run takes at least its busiest thread's CPU time, and at least its CPU time over the cores.
const busiest = Math.max(...stats.map((w) => delta(cpuStarted, cpu1, (t) => t === w.tid)), delta(cpuStarted, cpu1, (t) => t === main));
const cores = availableParallelism();
const bound = Math.max(busiest, total / cores);
console.log(`CPU-bound estimate on ${cores} idle cores: ${s(bound)} s, ${(coded / (bound / 1000)).toFixed(1)} articles/s (the busiest thread ${s(busiest)} s, all threads over ${cores} cores ${s(total / cores)} s)`);
console.log(`start-up CPU (s): coder threads ${stats.map((w) => s(w.startupCpuMs)).join(' + ')}, background ${s(background(cpu0, cpuStarted))}, main ${s(delta(cpu0, cpuStarted, (t) => t === main))}`);
