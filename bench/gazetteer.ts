/**
 * `node --import tsx bench/gazetteer.ts [--runs N]`: how long the gazetteer takes to load and
 * how much memory it holds, each run in a fresh process (as a coder starting up would).
 *
 *   cache     load from the compiled file in node_modules/.cache/dyad/ (every start but the first)
 *   compile   first use: read the three data packages, compile, write the file (one run, to a temp file)
 *
 * Memory: RSS and V8 heap growth across the load, and the process's peak RSS (node + tsx included).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { table } from '../eval/report.ts';

interface Sample {
  from: string;
  ms: number;
  rssMb: number;
  heapMb: number;
  peakMb: number;
  entries: number;
}

async function child(cacheFile: string | undefined): Promise<void> {
  const { loadGazetteer } = await import('../src/places/load.ts');
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  const t = performance.now();
  const { gazetteer, from } = loadGazetteer(cacheFile ? { cacheFile } : {});
  const ms = performance.now() - t;
  const mem = process.memoryUsage();
  const sample: Sample = {
    from,
    ms,
    rssMb: (mem.rss - rss0) / 1e6,
    heapMb: (mem.heapUsed - heap0) / 1e6,
    peakMb: process.resourceUsage().maxRSS / 1e3,
    entries: gazetteer.size,
  };
  process.stdout.write(JSON.stringify(sample));
}

function run(cacheFile?: string): Sample {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', ...(cacheFile ? ['--cache', cacheFile] : [])];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as Sample;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { values } = parseArgs({ options: { runs: { type: 'string' }, child: { type: 'boolean' }, cache: { type: 'string' } } });
if (values.child) {
  await child(values.cache);
} else {
  const runs = Number(values.runs ?? 5);
  run(); // make sure the default cache exists
  const cached = Array.from({ length: runs }, () => run());
  const dir = mkdtempSync(join(tmpdir(), 'dyad-gaz-'));
  const compiled = run(join(dir, 'gazetteer.tsv'));
  rmSync(dir, { recursive: true, force: true });
  const f = (x: number) => x.toFixed(0);
  const row = (label: string, s: Sample[]) => [
    label, s.length, `${f(median(s.map((x) => x.ms)))} ms`, `${f(Math.min(...s.map((x) => x.ms)))} ms`,
    `${f(median(s.map((x) => x.rssMb)))} MB`, `${f(median(s.map((x) => x.heapMb)))} MB`, `${f(median(s.map((x) => x.peakMb)))} MB`, s[0].entries,
  ];
  console.log(`gazetteer load, fresh process per run (node ${process.version})\n`);
  console.log(table(['load', 'runs', 'median', 'min', 'rss growth', 'heap growth', 'peak rss', 'lines'], [row('cache', cached), row('compile', [compiled])]));
}
