/**
 * Within-article dedup: an article that reports one event several times gives one event.
 * Mentions are the same event when they share the directed dyad (source code -> target code),
 * the CAMEO base code (3 digits), the event date value and the negated flag. The first mention
 * in text order is kept (its sentence, verb and evidence stay primary) and counts the others.
 * Every mention comes located (the places stage runs on each before the merge): the event keeps
 * the place of its first mention that has one (the primary's, else the body's next, else the
 * headline's).
 *
 * Headlines: a headline event that the body also reports is folded into the body's event
 * (whatever date the headline fell back to); a headline event alone is kept only when it has
 * a target, so a bare headline ("Talks resume in Geneva") gives no event.
 */
import type { CodedEvent } from '../document/types.ts';

export interface MergedEvent extends CodedEvent {
  /** How often the article reports the event: distinct verb positions, headline included. */
  mentions: number;
  /** The sentences of every mention, ascending, each once. */
  sentenceIndexes: number[];
  /** The other readings folded into this one, in text order. */
  merged: CodedEvent[];
}

export interface MentionMerge {
  events: MergedEvent[];
  /** Events left out, with the reason (for `dyad explain`). */
  dropped: Array<{ event: CodedEvent; reason: string }>;
}

/** Source, target, base code and negation: what must agree for two mentions to be one event. */
function dyadKey(e: CodedEvent): string {
  return `${e.source.code}>${e.target?.code ?? '-'}|${e.cameo.slice(0, 3)}|${e.negated ? 'not' : ''}`;
}

function key(e: CodedEvent): string {
  return `${dyadKey(e)}|${e.date?.value ?? '-'}`;
}

function textOrder(a: CodedEvent, b: CodedEvent): number {
  return a.sentenceIndex - b.sentenceIndex || a.verb.span.start - b.verb.span.start;
}

/**
 * Merge the mentions of one article's events. `headline` holds the indexes of the headline's
 * sentences. The result keeps the order of the input (by each event's first mention).
 */
export function mergeMentions(events: readonly CodedEvent[], headline: ReadonlySet<number> = new Set()): MentionMerge {
  const groups = new Map<string, CodedEvent[]>();
  const seenIds = new Set<string>();
  const heads: CodedEvent[] = [];
  for (const e of events) {
    if (seenIds.has(e.id)) continue; // the same reading twice (overlapping conjuncts)
    seenIds.add(e.id);
    if (headline.has(e.sentenceIndex)) heads.push(e);
    else add(groups, key(e), e);
  }
  const dropped: MentionMerge['dropped'] = [];
  for (const h of heads) {
    const body = [...groups.entries()].find(([k, g]) => !headline.has(g[0].sentenceIndex) && sameInBody(h, k, g[0]));
    if (body) body[1].push(h);
    else if (h.target) add(groups, key(h), h);
    else dropped.push({ event: h, reason: 'headline event without a target' });
  }
  const order = new Map(events.map((e, i) => [e, i]));
  const merged = [...groups.values()].map((g) => combine(g, headline));
  merged.sort((x, y) => order.get(x.first)! - order.get(y.first)!);
  return { events: merged.map((m) => m.event), dropped };
}

function add(groups: Map<string, CodedEvent[]>, k: string, e: CodedEvent): void {
  const g = groups.get(k);
  if (g) g.push(e);
  else groups.set(k, [e]);
}

/** A headline event matches a body event of the same dyad and base code; its date must agree only if the headline states one. */
function sameInBody(h: CodedEvent, bodyKey: string, body: CodedEvent): boolean {
  if (!bodyKey.startsWith(`${dyadKey(h)}|`)) return false;
  return h.date?.basis !== 'text' || h.date.value === body.date?.value;
}

/**
 * One event from its mentions. The primary mention is the first in the body (the headline's
 * only when the body does not report the event). The code is the most specific read: the
 * primary's, unless it has 3 digits and another mention gives a 4-digit code of the same base
 * (the first such). The event is hedged only if every mention hedges it; a date read from the
 * text is preferred to the same date taken from the article's publication. The location is that
 * of the first mention that has one, the mentions taken in the order they rank: the primary, the
 * body's others in text order, the headline's last (a body sentence says more than its summary).
 * It is the Place object itself, so its words, rule and tokens (the sentence it was read in)
 * come with it.
 */
function combine(group: CodedEvent[], headline: ReadonlySet<number>): { event: MergedEvent; first: CodedEvent } {
  const sorted = [...group].sort(textOrder);
  const first = sorted.find((e) => !headline.has(e.sentenceIndex)) ?? sorted[0];
  const others = sorted.filter((e) => e !== first);
  const cameo = first.cameo.length >= 4 ? first.cameo : (others.find((e) => e.cameo.length === 4)?.cameo ?? first.cameo);
  const date = first.date?.basis === 'published' ? (others.find((e) => e.date?.basis === 'text' && e.date.value === first.date?.value)?.date ?? first.date) : first.date;
  const body = others.filter((e) => !headline.has(e.sentenceIndex));
  const location = [first, ...body, ...others.filter((e) => !body.includes(e))].find((e) => e.location)?.location ?? null;
  const positions = new Set(sorted.map((e) => e.verb.span.start));
  const event: MergedEvent = {
    ...first,
    cameo,
    date,
    location,
    hedged: sorted.every((e) => e.hedged),
    mentions: positions.size,
    sentenceIndexes: [...new Set(sorted.map((e) => e.sentenceIndex))].sort((a, b) => a - b),
    merged: others,
  };
  return { event, first };
}
