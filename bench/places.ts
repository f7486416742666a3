/**
 * `node --import tsx bench/places.ts [PATH] [--show]`: how long locating events takes, and (with
 * --show) every located event with its sentence, to judge by eye. PATH defaults to the Guardian
 * sample in ../shared. Only locateEvents is timed; coding the articles is timed apart.
 */
import { parseArgs } from 'node:util';
import { readInputs } from '../src/ingest/index.ts';
import { codeArticle, createCoder } from '../src/pipeline/coder.ts';
import { loadGazetteer, locateEvents, placeWords } from '../src/places/index.ts';
import { sharedPath } from '../eval/common.ts';

const { values, positionals } = parseArgs({ options: { show: { type: 'boolean' } }, allowPositionals: true });
const path = positionals[0] ?? sharedPath('corpus', 'guardian_2019_sample.csv');
const coder = createCoder();
const { gazetteer } = loadGazetteer();
const words = placeWords(coder.actors.words);
let articles = 0;
let events = 0;
let located = 0;
let codeMs = 0;
let placeMs = 0;
for await (const item of readInputs([path])) {
  if (item.kind !== 'article') continue;
  articles++;
  const a = item.article;
  let t = performance.now();
  const r = codeArticle(coder, a);
  codeMs += performance.now() - t;
  t = performance.now();
  const locations = locateEvents(r.doc, r.mentions, r.events, gazetteer, words);
  placeMs += performance.now() - t;
  r.events.forEach((e, i) => {
    events++;
    const l = locations[i];
    if (!l) return;
    located++;
    if (!values.show) return;
    const s = r.doc.sentences[e.sentenceIndex];
    const sentence = a.text.slice(s.start, s.end).replace(/\s+/g, ' ');
    console.log(`${l.name}|${l.country}|${l.feature} [${l.rule}] "${l.text}" :: ${e.cameo} [${e.verb.text}] :: ${sentence}`);
  });
}
const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log(`${path}: ${articles} articles, ${events} events, ${located} located`);
console.log(`coding ${ms(codeMs)}, locating ${ms(placeMs)} (${(placeMs / Math.max(1, articles)).toFixed(2)} ms an article)`);
