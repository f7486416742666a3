/**
 * Collective mentions stand for several actors at once: "the two countries" (members found
 * earlier in the article) and hyphenated pairs such as "Pakistan-China relationship".
 *
 * A collective is ONE Mention (mentions never overlap) with kind 'collective'; its code,
 * country and sector are those of its first member, its name joins the members' names, and
 * its first evidence note lists the member codes. The members themselves, as full Mentions
 * over the same span, are its `members` (plain data, so they survive cloning and workers).
 */
import type { Evidence, Mention } from '../document/types.ts';
import { countryName, type ActorKnowledge } from './knowledge.ts';
import type { CollectiveDef } from './lexicon.ts';
import type { Actor, ArticleState, Remembered } from './state.ts';

/**
 * The actors a mention stands for: the members of a collective, else the mention itself.
 * Events use it to expand "the two countries agreed" like "Pakistan and China agreed".
 */
export function collectiveMembers(mention: Mention): Mention[] {
  return mention.members ? [...mention.members] : [mention];
}

/** Attach members to a collective mention (the mention's own fields come from members[0]). */
export function setMembers(mention: Mention, members: ReadonlyArray<{ actor: Actor; evidence: Evidence }>): void {
  const list = members.map(({ actor, evidence: why }) => {
    const m: Mention = {
      ...mention,
      code: actor.code,
      name: actor.name,
      country: actor.country,
      sector: actor.sector,
      kind: actor.kind,
      evidence: [mention.evidence[0], why],
    };
    return m;
  });
  mention.members = list;
}

/** The fields of a collective mention built from its members. */
export function collectiveActor(members: readonly Actor[]): Actor {
  const first = members[0];
  const names = members.map((m) => m.name);
  const name = names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return { code: first.code, name, country: first.country, sector: first.sector, kind: 'collective' };
}

export function memberNote(members: readonly Actor[]): string {
  return 'members: ' + members.map((m) => `${m.code} (${m.name})`).join(', ');
}

/**
 * The antecedents of "the two countries" / "both sides": the most recent distinct countries
 * (or actor codes) named before, in the order they were named. Null when there are too few.
 */
function recentFirst(state: ArticleState): number[] {
  return state.recent.map((_, k) => state.recent.length - 1 - k);
}

/**
 * Which countries "the two countries" means: the countries named in the last two sentences
 * when there are exactly that many ("India and the US signed ... The two countries"), else
 * the article's most-named countries, the more recent first among equals ("Chile and
 * Argentina signed ... Bolivia criticised ... The two countries will meet" is Chile and
 * Argentina). Returns indices into state.recent, one per country, best first.
 */
function countryOrder(state: ArticleState, count: number): number[] {
  const last = new Map<string, number>();
  const times = new Map<string, number>();
  state.recent.forEach((r, k) => {
    const iso3 = r.actor.country;
    if (!iso3) return;
    last.set(iso3, k);
    times.set(iso3, (times.get(iso3) ?? 0) + 1);
  });
  const latest = state.recent.length ? state.recent[state.recent.length - 1].sentence : 0;
  const near = [...last.keys()].filter((c) => state.recent[last.get(c)!].sentence >= latest - 1);
  const order = near.length === count ? near : [...last.keys()];
  if (order !== near) order.sort((a, b) => times.get(b)! - times.get(a)! || last.get(b)! - last.get(a)!);
  else order.sort((a, b) => last.get(b)! - last.get(a)!);
  return order.map((c) => last.get(c)!);
}

export function antecedents(
  kb: ActorKnowledge,
  state: ArticleState,
  def: CollectiveDef,
  sector: string | null = def.sector,
): Array<{ actor: Actor; from: Remembered }> | null {
  const found: Array<{ actor: Actor; from: Remembered }> = [];
  const seen = new Set<string>();
  for (const k of def.members === 'country' ? countryOrder(state, def.count) : recentFirst(state)) {
    if (found.length >= def.count) break;
    const r = state.recent[k];
    if (def.members === 'country') {
      const iso3 = r.actor.country;
      if (!iso3 || seen.has(iso3)) continue;
      seen.add(iso3);
      const name = countryName(kb, iso3) ?? iso3;
      found.push({ actor: { code: iso3 + (sector ?? ''), name, country: iso3, sector, kind: 'state' }, from: r });
    } else {
      if (seen.has(r.actor.code)) continue;
      seen.add(r.actor.code);
      const a = r.actor;
      const actor = sector && a.country && sector !== a.sector ? { code: a.country + sector, name: countryName(kb, a.country) ?? a.country, country: a.country, sector, kind: 'state' as const } : { ...a };
      found.push({ actor, from: r });
    }
  }
  if (found.length < def.count) return null;
  // Members in the order the article first named them ("Pakistan and China ... the two countries").
  const key = (a: Actor) => (def.members === 'country' ? a.country : a.code);
  const first = (a: Actor) => state.recent.findIndex((r) => key(r.actor) === key(a));
  return found.sort((x, y) => first(x.actor) - first(y.actor));
}
