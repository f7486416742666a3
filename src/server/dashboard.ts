/**
 * The dashboard's build (web/, Vite) as `dyad serve` finds it: dist/web/, built on first use
 * and again when web/ changed since (a checkout that pulled new dashboard code). The build is
 * never committed. A build that cannot run leaves the API served alone, with the reason.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../util/paths.ts';

export const WEB_DIR = join(REPO_ROOT, 'web');
export const DASHBOARD_DIR = join(REPO_ROOT, 'dist', 'web');
/** Server code the dashboard bundles too (it has no imports of its own). */
const SHARED_SOURCES = [join(REPO_ROOT, 'src', 'output', 'marks.ts')];

export type DashboardState = 'ready' | 'missing' | 'stale';

/** The newest modification time of the files under `dir`, 0 when there is none. */
function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) t = Math.max(t, newest(path));
    else if (entry.isFile()) t = Math.max(t, statSync(path).mtimeMs);
  }
  return t;
}

/** Whether `out` holds a build at least as new as the sources in `web` (and the server code it bundles). */
export function dashboardState(out = DASHBOARD_DIR, web = WEB_DIR): DashboardState {
  const index = join(out, 'index.html');
  if (!existsSync(index)) return 'missing';
  if (!existsSync(web)) return 'ready';
  const sources = Math.max(newest(web), ...SHARED_SOURCES.filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs));
  return sources > statSync(index).mtimeMs ? 'stale' : 'ready';
}

/**
 * Builds the dashboard into `out` (web/build.ts in a child process, so Vite's memory goes with
 * it). The build is written beside `out` and swapped in whole: a server reading the old build
 * never sees half of the new one, and two builds at once leave one complete build.
 */
export async function buildDashboard(out = DASHBOARD_DIR, web = WEB_DIR): Promise<void> {
  const tmp = `${out}.tmp-${process.pid}-${Date.now()}`;
  const script = join(web, 'build.ts');
  if (!existsSync(script)) throw new Error(`no dashboard sources at ${web}`);
  let stderr = '';
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, '--out', tmp, '--quiet'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0 || !existsSync(join(tmp, 'index.html'))) {
    rmSync(tmp, { recursive: true, force: true });
    const reason = stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${code}`;
    throw new Error(`the dashboard build failed: ${reason}`);
  }
  const old = `${out}.old-${process.pid}-${Date.now()}`;
  try {
    if (existsSync(out)) renameSync(out, old);
    renameSync(tmp, out);
  } catch (error) {
    // another build swapped its own in meanwhile: that one is as good
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(join(out, 'index.html'))) throw error;
  } finally {
    rmSync(old, { recursive: true, force: true });
  }
}

/**
 * The directory to serve at /app/: dist/web/, built first when missing or older than web/.
 * Null (with the reason given to `log`) when there is none to serve.
 */
export async function ensureDashboard(log: (line: string) => void, out = DASHBOARD_DIR, web = WEB_DIR): Promise<string | null> {
  const state = dashboardState(out, web);
  if (state === 'ready') return out;
  const started = Date.now();
  log(`building the dashboard into ${out} (${state === 'missing' ? 'first run' : 'web/ changed'}; npm run build:web does the same)`);
  try {
    await buildDashboard(out, web);
    log(`dashboard built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return out;
  } catch (error) {
    const reason = (error as Error).message;
    if (state === 'stale') {
      log(`${reason}; serving the previous build`);
      return out;
    }
    log(`${reason}; serving the API without the dashboard (build it with npm run build:web)`);
    return null;
  }
}
