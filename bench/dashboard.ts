/**
 * Dashboard first render time (docs/DASHBOARD.md): from navigation start to the relations
 * chart drawn with data (the page's `dyad:relations-rendered` mark), in Debian's chromium
 * through playwright-core, against a real `dyad serve` on loopback. Each cold run opens a new
 * browser context (empty cache); warm runs reload in one context. Prints the median.
 *
 *   npm run bench:dashboard -- [--runs 15] [--db FILE] [--path '/app/#/relations?a=PAK&b=CHN']
 *
 * Without --db, a temporary store is filled by `dyad ingest examples/ test/web/fixtures/`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ensureDashboard } from '../src/server/dashboard.ts';
import { REPO_ROOT } from '../src/util/paths.ts';
import { CHROMIUM, CHROMIUM_ARGS, serve, stop } from '../test/web/helpers.ts';

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const runs = Number(arg('--runs', '15'));
const path = arg('--path', '/app/')!;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, n=${xs.length})`;

/** Where the time went in one load: when the script, the country list and the series had arrived. */
const steps: Record<string, number[]> = { 'entry script': [], 'ECharts chunk': [], '/network': [], '/series': [] };

/** Milliseconds from navigation start to the chart drawn with data. */
async function firstRender(page: Page, record = false): Promise<number> {
  await page.waitForSelector('#relations-chart[data-state="rendered"]', { timeout: 60_000 });
  const t = await page.evaluate(() => ({
    rendered: performance.getEntriesByName('dyad:relations-rendered')[0]?.startTime ?? NaN,
    resources: performance.getEntriesByType('resource').map((r) => [r.name, (r as PerformanceResourceTiming).responseEnd] as [string, number]),
  }));
  if (record) {
    const at = (test: (name: string) => boolean) => t.resources.find(([name]) => test(name))?.[1];
    const seen = {
      'entry script': at((n) => /\/assets\/index-[^/]+\.js$/.test(n)),
      'ECharts chunk': at((n) => /\/assets\/charts-[^/]+\.js$/.test(n)),
      '/network': at((n) => n.includes('/network?')),
      '/series': at((n) => n.includes('/series?')),
    };
    for (const [k, v] of Object.entries(seen)) if (v !== undefined) steps[k].push(v);
  }
  return t.rendered;
}

if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}`);
const built = await ensureDashboard((line) => process.stderr.write(`${line}\n`));
if (!built) throw new Error('the dashboard could not be built');
const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-dashboard-'));
let db = arg('--db');
if (!db) {
  db = join(dir, 'bench.db');
  const ingest = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'dyad.js'), 'ingest', join(REPO_ROOT, 'examples'), join(REPO_ROOT, 'test', 'web', 'fixtures'), '--db', db, '--workers', '1'], { encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(ingest.stderr);
}
const server = await serve(db, dir, ['--rate-limit', '1000000']);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
try {
  const url = `${server.address}${path}`;
  const stats = (await (await fetch(`${server.address}/stats`)).json()) as { events: number };
  const cold: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    const t = await firstRender(page, i > 0);
    if (i > 0) cold.push(t); // the first run warms the server and the disk cache, not counted
    await context.close();
  }
  const warm: number[] = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await firstRender(page);
  for (let i = 0; i < runs; i++) {
    await page.reload();
    warm.push(await firstRender(page));
  }
  await context.close();
  const js = readFileSync(join(built, 'index.html'), 'utf8').match(/assets\/[^"]+\.js/g) ?? [];
  console.log(`dashboard first render (navigation start -> relations chart drawn with data), ${url}`);
  console.log(`store: ${stats.events} events (${arg('--db') ?? 'examples/ + test/web/fixtures/'}); chromium ${browser.version()}; entry ${js.join(', ')}`);
  console.log(`cold (new context, empty cache): ${fmt(cold)}`);
  console.log(`warm (reload, cached assets):    ${fmt(warm)}`);
  console.log(`cold, arrived by (median): ${Object.entries(steps).filter(([, v]) => v.length).map(([k, v]) => `${k} ${median(v).toFixed(0)} ms`).join(', ')}`);
  console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()} cores`);
} finally {
  await browser.close();
  await stop(server.child);
  rmSync(dir, { recursive: true, force: true });
}
