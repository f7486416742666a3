/**
 * Actor accuracy on the PLOVER gold records: every source and target actor the gold file marks
 * (its words and CAMEO code) is looked up among the mentions dyad finds over those words, and
 * scored by country (or non-state type: IGO, NGO ...) and by sector, separately.
 * This measures the actors stage alone: an actor coded right counts even where no event is.
 */
import { readFileSync } from 'node:fs';
import type { Mention } from '../src/document/types.ts';
import { analyse } from '../src/nlp/wink.ts';
import { collectiveMembers, findMentions } from '../src/actors/index.ts';
import type { Coder } from '../src/pipeline/coder.ts';
import { classifyGoldCode, normaliseCountry, normaliseSector } from './country-codes.ts';
import { sharedPath } from './common.ts';
import { Score, type GoldActor, type GoldRecord } from './gsr.ts';
import { heading, ratio, table } from './report.ts';

type Role = 'source' | 'target';

export interface ActorMiss {
  role: Role;
  gold: string;
  text: string;
  got: string[];
  sentence: string;
}

export interface ActorResult {
  file: string;
  sentences: number;
  found: Record<Role, Score>;
  country: Record<Role, Score>;
  nonState: Record<Role, Score>;
  sector: Record<Role, Score>;
  misses: ActorMiss[];
}

const both = (): Record<Role, Score> => ({ source: new Score(), target: new Score() });

export function evaluateActors(coder: Coder, file = sharedPath('eval', 'plover_gsr_cameo.json')): ActorResult {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as GoldRecord[];
  const result: ActorResult = { file, sentences: 0, found: both(), country: both(), nonState: both(), sector: both(), misses: [] };
  gold.forEach((g, i) => {
    if (!g.text) return;
    result.sentences++;
    const doc = analyse({ id: g.id, text: g.text, published: null, origin: { file: `${file}#${i}` } }, coder.lemmas);
    const mentions = findMentions(doc, coder.actors);
    for (const role of ['source', 'target'] as const) {
      const side = g[role];
      if (!Array.isArray(side)) continue;
      for (const a of side) scoreActor(result, role, a, g.text, mentions);
    }
  });
  return result;
}

function scoreActor(result: ActorResult, role: Role, a: GoldActor, text: string, mentions: Mention[]): void {
  if (!a.actorText || !a.code) return;
  const at = text.indexOf(a.actorText);
  if (at < 0) return;
  const over = mentions.filter((m) => m.span.start < at + a.actorText!.length && m.span.end > at).flatMap(collectiveMembers);
  result.found[role].add(true, over.length > 0);
  const gold = classifyGoldCode(a.code);
  let ok = true;
  if (gold.kind === 'country') {
    ok = over.some((m) => normaliseCountry(m.country) === gold.iso);
    result.country[role].add(true, ok);
  } else if (gold.kind === 'other') {
    ok = over.some((m) => m.code.startsWith(gold.code));
    result.nonState[role].add(true, ok);
  }
  const sector = normaliseSector(a.sector);
  result.sector[role].add(sector !== null, over.some((m) => m.sector === sector));
  if (!ok) result.misses.push({ role, gold: a.code, text: a.actorText, got: over.map((m) => m.code), sentence: text });
}

export function formatActors(r: ActorResult, options: { showMisses?: number } = {}): string {
  const lines = [heading(`Actors of the PLOVER gold records: ${r.sentences} sentences`), `file: ${r.file}`, ''];
  const row = (label: string, t: Record<Role, Score>, meaning: string) => {
    const all = { hit: t.source.hit + t.target.hit, total: t.source.total + t.target.total };
    return [label, ratio(t.source.hit, t.source.total), ratio(t.target.hit, t.target.total), ratio(all.hit, all.total), meaning];
  };
  lines.push(
    table(
      ['measure', 'source', 'target', 'all', 'meaning'],
      [
        row('mention found', r.found, 'some mention covers the gold actor words'),
        row('country', r.country, 'gold code is a country: a mention over it has that country'),
        row('non-state type', r.nonState, 'gold code is IGO/NGO/...: a mention code starts with it'),
        row('sector', r.sector, 'gold gives a sector: a mention over it has it'),
      ],
    ),
  );
  const n = options.showMisses ?? 0;
  if (n > 0 && r.misses.length) {
    lines.push('', `country or type misses (${Math.min(n, r.misses.length)} of ${r.misses.length}):`);
    for (const m of r.misses.slice(0, n)) lines.push(`  ${m.role} ${m.gold} "${m.text}" got [${m.got.join(',')}] in: ${m.sentence.slice(0, 140)}`);
  }
  return lines.join('\n');
}
