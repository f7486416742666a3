/**
 * From a coded clause to event records: compound and collective actors expand into one event
 * per directed pair ("Pakistan and China agreed" gives PAK->CHN and CHN->PAK), never an
 * actor with itself. Ids are hashes of what the event is and where it was read.
 */
import { createHash } from 'node:crypto';
import type { CodedEvent, Document, Mention, ResolvedDate } from '../document/types.ts';
import type { ModalEvent } from './modality.ts';

function eventId(articleId: string, verbStart: number, source: Mention, target: Mention | null, cameo: string): string {
  const key = [articleId, verbStart, source.code, source.span.start, target?.code ?? '', target?.span.start ?? '', cameo].join('|');
  return createHash('sha1').update(key).digest('hex').slice(0, 16);
}

function sameActor(a: Mention, b: Mention): boolean {
  return a.code === b.code && a.name === b.name;
}

/** Never an actor with itself: a different code, or two different named persons of one code ("Shanahan briefed Trump"). */
function otherParty(s: Mention, t: Mention): boolean {
  return !sameActor(s, t) && (t.code !== s.code || (s.kind === 'person' && t.kind === 'person'));
}

/**
 * Acts two parties do with each other (judged on the act as matched, before modality: "failed to
 * reach agreement" stays mutual): intent, consultation, material cooperation, and of the verbal
 * cooperation (05) diplomatic cooperation and signed agreements; praise, defence, recognition,
 * apology and forgiveness go one way ("Putin, Russia and Iran backed Assad" is no mutual backing).
 */
const RECIPROCAL_ROOTS = new Set(['03', '04', '06', '050', '057']);
const RECIPROCAL_ANCHORS = new Set(['clash', 'fight', 'fighting', 'battle', 'skirmish', 'war', 'hostility']);

/** Passive acts whose agents do them together with each other: "the plan was agreed by Putin and Erdogan", "the accord was signed by A and B"; not "supported by France and Germany". */
const PASSIVE_RECIPROCAL_ROOTS = new Set(['03', '04', '057']);

export function reciprocal(cameo: string, anchor: string, passive: boolean): boolean {
  if (cameo === '045') return false; // "a truce brokered by Moscow and Ankara": mediators are not each other's parties
  const roots = passive ? PASSIVE_RECIPROCAL_ROOTS : RECIPROCAL_ROOTS;
  return roots.has(cameo.slice(0, 2)) || roots.has(cameo.slice(0, 3)) || RECIPROCAL_ANCHORS.has(anchor);
}

/**
 * Directed pairs: every source with every target; without a target, a compound subject of a
 * reciprocal act pairs its members with each other, and any other act keeps each source alone
 * ("The US, UK and France carried out airstrikes" is three events without a target).
 */
function pairs(sources: Mention[], targets: Mention[], mutual: boolean): Array<[Mention, Mention | null]> {
  if (targets.length) return sources.flatMap((s) => targets.filter((t) => otherParty(s, t)).map((t): [Mention, Mention] => [s, t]));
  if (sources.length > 1 && mutual) return sources.flatMap((s) => sources.filter((t) => t.code !== s.code).map((t): [Mention, Mention] => [s, t]));
  return sources.map((s): [Mention, null] => [s, null]);
}

export function expandCandidate(doc: Document, modal: ModalEvent, date: ResolvedDate | null, expand: (m: Mention) => Mention[]): CodedEvent[] {
  const { candidate } = modal;
  const { match } = candidate;
  const tokens = doc.tokens;
  const sources = dedupeByCode(candidate.sources.flatMap(expand));
  const targets = dedupeByCode(candidate.targets.flatMap(expand));
  const verbText = matchedText(doc, match.matched);
  const verb = { text: verbText, span: { start: tokens[match.tokenStart].start, end: tokens[match.tokenEnd - 1].end }, tokenStart: match.tokenStart, tokenEnd: match.tokenEnd };
  const evidence = [
    ...candidate.evidence,
    { stage: 'events' as const, rule: match.entry.id, text: verbText, note: match.entry.reason },
    ...(modal.modalityRule ? [{ stage: 'events' as const, rule: modal.modalityRule, text: candidate.group?.markers.join(' ') ?? '' }] : []),
    ...(date ? [{ stage: 'time' as const, rule: date.rule, text: date.text ?? date.value }] : []),
  ];
  return pairs(sources, targets, reciprocal(candidate.entry.cameo, match.entry.anchor, candidate.group?.passive ?? false)).map(([source, target]) => ({
    id: eventId(doc.article.id, verb.span.start, source, target, modal.cameo),
    articleId: doc.article.id,
    sentenceIndex: candidate.sentenceIndex,
    source,
    target,
    cameo: modal.cameo,
    date,
    location: null,
    negated: modal.negated,
    hedged: modal.hedged,
    verb,
    rule: match.entry.id,
    evidence,
  }));
}

function dedupeByCode(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = `${m.code}|${m.name}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** The matched words as written: adjacent tokens keep their own spacing ("go-ahead"), gaps become one space. */
export function matchedText(doc: Document, matched: number[]): string {
  const sorted = [...matched].sort((a, b) => a - b);
  let out = '';
  sorted.forEach((i, k) => {
    const t = doc.tokens[i];
    if (k === 0) out = t.text;
    else if (sorted[k - 1] === i - 1) out += doc.article.text.slice(doc.tokens[i - 1].end, t.end);
    else out += ` ${t.text}`;
  });
  return out;
}
