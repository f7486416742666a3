/** The public event record of DESIGN.md, field for field. */
import type { Article, CodedEvent, Mention } from '../document/types.ts';
import type { CameoTable } from '../ontology/cameo.ts';

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
  source: ActorRecord;
  target: ActorRecord | null;
  cameo: string;
  root: string;
  quad_class: number;
  goldstein: number;
  plover: { event: string | null; mode: string | null };
  date: string | null;
  date_precision: 'day' | 'month' | 'year' | null;
  date_basis: 'text' | 'published' | null;
  location: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  negated: boolean;
  hedged: boolean;
  evidence: { verb: string; rule: string };
  coder: string;
}

function actor(m: Mention): ActorRecord {
  return { text: m.text, code: m.code, name: m.name, country: m.country, sector: m.sector };
}

export function toRecord(event: CodedEvent, article: Article, sentence: string, cameo: CameoTable, coder: string): EventRecord {
  const code = cameo.get(event.cameo);
  if (!code) throw new Error(`event ${event.id} has unknown CAMEO code ${event.cameo}`);
  return {
    id: event.id,
    article_id: article.id,
    published: article.published,
    sentence_index: event.sentenceIndex,
    sentence,
    source: actor(event.source),
    target: event.target ? actor(event.target) : null,
    cameo: code.code,
    root: code.root,
    quad_class: code.quadClass,
    goldstein: code.goldstein,
    plover: { event: code.plover.event, mode: code.plover.mode },
    date: event.date?.value ?? null,
    date_precision: event.date?.precision ?? null,
    date_basis: event.date?.basis ?? null,
    location: event.location,
    negated: event.negated,
    hedged: event.hedged,
    evidence: { verb: event.verb.text, rule: event.rule },
    coder,
  };
}
