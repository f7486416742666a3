/**
 * The machine's own 1 -> 2 thread scaling, a ceiling for `dyad ingest --workers 2`: the same
 * fixed work in 1 and then 2 worker threads at once (each thread does the whole work), with
 * a pure arithmetic loop and with an allocating loop (short-lived objects and strings, as the
 * coder makes, so V8's garbage collector works beside it). Throughput ratio = 2 * t1 / t2.
 *
 *   node --import tsx bench/ingest-ceiling.ts [--scale 1]
 */
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
const scale = Number(values.scale);

const BODY = `
const { parentPort, workerData } = require('node:worker_threads');
const t0 = performance.now();
let x = 0;
if (workerData.kind === 'arithmetic') {
  for (let i = 0; i < 4e8 * workerData.scale; i++) x = (x + i * 7) % 1000003;
} else {
  for (let i = 0; i < 4e6 * workerData.scale; i++) {
    const tokens = ['Pakistan', 'and', 'China', 'signed', String(i)].map((t, k) => ({ text: t, k, lower: t.toLowerCase() }));
    x = (x + tokens.filter((t) => t.lower.length > 3).length) % 1000003;
  }
}
parentPort.postMessage({ ms: performance.now() - t0, x });
`;

function run(kind: string, threads: number): Promise<number> {
  return Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<number>((resolve, reject) => {
          const w = new Worker(BODY, { eval: true, workerData: { kind, scale } });
          w.once('message', (m: { ms: number }) => resolve(m.ms));
          w.once('error', reject);
        }),
    ),
  ).then((ms) => Math.max(...ms));
}

/** Wall ms of the slowest thread, and the process's CPU ms (all threads: V8's GC helpers too). */
async function measure(kind: string, threads: number): Promise<{ wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const wall = await run(kind, threads);
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

// Wall time needs idle cores; CPU time per unit of work holds on a busy machine too.
for (const kind of ['arithmetic', 'allocating']) {
  const one = await measure(kind, 1);
  const two = await measure(kind, 2);
  const f = (ms: number) => (ms / 1000).toFixed(2);
  console.log(
    `${kind}: 1 thread ${f(one.wall)} s (CPU ${f(one.cpu)} s), 2 threads ${f(two.wall)} s (CPU ${f(two.cpu)} s), each the same work: ` +
      `throughput x${((2 * one.wall) / two.wall).toFixed(2)}; CPU per unit of work x${(two.cpu / (2 * one.cpu)).toFixed(2)}`,
  );
}
