/**
 * `npm run bench [-- PATH...]`: coding throughput on one thread.
 *
 * Each input (default: the Guardian sample and the synthetic stories in ../shared) is read
 * into memory with the project's readers, warmed up on its first 20 articles, then coded
 * whole while timed. Only codeArticle is timed: reading, record serialisation and output
 * are not. Peak RSS is the process's high-water mark so far (process.resourceUsage).
 *
 *   --runs N      timed passes per input; the median pass is reported (default 1)
 *   --no-stages   skip the per-stage pass (analyse / findMentions / the rest)
 *   --lexicon DIR code with another lexicon directory (default: lexicon/)
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article, Document } from '../src/document/types.ts';
import { readInputs } from '../src/ingest/index.ts';
import { analyse, wink } from '../src/nlp/wink.ts';
import { findMentions } from '../src/actors/index.ts';
import { codeArticle, createCoder, type Coder } from '../src/pipeline/coder.ts';
import { sharedPath } from '../eval/common.ts';
import { table, type Cell } from '../eval/report.ts';

const WARM_UP = 20;

interface Pass {
  ms: number;
  sentences: number;
  tokens: number;
  events: number;
}

async function readAll(path: string): Promise<Article[]> {
  const articles: Article[] = [];
  let errors = 0;
  for await (const item of readInputs([path])) {
    if (item.kind === 'article') articles.push(item.article);
    else {
      const d = item.diagnostic;
      if (d.severity === 'error') errors++;
      if (errors <= 5) process.stderr.write(`bench: ${d.severity}: ${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}\n`);
    }
  }
  if (errors > 5) process.stderr.write(`bench: ... ${errors} input errors in ${path}\n`);
  return articles;
}

function pass(coder: Coder, articles: Article[]): Pass {
  const p: Pass = { ms: 0, sentences: 0, tokens: 0, events: 0 };
  const start = performance.now();
  for (const article of articles) {
    const c = codeArticle(coder, article);
    p.sentences += c.doc.sentences.length;
    p.tokens += c.doc.tokens.length;
    p.events += c.events.length;
  }
  p.ms = performance.now() - start;
  return p;
}

/** wink-nlp alone (sentences + POS, tokens read out once): the floor under analyse. */
function winkBaseline(articles: Article[]): number {
  const nlp = wink();
  const t = performance.now();
  for (const a of articles) nlp.readDoc(a.text).tokens().out(nlp.its.pos);
  return performance.now() - t;
}

/** analyse and findMentions timed through their public functions; the rest is codeArticle minus both. */
function stages(coder: Coder, articles: Article[], totalMs: number): string {
  const winkMs = winkBaseline(articles);
  let t = performance.now();
  const docs: Document[] = articles.map((a) => analyse(a, coder.lemmas));
  const analyseMs = performance.now() - t;
  t = performance.now();
  for (const doc of docs) findMentions(doc, coder.actors);
  const mentionsMs = performance.now() - t;
  const rest = Math.max(0, totalMs - analyseMs - mentionsMs);
  const share = (ms: number) => `${Math.round(ms)} ms (${((100 * ms) / totalMs).toFixed(0)}%)`;
  return (
    `  stages: analyse ${share(analyseMs)}, findMentions ${share(mentionsMs)}, events + dates (the rest) ${share(rest)}\n` +
    `  wink-nlp readDoc + POS alone (the floor under analyse): ${Math.round(winkMs)} ms = ${rate(articles.length, winkMs)} articles/s`
  );
}

const median = (xs: Pass[]) => [...xs].sort((a, b) => a.ms - b.ms)[Math.floor((xs.length - 1) / 2)];
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
const mb = () => `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { runs: { type: 'string', default: '1' }, 'no-stages': { type: 'boolean', default: false }, lexicon: { type: 'string' } },
    allowPositionals: true,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number >= 1, got "${values.runs}"`);
  const paths = positionals.length
    ? positionals
    : [sharedPath('corpus', 'guardian_2019_sample.csv'), sharedPath('eval', 'synthetic_plover_stories.csv')];

  const t0 = performance.now();
  const coder = createCoder({ lexiconDir: values.lexicon });
  const coderMs = performance.now() - t0;
  console.log(`dyad bench — ${coder.coder} — node ${process.version}, one thread, ${runs} timed pass${runs > 1 ? 'es (median)' : ''}`);
  console.log(`createCoder (lexicons compiled): ${Math.round(coderMs)} ms; RSS high-water after it: ${mb()}`);

  const rows: Cell[][] = [];
  const notes: string[] = [];
  for (const path of paths) {
    const articles = await readAll(path);
    if (articles.length === 0) {
      notes.push(`${path}: no articles read`);
      continue;
    }
    pass(coder, articles.slice(0, WARM_UP));
    const p = median(Array.from({ length: runs }, () => pass(coder, articles)));
    const chars = articles.reduce((a, x) => a + x.text.length, 0);
    rows.push([
      basename(path), articles.length, Math.round(chars / articles.length), p.sentences, p.tokens, p.events,
      (p.ms / 1000).toFixed(2), rate(articles.length, p.ms), rate(p.sentences, p.ms), rate(p.tokens, p.ms), mb(),
    ]);
    if (!values['no-stages']) notes.push(`${basename(path)}\n${stages(coder, articles, p.ms)}`);
  }
  console.log('');
  console.log(table(
    ['input', 'articles', 'chars/art', 'sentences', 'tokens', 'events', 'seconds', 'articles/s', 'sentences/s', 'tokens/s', 'peak RSS'],
    rows,
  ));
  if (notes.length) console.log(`\n${notes.join('\n')}`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
