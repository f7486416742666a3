/**
 * Builds the dashboard: `npm run build:web` (into dist/web/) or
 * `node --import tsx web/build.ts --out DIR [--quiet]`. `dyad serve` runs it on first use.
 */
import { build } from 'vite';
import { dashboardConfig } from './config.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

await build(dashboardConfig({ outDir: arg('--out'), quiet: process.argv.includes('--quiet') }));
