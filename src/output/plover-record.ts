/**
 * The event record with PLOVER as the primary coding (`dyad code --ontology plover`):
 * `event_type`, `mode`, `context` where the CAMEO record has `cameo`, `root`, `quad_class`,
 * `goldstein`; the CAMEO coding kept as one secondary object, `cameo`. Every other field is
 * the CAMEO record's, in the same order (docs/RECORD.md).
 */
import type { PloverEvent } from '../ontology/cameo.ts';
import type { EventRecord } from './record.ts';

/** Which coding is primary in tables and JSONL. */
export type Ontology = 'cameo' | 'plover';

export const ONTOLOGIES: readonly Ontology[] = ['cameo', 'plover'];

export interface PloverRecord {
  id: string;
  article_id: string;
  published: string | null;
  sentence_index: number;
  sentence: string;
  mentions: number;
  sentence_indexes: number[];
  source: EventRecord['source'];
  target: EventRecord['target'];
  event_type: PloverEvent;
  mode: string | null;
  context: string[];
  cameo: { code: string; root: string; quad_class: EventRecord['quad_class']; goldstein: number };
  date: EventRecord['date'];
  date_precision: EventRecord['date_precision'];
  date_basis: EventRecord['date_basis'];
  location: EventRecord['location'];
  negated: boolean;
  hedged: boolean;
  evidence: EventRecord['evidence'];
  coder: string;
}

/**
 * The PLOVER record of an event, or null when its CAMEO code has no PLOVER event type
 * (public statements 01x and appeals 02x): PLOVER has no such category, and a record
 * without an event type is no PLOVER event.
 */
export function toPloverRecord(r: EventRecord): PloverRecord | null {
  const { event, mode, context } = r.plover;
  if (!event) return null;
  return {
    id: r.id,
    article_id: r.article_id,
    published: r.published,
    sentence_index: r.sentence_index,
    sentence: r.sentence,
    mentions: r.mentions,
    sentence_indexes: r.sentence_indexes,
    source: r.source,
    target: r.target,
    event_type: event,
    mode,
    context,
    cameo: { code: r.cameo, root: r.root, quad_class: r.quad_class, goldstein: r.goldstein },
    date: r.date,
    date_precision: r.date_precision,
    date_basis: r.date_basis,
    location: r.location,
    negated: r.negated,
    hedged: r.hedged,
    evidence: r.evidence,
    coder: r.coder,
  };
}
