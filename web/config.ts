/**
 * The dashboard's Vite configuration, as a value (no config file is loaded, so no temporary
 * bundle of it is written next to the sources). Used by web/build.ts and web/dev.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InlineConfig, Plugin } from 'vite';

export const WEB_ROOT = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT_DIR = join(WEB_ROOT, '..', 'dist', 'web');
/** The API routes the dev server forwards to `dyad serve`. */
const API_PATHS = ['/events', '/series', '/network', '/articles', '/actors', '/code', '/stats', '/openapi.json'];

interface Country {
  cca3: string;
  ccn3: string;
  name: { common: string };
}

/**
 * `virtual:countries`: ISO numeric -> alpha-3 (world-atlas shapes carry numeric ids) and
 * alpha-3 -> common name, taken from world-countries at build time so the bundle holds only
 * the two small tables, not the whole package.
 */
function countriesModule(): Plugin {
  const id = 'virtual:countries';
  return {
    name: 'dyad-countries',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const require = createRequire(import.meta.url);
      const list = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as Country[];
      const numeric: Record<string, string> = {};
      const names: Record<string, string> = {};
      for (const c of list) {
        if (c.ccn3) numeric[c.ccn3] = c.cca3;
        names[c.cca3] = c.name.common;
      }
      return `export const NUMERIC_TO_ISO3 = ${JSON.stringify(numeric)};\nexport const COUNTRY_NAMES = ${JSON.stringify(names)};\n`;
    },
  };
}

export function dashboardConfig(options: { outDir?: string; api?: string; quiet?: boolean } = {}): InlineConfig {
  const api = options.api ?? process.env.DYAD_API ?? 'http://127.0.0.1:8080';
  return {
    configFile: false,
    root: WEB_ROOT,
    base: '/app/',
    logLevel: options.quiet ? 'warn' : 'info',
    plugins: [countriesModule()],
    build: {
      outDir: options.outDir ?? DEFAULT_OUT_DIR,
      emptyOutDir: true,
      target: 'es2022',
      // ECharts is one large chunk shared by the views; it is split from the views' own code
      chunkSizeWarningLimit: 1200,
      reportCompressedSize: false,
    },
    server: {
      host: '127.0.0.1',
      proxy: Object.fromEntries(API_PATHS.map((p) => [p, { target: api, changeOrigin: false }])),
    },
  };
}
