/**
 * PLOVER JSONL: per deduplicated event, the PLOVER record (docs/RECORD.md) of its
 * representative mention, followed by the event's id and GDELT counts. Events whose CAMEO
 * code has no PLOVER type (01x, 02x) are left out, as in `dyad code --ontology plover`.
 */
import { toPloverRecord, type PloverRecord } from '../../output/plover-record.ts';
import type { StoredEvent } from '../types.ts';

export interface PloverExport extends PloverRecord {
  event_id: string;
  num_mentions: number;
  num_sources: number;
  num_articles: number;
}

export function ploverExport(e: StoredEvent): PloverExport | null {
  const record = toPloverRecord(e.record);
  if (!record) return null;
  return { ...record, event_id: e.id, num_mentions: e.numMentions, num_sources: e.numSources, num_articles: e.numArticles };
}
