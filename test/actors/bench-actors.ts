/**
 * Speed of findMentions alone (documents are analysed beforehand, outside the timing).
 * Reads the shared Guardian sample at run time (never copied into the repo); falls back to
 * invented sentences when it is absent.
 *   node --import tsx test/actors/bench-actors.ts [rounds]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Document } from '../../src/document/types.ts';
import { REPO_ROOT } from '../../src/util/paths.ts';
import { analyse } from '../../src/nlp/wink.ts';
import { findMentions, loadActorKnowledge } from '../../src/actors/index.ts';

const rounds = Number(process.argv[2] ?? 20);
const corpus = join(REPO_ROOT, '..', 'shared', 'corpus', 'guardian_2019_sample.csv');
let texts: string[];
if (existsSync(corpus)) {
  const rows = parse(readFileSync(corpus, 'utf8'), { columns: true }) as Array<{ text: string }>;
  texts = rows.map((r) => r.text);
} else {
  const invented =
    'Chinese President Xi Jinping met Nepal’s Prime Minister in Beijing on Monday. The two countries agreed to expand trade. ' +
    'Officials said the Nepali Cabinet would approve the plan, while Indian troops stayed at the border. ';
  texts = Array.from({ length: 150 }, () => invented.repeat(10));
}

let t = performance.now();
const kb = loadActorKnowledge();
const loadMs = performance.now() - t;
const docs: Document[] = texts.map((text, k) => analyse({ id: String(k), text, published: null, origin: { file: 'bench' } }));
const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);

let mentions = 0;
for (const d of docs) mentions += findMentions(d, kb).length; // warm-up
t = performance.now();
for (let r = 0; r < rounds; r++) for (const d of docs) findMentions(d, kb);
const ms = (performance.now() - t) / rounds;

console.log(`knowledge load: ${loadMs.toFixed(1)} ms`);
console.log(`${docs.length} articles, ${sentences} sentences, ${tokens} tokens, ${mentions} mentions`);
console.log(`findMentions: ${ms.toFixed(2)} ms per pass = ${((ms * 1000) / sentences).toFixed(2)} µs/sentence, ${((ms * 1000) / tokens).toFixed(3)} µs/token, ${((docs.length * 1000) / ms).toFixed(0)} articles/s`);
