import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { analyse } from '/work/main/src/nlp/wink.ts';
import { findMentions, loadActorKnowledge } from '/work/main/src/actors/index.ts';
const rows = parse(readFileSync('/work/shared/corpus/guardian_2019_sample.csv', 'utf8'), { columns: true }) as Array<{ text: string }>;
const kb = loadActorKnowledge();
const counts = new Map<string, number>();
for (const r of rows) {
  const d = analyse({ id: 'x', text: r.text, published: null, origin: { file: 'g' } });
  for (const m of findMentions(d, kb)) {
    const k = `${m.code}\t${m.kind}\t${m.text.slice(0, 60)}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
}
const mode = process.argv[2];
const list = [...counts].sort((a, b) => b[1] - a[1]);
for (const [k, v] of list) {
  const [code, kind] = k.split('\t');
  if (mode === 'person' && kind !== 'person') continue;
  if (mode === 'nocountry' && !(/^[A-Z]{3}$/.test(code) && ['GOV','MIL','COP','LEG','JUD','CVL','OPP','REB','INS','SPY','REF','MED','BUS','EDU'].includes(code)) && code !== 'UNK') continue;
  if (mode === 'top' && v < 8) continue;
  console.log(v, k);
}
