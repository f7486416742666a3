/**
 * The dashboard under test: the build `dyad serve` serves (dist/web/, built when missing or
 * stale), a real `dyad serve` on 127.0.0.1 over a temporary SQLite store filled by
 * `dyad ingest` of examples/ and test/web/fixtures/, and Debian's chromium driven by
 * playwright-core (never a downloaded browser). Screenshots go to test-artifacts/web/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ensureDashboard } from '../../src/server/dashboard.ts';
import { REPO_ROOT } from '../../src/util/paths.ts';

export const CHROMIUM = process.env.DYAD_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = join(REPO_ROOT, 'test-artifacts', 'web');
const DYAD = join(REPO_ROOT, 'bin', 'dyad.js');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Why the browser tests cannot run here, or false when they can. Without chromium they are
 * skipped, except in CI (CI set), where a missing browser is a failure.
 */
export function browserMissing(): string | false {
  if (existsSync(CHROMIUM)) return false;
  const reason = `no chromium at ${CHROMIUM} (apt-get install chromium, or set DYAD_CHROMIUM)`;
  if (process.env.CI) throw new Error(`${reason}; CI is set, so the browser tests must run`);
  return reason;
}

/** A fresh browser profile in a temporary directory. */
export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'dyad-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 } });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** `dyad serve` on port 0; resolves with its address once it listens. */
export function serve(db: string, cwd: string, args: string[] = []): Promise<{ address: string; child: ChildProcess; stderr: () => string }> {
  const child = spawn(process.execPath, [DYAD, 'serve', '--db', db, '--port', '0', ...args], { cwd, env: { ...process.env, DYAD_API_TOKEN: '' } });
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const m = /at (http:\/\/[^\s]+) /.exec(stderr);
      if (m) resolve({ address: m[1], child, stderr: () => stderr });
    });
    child.on('exit', () => reject(new Error(`dyad serve exited: ${stderr}`)));
  });
}

export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export interface Dashboard {
  address: string;
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Builds the dashboard if needed, fills a store from the example articles, serves it, opens a browser. */
export async function startDashboard(): Promise<Dashboard> {
  const built = await ensureDashboard(() => undefined);
  if (!built) throw new Error('the dashboard could not be built');
  const dir = mkdtempSync(join(tmpdir(), 'dyad-web-'));
  const db = join(dir, 'dashboard.db');
  const ingest = spawnSync(process.execPath, [DYAD, 'ingest', join(REPO_ROOT, 'examples'), join(REPO_ROOT, 'test', 'web', 'fixtures'), '--db', db, '--workers', '1'], { cwd: dir, encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(`dyad ingest failed: ${ingest.stderr}`);
  const server = await serve(db, dir);
  const stats = (await (await fetch(`${server.address}/stats`)).json()) as { events: number };
  if (!stats.events) {
    await stop(server.child);
    throw new Error(`dyad ingest stored no events: ${ingest.stderr}`);
  }
  const browser = await launch();
  return {
    address: server.address,
    context: browser.context,
    close: async () => {
      await browser.close();
      await stop(server.child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new page that fails the test on any error in the page's scripts. */
export async function open(dashboard: Dashboard, path: string, errors: string[]): Promise<Page> {
  const page = await dashboard.context.newPage();
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} ${m.location().url}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${dashboard.address}${path}`);
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
