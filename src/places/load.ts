/**
 * Load the gazetteer once: from the compiled cache file when it matches the installed data
 * packages, else compile from them (~1 s) and write the cache for next time. The cache lives in
 * node_modules/.cache/dyad/ (created on first use after `npm ci`; never committed). If it cannot
 * be written the index is still returned, compiled in memory.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../util/paths.ts';
import { compileGazetteer, sourcesStamp } from './compile.ts';
import { FORMAT, parseAliases, parseGazetteer, serialise } from './gazetteer.ts';
import type { Gazetteer } from './types.ts';

const ALIASES = join(dirname(fileURLToPath(import.meta.url)), 'aliases.tsv');
export const DEFAULT_CACHE = join(REPO_ROOT, 'node_modules', '.cache', 'dyad', 'gazetteer.tsv');

export interface GazetteerLoad {
  gazetteer: Gazetteer;
  /** 'cache' when read from the compiled file, 'compiled' when built from the packages. */
  from: 'cache' | 'compiled';
}

export function loadGazetteer(options: { cacheFile?: string; aliasesFile?: string } = {}): GazetteerLoad {
  const cacheFile = options.cacheFile ?? DEFAULT_CACHE;
  const aliases = parseAliases(readFileSync(options.aliasesFile ?? ALIASES, 'utf8'));
  const stamp = sourcesStamp();
  let text: string | null = null;
  try {
    text = readFileSync(cacheFile, 'utf8');
  } catch {
    text = null;
  }
  if (text !== null && text.startsWith(`#${FORMAT}\t${stamp}\t`)) {
    const cached = parseGazetteer(text, aliases);
    if (cached) return { gazetteer: cached, from: 'cache' };
  }
  const compiled = compileGazetteer();
  const fresh = serialise(stamp, compiled);
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, fresh);
    renameSync(tmp, cacheFile);
  } catch {
    // read-only install: keep the index in memory only
  }
  return { gazetteer: parseGazetteer(fresh, aliases)!, from: 'compiled' };
}
