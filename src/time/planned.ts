/**
 * Planned and stated dates (docs/DATES.md). An event's date is when the coded event happened; a
 * future act is coded as an intent or threat, which happens when it is stated. So a sentence's
 * dates play one of three roles:
 *   planned   - inside a future or planned clause ("will meet on Friday", "is scheduled for
 *               Thursday", "a summit to be held next week"): the day the act is planned for. It is
 *               read forward and never dates an event.
 *   statement - hangs on a reporting verb ("said on Tuesday", "On Monday, the ministry announced"):
 *               the date of a future act stated in the sentence.
 *   plain     - everything else.
 * Read from the sentence text alone, offsets relative to it. Every rule has an id.
 */
import type { Span } from '../document/types.ts';
import { boundariesOf, clausesBetween, countBoundaries } from './clauses.ts';

export interface DateRole {
  /** Id of the marker that puts the date in a future or planned clause. */
  planned?: string;
  /** Id of the rule that makes it the date of a statement. */
  statement?: string;
}

interface Marker {
  id: string;
  pattern: string;
  /** The verb right after the marker (two words between at most) is a future act: "will not meet". */
  governsVerb: boolean;
  /** Only in lower case: "may" is no month. */
  lowerCase?: boolean;
}

/** Words after which the rest of the clause is future or planned. "free will" is no marker. */
const CLAUSE_MARKERS: Marker[] = [
  { id: 'future.will', pattern: String.raw`(?<!\b(?:the|a|an|his|her|its|their|our|your|my|free|political|popular|good|ill|own)\s+)\b(?:will|shall)\b|\bwo(?=n['’]t)|['’]ll\b`, governsVerb: true },
  { id: 'future.going-to', pattern: String.raw`\b(?:is|are|am|was|were|['’]s|['’]re)\s+(?:not\s+)?going\s+to\b`, governsVerb: true },
  { id: 'future.due-to', pattern: String.raw`\b(?:is|are|was|were|be|been|['’]s|['’]re)\s+(?:(?:not|now|also|still)\s+)?(?:due|set|scheduled|slated|expected|poised|planned|about)\s+to\b`, governsVerb: true },
  { id: 'future.is-to', pattern: String.raw`\b(?:is|are)\s+(?:(?:now|also|still)\s+)?to\b(?=\s+[a-z])`, governsVerb: true },
  // "plans to" after a determiner or a verb taking it as object ("its plans to", "reversed plans to") is a noun
  { id: 'future.plans-to', pattern: String.raw`(?<!(?:\b(?:the|its|their|his|her|our|your|my|these|those|any|no|new|such|has|have|had|reversed?|reverses|announced?|announces|unveil(?:ed|s)?|scrap(?:ped|s)?|drop(?:ped|s)?|shelved?|shelves|abandon(?:ed|s)?|outlined?|outlines|approved?|approves|reject(?:ed|s)?|oppose[ds]?|back(?:ed|s)?)|['’]s)\s+)\b(?:plans?|planning|intends?|intending|hopes?|hoping|aims?|aiming|wants?|seeks?|seeking|prepares?|preparing)\s+to\b`, governsVerb: true },
  // "may visit on Friday" lies ahead; "may have visited on Friday" does not; "could" is also a past ("could not enter on Monday")
  { id: 'future.may', pattern: String.raw`\b(?:may|might)\b(?!\s+(?:not\s+|well\s+|also\s+)?(?:have|had)\b)`, governsVerb: true, lowerCase: true },
  // A future seen from a past report: planned unless the date may be the report's (dateRoles).
  { id: 'future.would', pattern: String.raw`\bwould\b`, governsVerb: true },
  { id: 'planned.to-be', pattern: String.raw`\bto\s+be\s+(?:held|hosted|staged|convened|signed|opened|launched|inaugurated|unveiled|announced|decided|discussed|debated|completed|finali[sz]ed)\b|\bto\s+take\s+place\b`, governsVerb: false },
];

