/**
 * `npm run eval [-- options]`: accuracy of dyad against the PLOVER gold records, the synthetic
 * PLOVER stories and the project's own test sentences. Prints a report; writes nothing.
 *
 *   --only seeds,gsr,actors,synthetic,own,places,guardian   parts to run (default: all)
 *   --limit N                  synthetic: the first N stories of each label (default: all)
 *   --show-misses N            print N gold sentences dyad got wrong, with its output
 *                              (and N own sentences not fully right; guardian: N non-right
 *                              judged events per batch, development and held-out)
 *   --lexicon DIR              code with another lexicon directory (default: lexicon/)
 *
 * ../shared is read at run time (DYAD_SHARED overrides its location).
 */
import { parseArgs } from 'node:util';
import { createCoder } from '../src/pipeline/coder.ts';
import { evaluateActors, formatActors } from './actors.ts';
import { evaluateGsr, formatGsr } from './gsr.ts';
import { evaluateGuardian, formatGuardian } from './guardian.ts';
import { evaluateOwnSet, formatOwnSet } from './own-set.ts';
import { evaluatePlaces, formatPlaces } from './places.ts';
import { duration } from './report.ts';
import { evaluateSynthetic, formatSynthetic } from './synthetic.ts';
import { evaluateSeeds, formatSeeds } from './seeds.ts';

const PARTS = ['seeds', 'gsr', 'actors', 'synthetic', 'own', 'places', 'guardian'] as const;
type Part = (typeof PARTS)[number];

function usage(message: string): never {
  process.stderr.write(`eval: ${message}\nusage: npm run eval -- [--only seeds,gsr,actors,synthetic,own,places,guardian] [--limit N] [--show-misses N] [--lexicon DIR]\n`);
  process.exit(2);
}

function count(name: string, value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) usage(`--${name} wants a whole number, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        only: { type: 'string' },
        limit: { type: 'string' },
        'show-misses': { type: 'string' },
        lexicon: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    usage((err as Error).message);
  }
  if (values.help) usage('measures accuracy; see eval/eval.ts');
  const only = (values.only?.split(',').map((s) => s.trim()) ?? [...PARTS]) as Part[];
  for (const p of only) if (!PARTS.includes(p)) usage(`unknown part "${p}" (${PARTS.join(', ')})`);
  const limit = count('limit', values.limit);
  const showMisses = count('show-misses', values['show-misses']) ?? 0;

  const started = performance.now();
  const coder = createCoder({ lexiconDir: values.lexicon });
  console.log(`dyad eval — ${coder.coder} — coder built in ${duration(performance.now() - started)}`);
  if (only.includes('seeds')) console.log(formatSeeds(await evaluateSeeds(coder)));
  if (only.includes('gsr')) console.log(formatGsr(evaluateGsr(coder), { showMisses }));
  if (only.includes('actors')) console.log(formatActors(evaluateActors(coder), { showMisses }));
  if (only.includes('synthetic')) console.log(formatSynthetic(evaluateSynthetic(coder, { limit })));
  if (only.includes('own')) console.log(formatOwnSet(evaluateOwnSet(coder), { showMisses }));
  if (only.includes('places')) console.log(formatPlaces(evaluatePlaces(coder), { showMisses }));
  if (only.includes('guardian')) console.log(formatGuardian(await evaluateGuardian(coder), { showMisses }));
  console.log(`\ntotal ${duration(performance.now() - started)}`);
}

await main();
