/**
 * locateEvent: where an event took place, read from its sentence. A place counts when the words
 * put the event there: a place preposition ("in Islamabad", "at the Governor House in Lahore",
 * "in the northern city of Mosul"), a journey's end ("during a trip to Beijing", "flew to Kabul")
 * or the object of a visit ("visited Beijing"). A place that is only an actor ("Beijing accuses
 * ...") has none of these and is never the location. Of several, the one nearest the verb wins,
 * counting clause boundaries first; one more than a boundary away tells of another clause's act.
 * Pure: no I/O.
 */
import type { Document, Sentence } from '../document/types.ts';
import type { PlaceContext } from './context.ts';
import { otherClause } from './clauses.ts';
import { nameAt, type NameMatch } from './names-in-text.ts';
import { resolvePlace, type ResolveHints } from './resolve.ts';
import type { EventSpans, Gazetteer, Location } from './types.ts';
import { ACT_NOUNS, COMMENT_CODES, SPEECH_NOUNS, VERBAL_CODES, FEATURE_AFTER, FEATURE_BEFORE, NOT_LOCATIVE_BEFORE, PLACE_NOUNS, PLACE_OBJECT_VERBS, TRAVEL_BEFORE_TO } from './words.ts';

interface Found {
  match: NameMatch;
  hints: ResolveHints;
  trigger: string;
}

const MAX_SKIP = 6;
/** A place further than this many clause boundaries from the verb tells of another clause's act. */
const MAX_BOUNDARIES = 1;
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'earlier', 'later', 'last', 'this', 'next']);
/** A semicolon or colon ends a clause for good: "... in Idlib: Russia and Turkey agree", "said: “... in Afghanistan". */
const HARD_BOUNDARY = new Set([';', ':']);
const BOUNDARY = new Set([',', ';', ':', '(', ')', '—', '–', 'who', 'which', 'that', 'where', 'when', 'while', 'after', 'before', 'because', 'but']);

/** The trigger at token i, if any: what makes a place after it the scene of an event. */
function triggerAt(doc: Document, i: number, ctx: PlaceContext): string | null {
  const t = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  if (ctx.words.preps.has(t.lower)) {
    if (prev && (NOT_LOCATIVE_BEFORE.has(prev.lower) || NOT_LOCATIVE_BEFORE.has(prev.lemma))) return null;
    return `prep.${t.lower}`;
  }
  if (t.lower === 'to' && prev && (TRAVEL_BEFORE_TO.has(prev.lemma) || TRAVEL_BEFORE_TO.has(prev.lower))) return 'travel.to';
  if (t.pos === 'VERB' && PLACE_OBJECT_VERBS.has(t.lemma)) return `object.${t.lemma}`;
  return null;
}

/** After a trigger: skip "the northern city of", note qualifiers and feature words, read the name. */
function placeAfter(doc: Document, i: number, end: number, gaz: Gazetteer, ctx: PlaceContext, trigger: string): Found | null {
  const countries = new Set<string>();
  let feature: ResolveHints['feature'] = null;
  let j = i + 1;
  for (let skipped = 0; j < end && skipped <= MAX_SKIP; j++, skipped++) {
    const t = doc.tokens[j];
    const demonym = ctx.tokenCountry.get(j);
    const next = j + 1 < end ? doc.tokens[j + 1].lower : '';
    if (demonym && next === 'border') continue; // "the Libyan border town of Faya" lies by Libya, not in it
    if (demonym && (FEATURE_BEFORE.has(next) || next === "'s" || next === '\u2019s')) {
      countries.add(demonym); // "the Pakistani city of", not "in Pakistan"
      continue;
    }
    if ((PLACE_NOUNS.has(t.lower) || t.pos === 'ADJ') && !/^[A-Z]/.test(t.text)) {
      feature = FEATURE_BEFORE.get(t.lower) ?? feature;
      continue;
    }
    const region = regionBeforeFeature(doc, j, end);
    if (region > j) {
      j = region - 1; // "the Nile Delta city of Suez", "the Rift Valley town of Nakuru": the region names no scene
      continue;
    }
    break;
  }
  const match = nameAt(doc, j, end, gaz, ctx.words, ctx.blocked);
  if (!match) return null;
  const after = doc.tokens[match.tokenEnd];
  // "hit back at the US": a country after "at" is a target; events happen in countries, at places.
  if (trigger === 'prep.at' && match.hits.some((h) => h.entry.feature === 'country')) return null;
  // "at US power", "in Syria policy": a country name before a common noun qualifies the noun.
  if (after && after.pos === 'NOUN' && /^[a-z]/.test(after.text) && !TIME_WORDS.has(after.lower) && match.hits.some((h) => h.entry.feature === 'country')) return null;
  if (after && match.tokenEnd < end) feature = FEATURE_AFTER.get(after.lower) ?? feature;
  const admin1 = new Set<string>();
  // "in Lahore, Pakistan", "in Atlanta, Georgia": the name after the comma qualifies the place.
  if (after?.text === ',' && match.tokenEnd + 1 < end) {
    const q = nameAt(doc, match.tokenEnd + 1, end, gaz, ctx.words, ctx.blocked);
    for (const h of q?.hits ?? []) {
      if (h.entry.feature === 'country') countries.add(h.entry.country);
      else if (h.entry.feature === 'admin1') admin1.add(`${h.entry.country}|${h.entry.admin1}`);
    }
  }
  const qualifier = countries.size || admin1.size ? { countries, admin1 } : null;
  return { match, hints: { qualifier, feature }, trigger };
}

