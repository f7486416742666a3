/** The public event record of DESIGN.md, field for field (docs/RECORD.md). */
import type { Article, CodedEvent, Mention } from '../document/types.ts';
import type { CameoTable, PloverCoding } from '../ontology/cameo.ts';
import { locationRecord } from '../places/index.ts';

/** Where the event took place: `feature` is country, admin1 (province, state) or city. */
export interface LocationRecord {
  name: string;
  country: string;
  admin1: string | null;
  lat: number;
  lon: number;
  feature: string;
}

export interface ActorRecord {
  text: string;
  code: string;
  name: string;
  country: string | null;
  sector: string | null;
}

export interface EventRecord {
  id: string;
  article_id: string;
  published: string | null;
  sentence_index: number;
  sentence: string;
  /** How often the article reports the event (1 for an event read once). */
  mentions: number;
  /** Every sentence that reports it, ascending; `sentence_index` is the first body mention's. */
  sentence_indexes: number[];
  source: ActorRecord;
  target: ActorRecord | null;
  cameo: string;
  root: string;
  quad_class: number;
  goldstein: number;
  plover: PloverCoding;
  date: string | null;
  date_precision: 'day' | 'month' | 'year' | null;
  date_basis: 'text' | 'published' | null;
  location: LocationRecord | null;
  negated: boolean;
  hedged: boolean;
  evidence: { verb: string; rule: string; reporter: ReporterRecord | null };
  coder: string;
}

/** Who reported the event, for reported speech ("Ghana said Togo had closed the border"). */
export interface ReporterRecord {
  text: string;
  code: string | null;
}

/** What the mention merge adds to an event (src/pipeline/merge-mentions.ts); absent, the event was read once. */
interface MentionCount {
  mentions?: number;
  sentenceIndexes?: number[];
}

function actor(m: Mention): ActorRecord {
  return { text: m.text, code: m.code, name: m.name, country: m.country, sector: m.sector };
}

/** The reporter of reported speech: the events stage's `reported-speech` evidence. */
function reporter(event: CodedEvent): ReporterRecord | null {
  const e = event.evidence.find((x) => x.stage === 'events' && x.rule === 'reported-speech');
  return e ? { text: e.text, code: e.note ?? null } : null;
}

export function toRecord(event: CodedEvent & MentionCount, article: Article, sentence: string, cameo: CameoTable, coder: string): EventRecord {
  const code = cameo.get(event.cameo);
  if (!code) throw new Error(`event ${event.id} has unknown CAMEO code ${event.cameo}`);
  return {
    id: event.id,
    article_id: article.id,
    published: article.published,
    sentence_index: event.sentenceIndex,
    sentence,
    mentions: event.mentions ?? 1,
    sentence_indexes: event.sentenceIndexes ?? [event.sentenceIndex],
    source: actor(event.source),
    target: event.target ? actor(event.target) : null,
    cameo: code.code,
    root: code.root,
    quad_class: code.quadClass,
    goldstein: code.goldstein,
    plover: { event: code.plover.event, mode: code.plover.mode, context: [...code.plover.context] },
    date: event.date?.value ?? null,
    date_precision: event.date?.precision ?? null,
    date_basis: event.date?.basis ?? null,
    location: locationRecord(event.location),
    negated: event.negated,
    hedged: event.hedged,
    evidence: { verb: event.verb.text, rule: event.rule, reporter: reporter(event) },
    coder,
  };
}
