/** A human table of event records, for the terminal; the primary coding's columns come first. */
import type { EventRecord } from './record.ts';
import type { Ontology } from './plover-record.ts';

interface Column {
  title: string;
  width: number;
  value: (r: EventRecord) => string;
}

const DATE: Column = { title: 'date', width: 14, value: (r) => (r.date ? `${r.date}${r.date_basis === 'published' ? ' pub' : ''}` : '-') };
const SOURCE: Column = { title: 'source', width: 16, value: (r) => `${r.source.code} ${r.source.name}` };
const TARGET: Column = { title: 'target', width: 16, value: (r) => (r.target ? `${r.target.code} ${r.target.name}` : '-') };
const CAMEO: Column = { title: 'cameo', width: 5, value: (r) => r.cameo };
const GOLDSTEIN: Column = { title: 'gs', width: 5, value: (r) => r.goldstein.toFixed(1) };
const PLOVER: Column = { title: 'plover', width: 9, value: (r) => r.plover.event ?? '-' };
const MODE: Column = { title: 'mode', width: 10, value: (r) => r.plover.mode ?? '-' };
const CONTEXT: Column = { title: 'context', width: 16, value: (r) => r.plover.context.join(';') || '-' };
const MENTIONS: Column = { title: 'n', width: 2, value: (r) => String(r.mentions) };
const VERB: Column = { title: 'verb', width: 22, value: (r) => `${r.negated ? 'NOT ' : ''}${r.hedged ? '~' : ''}${r.evidence.verb}` };
const SENTENCE: Column = { title: 'sentence', width: 60, value: (r) => r.sentence.replace(/\s+/g, ' ') };

const COLUMNS: Record<Ontology, Column[]> = {
  cameo: [DATE, SOURCE, CAMEO, TARGET, GOLDSTEIN, PLOVER, MENTIONS, VERB, SENTENCE],
  plover: [DATE, SOURCE, PLOVER, MODE, TARGET, CONTEXT, CAMEO, MENTIONS, VERB, SENTENCE],
};

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** `n` is the event's mention count in the article. */
export function formatTable(records: EventRecord[], articleId?: string, ontology: Ontology = 'cameo'): string {
  const columns = COLUMNS[ontology];
  const lines: string[] = [];
  if (articleId !== undefined) lines.push(`# ${articleId}: ${records.length} event${records.length === 1 ? '' : 's'}`);
  if (!records.length) return lines.join('\n');
  lines.push(columns.map((c) => fit(c.title, c.width)).join('  ').trimEnd());
  for (const r of records) lines.push(columns.map((c) => fit(c.value(r), c.width)).join('  ').trimEnd());
  return lines.join('\n');
}