/**
 * Capitalised words at j followed by a feature word and "of" ("Nile Delta city of"): the first
 * token after them (the feature word), else j. A region that qualifies the place, not the place.
 */
function regionBeforeFeature(doc: Document, j: number, end: number): number {
  let k = j;
  while (k < end && k - j < 3 && /^[A-Z]/.test(doc.tokens[k].text)) k++;
  if (k === j || k + 1 >= end) return j;
  return FEATURE_BEFORE.has(doc.tokens[k].lower) && doc.tokens[k + 1].lower === 'of' ? k : j;
}

/**
 * A comment (condemn, accuse, demand ...) on an act named after its verb: the place after that
 * act is the act's ("condemned the attack on its embassy in Kabul", "accused China of sending
 * ships near Taiwan"), not the comment's.
 */
function placeOfCommentedAct(doc: Document, event: EventSpans, trigger: number, preps: ReadonlySet<string>): boolean {
  const code = event.cameo;
  if (!code || !COMMENT_CODES.some((c) => code.startsWith(c))) return false;
  // Leftwards from the place to the verb: an act first takes the place; another place phrase
  // first ("condemned the violence at a meeting in Doha") leaves it to the comment.
  // The words of the pattern count for disapproval and rejection ("blamed ... for attack");
  // for a threat or a meeting they are the event itself ("hold military exercises").
  const from = code.startsWith('11') || code.startsWith('12') ? event.verb.tokenStart + 1 : event.verb.tokenEnd;
  for (let k = trigger - 1; k >= from; k--) {
    const t = doc.tokens[k];
    if (ACT_NOUNS.has(t.lemma) || ACT_NOUNS.has(t.lower)) return true;
    if (t.pos === 'VERB' && t.lower.endsWith('ing')) return true;
    // "at a meeting in Doha" places the comment; "inside the consulate in Istanbul" is one more
    // place phrase of the same act, read on leftwards.
    if (preps.has(t.lower) && speechPhrase(doc, k, trigger)) return false;
  }
  return false;
}

/** The preposition at k heads a phrase about speaking ("at a meeting", "in a statement"). */
function speechPhrase(doc: Document, k: number, limit: number): boolean {
  const noun = doc.tokens.slice(k + 1, Math.min(limit, k + 5)).find((x) => x.pos === 'NOUN' || x.pos === 'PROPN');
  return !noun || SPEECH_NOUNS.has(noun.lemma) || SPEECH_NOUNS.has(noun.lower);
}

