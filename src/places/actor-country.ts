/**
 * Groups without a stated country take the country of the place where they acted: "gunmen
 * attacked a police post in Kunar province" are Afghan gunmen (AFGUAF), "rebels ambushed a convoy
 * near Goma" Congolese rebels, and "people protested in Bishkek" Kyrgyz people even in an article
 * mostly about Kazakhstan (the place beats a country inferred from the article). Only groups that belong where they act (armed groups, police, criminals,
 * civilians, workers); never refugees, peacekeepers, envoys or persons (they travel), and never
 * an actor whose code names a country or organisation already.
 */
import type { CodedEvent, Document, Mention } from '../document/types.ts';
import { placeContext, type PlaceContext } from './context.ts';
import { locateEvent } from './locate.ts';
import type { Gazetteer, Location } from './types.ts';
import type { PlaceWords } from './words.ts';

/** Sectors of groups that are of the place where they act. */
const LOCAL_SECTORS: ReadonlySet<string> = new Set(['REB', 'INS', 'UAF', 'CRM', 'RAD', 'CVL', 'LAB', 'AGR', 'EDU', 'HLH', 'OPP', 'COP']);

/** Triggers of a place reached by a journey (locate.ts): "travelled to", "visited". */
const JOURNEY_TRIGGERS: readonly string[] = ['travel.to', 'object.visit', 'object.tour'];

/** Rules by which an actor's country was inferred from the article, not read in the text. */
const INFERRED = new Set(['context.article-country', 'context.dateline', 'context.sentence-country']);

/**
 * A group of people whose country the text does not state: coded by its sector alone ("UAF",
 * "REB"), or given the article's country by inference ("people protested in Bishkek" in an
 * article about Kazakhstan).
 */
export function unplacedGroup(m: Mention): boolean {
  if (m.sector === null || m.kind === 'person' || !LOCAL_SECTORS.has(m.sector) || m.members) return false;
  if (m.evidence.some((e) => e.rule === 'context.region')) return false; // "foreign fighters" are not of where they fight
  if (m.country === null) return m.code === m.sector;
  return m.code === m.country + m.sector && m.evidence.some((e) => INFERRED.has(e.rule)) && !m.evidence.some((e) => e.rule.startsWith('wc.') || e.rule.startsWith('country.'));
}

function placed(m: Mention, where: Location): Mention {
  if (m.country === where.country) return m;
  return {
    ...m,
    code: where.country + m.sector,
    country: where.country,
    evidence: [
      ...m.evidence,
      { stage: 'places', rule: 'context.event-place', text: where.text, note: `${m.text}: no country stated${m.country ? ` (${m.country} was inferred)` : ''}; coded with ${where.country}, where the event took place (${where.name})` },
    ],
  };
}

/** The events with their country-less groups given the country of the event's place, where it has one. */
export function placeActors(doc: Document, mentions: readonly Mention[], events: readonly CodedEvent[], gaz: Gazetteer, words: PlaceWords): CodedEvent[] {
  let ctx: PlaceContext | null = null;
  return events.map((e) => {
    const source = unplacedGroup(e.source);
    const target = e.target !== null && unplacedGroup(e.target);
    if (!source && !target) return e;
    ctx ??= placeContext(doc, mentions, gaz, words);
    const where = locateEvent(doc, doc.sentences[e.sentenceIndex], { verb: e.verb, source: e.source, target: e.target, cameo: e.cameo }, gaz, ctx);
    // "jihadists who had come to Syria", "fighters who travelled to Kenya": the end of a journey is
    // where they went, so not where they are from.
    if (!where || JOURNEY_TRIGGERS.some((t) => where.rule.startsWith(t))) return e;
    return { ...e, source: source ? placed(e.source, where) : e.source, target: target && e.target ? placed(e.target, where) : e.target };
  });
}
