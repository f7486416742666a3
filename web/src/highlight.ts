/**
 * A sentence with marked spans. Marks may overlap (several events in one sentence): the text
 * is cut at every mark boundary and each piece carries the kinds and events covering it.
 */
import type { Mark } from './api.ts';
import { el } from './dom.ts';

const KIND_ORDER: Mark['kind'][] = ['source', 'target', 'verb', 'location'];

export function highlighted(text: string, marks: Mark[]): HTMLElement {
  const out = el('span', { class: 'sentence' });
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const piece = text.slice(start, end);
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    if (!covering.length) {
      out.append(piece);
      continue;
    }
    const kinds = KIND_ORDER.filter((k) => covering.some((m) => m.kind === k));
    const codes = [...new Set(covering.map((m) => `${m.kind}${m.code ? ` ${m.code}` : ''}`))];
    out.append(
      el('mark', { class: kinds.map((k) => `mark-${k}`).join(' '), 'data-kinds': kinds.join(' '), 'data-events': [...new Set(covering.map((m) => m.event_id))].join(' '), title: codes.join(', ') }, piece),
    );
  }
  return out;
}