/** ", Vladimir Putin," between two commas: an appositive name, no clause. The closing comma's index, or -1. */
function appositiveEnd(doc: Document, k: number, limit: number): number {
  for (let j = k + 1; j < Math.min(limit, k + 6); j++) {
    const t = doc.tokens[j];
    if (t.text === ',') return j > k + 1 ? j : -1;
    if (t.pos !== 'PROPN' && !/^['\u2019]s$/.test(t.lower)) return -1;
  }
  return -1;
}

/**
 * A verbal act (say, urge, condemn, reject ...) happens where it was said, and news states that
 * before the object or right after the verb ("told reporters in Kabul"). A place after some other
 * noun tells of what was talked about: "raised concerns about the situation in Syria", "urging May
 * not to take military action in Syria", "rejected calls for a ceasefire in Idlib". Discussing is
 * verbal too: "discussed developments in Syria".
 */
function placeOfTopic(doc: Document, event: EventSpans, trigger: number): boolean {
  const code = event.cameo;
  const discuss = doc.tokens[event.verb.tokenStart].lemma === 'discuss';
  if (!code || (!discuss && !VERBAL_CODES.some((c) => code.startsWith(c))) || trigger < event.verb.tokenEnd) return false;
  const speech = (t: { lemma: string; lower: string }) => SPEECH_NOUNS.has(t.lemma) || SPEECH_NOUNS.has(t.lower);
  let topic = false;
  // For disapproval and rejection the pattern's own nouns are objects too ("rejected calls for
  // ceasefire"); for a threat they are the event itself ("hold military exercises").
  const from = code.startsWith('11') || code.startsWith('12') ? event.verb.tokenStart + 1 : event.verb.tokenEnd;
  for (let k = from; k < trigger; k++) {
    const t = doc.tokens[k];
    if (t.pos === 'ADP') {
      // "... at a meeting in Doha", "... in a statement in Kabul": the speaking is placed from here on.
      const noun = doc.tokens.slice(k + 1, Math.min(trigger + 1, k + 4)).find((x) => x.pos === 'NOUN');
      if (noun && speech(noun)) return false;
    }
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && !speech(t)) topic = true;
  }
  return topic;
}

function ownActor(event: EventSpans, m: NameMatch): boolean {
  return [event.target, event.source].some((r) => r && m.tokenStart >= r.tokenStart && m.tokenEnd <= r.tokenEnd);
}

function less(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

/**
 * The other names of a list after a place: "to Syria and Iraq", "touring Washington, Paris and
 * London", "in Ethiopia and Libya". Each is read with the first one's trigger. A comma without a
 * closing "and"/"or" is no list ("in Lahore, Pakistan" is a qualifier).
 */
function listAfter(doc: Document, first: Found, end: number, gaz: Gazetteer, ctx: PlaceContext): Found[] {
  const out: Found[] = [];
  let j = first.match.tokenEnd;
  while (j + 1 < end) {
    const sep = doc.tokens[j].lower;
    if (sep !== ',' && sep !== 'and' && sep !== 'or') break;
    const m = nameAt(doc, j + 1, end, gaz, ctx.words, ctx.blocked);
    if (!m) break;
    out.push({ match: m, hints: { qualifier: null, feature: null }, trigger: first.trigger + '.list' });
    j = m.tokenEnd;
    if (sep !== ',') return out;
  }
  return [];
}

function boundariesBetween(doc: Document, a: number, b: number): number {
  let n = 0;
  const hi = Math.max(a, b);
  for (let k = Math.min(a, b); k < hi; k++) {
    const w = doc.tokens[k].lower;
    if (w === ',') {
      const close = appositiveEnd(doc, k, hi);
      if (close >= 0) {
        k = close;
        continue;
      }
    }
    if (BOUNDARY.has(w)) n += HARD_BOUNDARY.has(w) ? 2 : 1;
  }
  return n;
}

export function locateEvent(doc: Document, sentence: Sentence, event: EventSpans, gaz: Gazetteer, ctx: PlaceContext): Location | null {
  const end = sentence.tokenEnd;
  const found: Found[] = [];
  for (let i = sentence.tokenStart; i < end; i++) {
    const trigger = triggerAt(doc, i, ctx);
    if (!trigger) continue;
    const f = placeAfter(doc, i, end, gaz, ctx, trigger);
    if (f && !placeOfCommentedAct(doc, event, i, ctx.words.preps) && !placeOfTopic(doc, event, i)) found.push(f, ...listAfter(doc, f, end, gaz, ctx));
  }
  const verb = event.verb.tokenStart;
  let best: Location | null = null;
  let bestKey: [number, number, number] = [Infinity, Infinity, Infinity];
  for (const f of found) {
    const at = f.match.tokenStart;
    if (otherClause(doc, sentence, at, verb)) continue;
    const r = resolvePlace(f.match.key, f.match.hits, ctx.observations, f.hints);
    if (!r) continue;
    // "travelled to Syria and Iraq": the event whose target is Iraq happened in Iraq. A later name
    // of a list counts only for the event it is an actor of ("Courts in France, Germany and Sweden").
    const own = ownActor(event, f.match) ? 0 : 1;
    if (own && f.trigger.endsWith('.list')) continue;
    const key: [number, number, number] = [own, boundariesBetween(doc, at, verb), Math.abs(at - verb)];
    if (key[1] > MAX_BOUNDARIES) continue;
    if (less(key, bestKey)) {
      bestKey = key;
      const e = r.entry;
      const words = doc.article.text.slice(doc.tokens[at].start, doc.tokens[f.match.tokenEnd - 1].end);
      best = { name: e.name, country: e.country, admin1: e.admin1, lat: e.lat, lon: e.lon, feature: e.feature, text: words, tokenStart: at, tokenEnd: f.match.tokenEnd, rule: `${f.trigger} ${r.rule}` };
    }
  }
  return best;
}