/** Words right before the date that make it the day something is planned or put off to. */
const ADJACENT_MARKERS: Array<{ id: string; re: RegExp }> = [
  { id: 'planned.scheduled', re: /\b(?:(?:re)?scheduled|slated|set|planned|pencil+ed\s+in|earmarked)\s+(?:for|to\s+[a-z]+)\s+(?:(?:on|in)\s+)?(?:the\s+)?$/i },
  { id: 'planned.due', re: /\b(?:due|expected)\s+(?:(?:on|in|by|at|around)\s+)?(?:the\s+)?$/i },
  { id: 'planned.put-off', re: /\b(?:postponed|delayed|deferred|put\s+off|pushed\s+back|brought\s+forward|moved)\s+(?:[\w'’-]+\s+){0,4}?(?:to|till|until)\s+(?:the\s+)?$/i },
];

/** Verbs of saying whose date is the date of what is said in the sentence. */
const REPORTING =
  /\b(?:said|says|say|told|tells|announced|announces|stated|states|confirmed|confirms|added|adds|declared|declares|reported|reports|revealed|reveals|disclosed|discloses|claimed|claims|wrote|writes|insisted|insists|stressed|stresses|noted|notes|warned|warns|indicated|indicates|tweeted)\b/gi;
/** Words that may stand between a reporting verb and its date: "told reporters in Accra on", "said in a statement late on". */
const REPORT_GAP =
  /^(?:\s+(?:to|in|at|on|a|an|the|his|her|its|their|late|early|reporters|journalists|lawmakers|legislators|parliament|media|press|news|statement|interview|conference|briefing|televised|address|speech|broadcast|state|television|radio|[A-Z][\w.’'&-]*)){0,6}\s*$/;
/** At most this many words from a clause marker to its date: further on, another verb likely has it. */
const MARKER_REACH_WORDS = 12;

const CLAUSE_RE = new RegExp(CLAUSE_MARKERS.map((m, i) => `(?<m${i}>${m.pattern})`).join('|'), 'gi');
const BEFORE_VERB = CLAUSE_MARKERS.filter((m) => m.governsVerb).map((m) => ({ id: m.id, re: new RegExp(`(?:${m.pattern})\\s+(?:[\\w'’-]+\\s+){0,2}$`, m.lowerCase ? '' : 'i') }));

interface Hit {
  start: number;
  end: number;
  id: string;
  governsVerb: boolean;
}

function clauseMarkers(text: string): Hit[] {
  const out: Hit[] = [];
  CLAUSE_RE.lastIndex = 0;
  let mt: RegExpExecArray | null;
  while ((mt = CLAUSE_RE.exec(text))) {
    const group = Object.entries(mt.groups ?? {}).find(([, v]) => v !== undefined)![0];
    const { id, governsVerb, lowerCase } = CLAUSE_MARKERS[Number(group.slice(1))];
    if (lowerCase && mt[0] !== mt[0].toLowerCase()) continue;
    out.push({ start: mt.index, end: mt.index + mt[0].length, id, governsVerb });
  }
  return out;
}

function reportingVerbs(text: string): Span[] {
  const out: Span[] = [];
  REPORTING.lastIndex = 0;
  let mt: RegExpExecArray | null;
  while ((mt = REPORTING.exec(text))) out.push({ start: mt.index, end: mt.index + mt[0].length });
  return out;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** "said on Tuesday", "told reporters in Accra late on Tuesday": the date right after a reporting verb. */
function afterReport(text: string, date: Span, reports: Span[]): boolean {
  return reports.some((r) => r.end <= date.start && REPORT_GAP.test(text.slice(r.end, date.start)));
}

/** "On Tuesday, the ministry said", "Ghana on Monday announced": the date before a reporting verb of its clause. */
function beforeReport(text: string, date: Span, reports: Span[], markers: Hit[]): boolean {
  return reports.some((r) => {
    if (r.start < date.end || words(text.slice(date.end, r.start)) > 8) return false;
    return !markers.some((m) => m.start >= date.end && m.end <= r.start) && clausesBetween(text, date, r) === 0;
  });
}

/** Words that fix a date in the past: it belongs to the clause's past act ("had offered to mediate last year"), never to a plan. */
const PAST_WORDS = /\b(?:last|ago|yesterday|earlier|previous|past)\b/i;

/** The marker whose future or planned clause holds the date, if any. */
function plannedBy(text: string, date: Span, markers: Hit[], reports: Span[]): string | undefined {
  if (PAST_WORDS.test(text.slice(date.start, date.end))) return undefined;
  const before = text.slice(Math.max(0, date.start - 60), date.start);
  const adjacent = ADJACENT_MARKERS.find((a) => a.re.test(before));
  if (adjacent) return adjacent.id;
  const b = boundariesOf(text);
  for (let k = markers.length - 1; k >= 0; k--) {
    const m = markers[k];
    if (m.end > date.start) continue;
    if (countBoundaries(b, m.end, date.start).all === 0 && words(text.slice(m.end, date.start)) <= MARKER_REACH_WORDS) return m.id;
    break;
  }
  // "On Friday, the envoy will travel", "Next week the presidents will sign": a fronted date of a future main clause.
  if (words(text.slice(0, date.start)) > 2) return undefined;
  const next = markers.find((m) => m.start >= date.end && m.governsVerb);
  if (!next || clausesBetween(text, date, next) !== 0 || reports.some((r) => r.start >= date.end && r.end <= next.start)) return undefined;
  return next.id;
}

/** The role of each date span of a sentence. */
export function dateRoles(text: string, dates: readonly Span[]): DateRole[] {
  if (!dates.length) return [];
  const markers = clauseMarkers(text);
  const reports = reportingVerbs(text);
  const roles: DateRole[] = dates.map((d) => {
    if (afterReport(text, d, reports)) return { statement: 'statement.after-report' };
    const planned = plannedBy(text, d, markers, reports);
    if (planned) return { planned };
    return beforeReport(text, d, reports, markers) ? { statement: 'statement.before-report' } : {};
  });
  // "announced the army would withdraw ... on Tuesday": without another date for the report, the
  // date may be the report's; it is read as the statement's (in the past), which dates the intent too.
  if (!roles.some((r) => r.statement)) {
    roles.forEach((r, i) => {
      if (r.planned !== 'future.would') return;
      const would = markers.filter((m) => m.id === 'future.would' && m.end <= dates[i].start).pop();
      if (would && reports.some((rep) => rep.end <= would.start)) roles[i] = { statement: 'statement.reported-would' };
    });
  }
  return roles;
}

/** Id of the marker that makes the verb at `verbStart` (relative to the text) a future act, or null. */
export function futureActMarker(text: string, verbStart: number): string | null {
  const before = text.slice(Math.max(0, verbStart - 60), verbStart);
  return BEFORE_VERB.find((m) => m.re.test(before))?.id ?? null;
}
