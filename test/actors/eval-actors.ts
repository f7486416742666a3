/**
 * Actor recall on the PLOVER gold sentences (../shared/eval/plover_gsr_cameo.json, read at run
 * time, never copied): for each gold source/target actor, is there a mention over its words,
 * and does its code match (exactly, or by the first three letters: the country or IGO)?
 *   node --import tsx test/actors/eval-actors.ts [--misses]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/util/paths.ts';
import { analyse } from '../../src/nlp/wink.ts';
import { collectiveMembers, findMentions, loadActorKnowledge } from '../../src/actors/index.ts';

interface Gold {
  text?: string;
  source?: Array<{ actorText: string; code: string }>;
  target?: Array<{ actorText: string; code: string }>;
}

const file = join(REPO_ROOT, '..', 'shared', 'eval', 'plover_gsr_cameo.json');
if (!existsSync(file)) {
  console.log(`no gold file at ${file}`);
  process.exit(0);
}
const showMisses = process.argv.includes('--misses');
const gold = JSON.parse(readFileSync(file, 'utf8')) as Gold[];
const kb = loadActorKnowledge();
let actors = 0;
let found = 0;
let exact = 0;
let prefix = 0;
for (const g of gold) {
  if (!g.text) continue;
  const doc = analyse({ id: 'g', text: g.text, published: null, origin: { file: 'gold' } });
  const ms = findMentions(doc, kb);
  for (const a of [...(g.source ?? []), ...(g.target ?? [])]) {
    if (!a.actorText || !a.code) continue;
    const at = g.text.indexOf(a.actorText);
    if (at < 0) continue;
    actors++;
    const over = ms.filter((m) => m.span.start < at + a.actorText.length && m.span.end > at);
    const codes = over.flatMap((m) => collectiveMembers(m).map((x) => x.code));
    if (over.length) found++;
    if (codes.includes(a.code)) exact++;
    if (codes.some((c) => c.slice(0, 3) === a.code.slice(0, 3))) prefix++;
    else if (showMisses) console.log(`MISS ${a.code} "${a.actorText}" got [${codes.join(',')}] in: ${g.text.slice(0, 140)}`);
  }
}
const pct = (n: number) => `${((100 * n) / actors).toFixed(1)}%`;
console.log(`${actors} gold actors: mention found ${pct(found)}, code exact ${pct(exact)}, country/IGO prefix ${pct(prefix)}`);
