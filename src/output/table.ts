/** A human table of event records, for the terminal. */
import type { EventRecord } from './record.ts';

const COLUMNS: Array<{ title: string; width: number; value: (r: EventRecord) => string }> = [
  { title: 'date', width: 14, value: (r) => (r.date ? `${r.date}${r.date_basis === 'published' ? ' pub' : ''}` : '-') },
  { title: 'source', width: 16, value: (r) => `${r.source.code} ${r.source.name}` },
  { title: 'cameo', width: 5, value: (r) => r.cameo },
  { title: 'target', width: 16, value: (r) => (r.target ? `${r.target.code} ${r.target.name}` : '-') },
  { title: 'gs', width: 5, value: (r) => r.goldstein.toFixed(1) },
  { title: 'plover', width: 9, value: (r) => r.plover.event ?? '-' },
  { title: 'verb', width: 22, value: (r) => `${r.negated ? 'NOT ' : ''}${r.hedged ? '~' : ''}${r.evidence.verb}` },
  { title: 'sentence', width: 60, value: (r) => r.sentence.replace(/\s+/g, ' ') },
];

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

export function formatTable(records: EventRecord[], articleId?: string): string {
  const lines: string[] = [];
  if (articleId !== undefined) lines.push(`# ${articleId}: ${records.length} event${records.length === 1 ? '' : 's'}`);
  if (!records.length) return lines.join('\n');
  lines.push(COLUMNS.map((c) => fit(c.title, c.width)).join('  '));
  for (const r of records) lines.push(COLUMNS.map((c) => fit(c.value(r), c.width)).join('  ').trimEnd());
  return lines.join('\n');
}
