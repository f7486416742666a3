/**
 * A sentence with marked spans. Marks may overlap (several events in one sentence): the text
 * is cut at every mark boundary and each piece carries the kinds and events covering it.
 */
import type { EventRecord, Mark } from './api.ts';
import { el } from './dom.ts';

/** The first whole-word occurrence of `word` in `text` from `from`, or -1. */
function wordAt(text: string, word: string, from: number): number {
  for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!/\p{L}/u.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i + word.length] ?? '')) return i;
  }
  return -1;
}

/**
 * The marks of one record in its sentence, as GET /articles/:id gives them: the first
 * occurrence of each of its words; words matched apart ("signed agreement") one by one.
 */
export function recordMarks(sentence: string, r: EventRecord): Mark[] {
  const marks: Mark[] = [];
  const mark = (text: string | null | undefined, kind: Mark['kind'], code: string | null) => {
    if (!text) return;
    const start = sentence.indexOf(text);
    if (start >= 0) {
      marks.push({ start, end: start + text.length, kind, code, event_id: r.id });
      return;
    }
    let from = 0;
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const at = wordAt(sentence, word, from);
      if (at < 0) continue;
      marks.push({ start: at, end: at + word.length, kind, code, event_id: r.id });
      from = at + word.length;
    }
  };
  mark(r.source.text, 'source', r.source.code);
  mark(r.target?.text, 'target', r.target?.code ?? null);
  mark(r.evidence.verb, 'verb', r.cameo);
  mark(r.location?.name, 'location', r.location?.country ?? null);
  return marks;
}

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
