/** Hand-built CodedEvents for unit tests of the stages after the events stage. */
import type { CodedEvent, Mention, ResolvedDate } from '../../src/document/types.ts';

export function actor(code: string, text = code): Mention {
  return { tokenStart: 0, tokenEnd: 1, span: { start: 0, end: text.length }, text, code, name: text, country: code.slice(0, 3), sector: code.length > 3 ? code.slice(3) : null, kind: 'state', evidence: [] };
}

export function textDate(value: string): ResolvedDate {
  return { value, precision: 'day', basis: 'text', rule: 'test' };
}

export function publishedDate(value: string): ResolvedDate {
  return { value, precision: 'day', basis: 'published', rule: 'published' };
}

/** An event read at `verbAt` (a character offset) in sentence `sentence`: "SRC>TGT" dyad, code. */
export function event(dyad: string, cameo: string, sentence: number, verbAt: number, more: Partial<CodedEvent> = {}): CodedEvent {
  const [source, target] = dyad.split('>');
  return {
    id: `${sentence}:${verbAt}:${dyad}:${cameo}`,
    articleId: 'test',
    sentenceIndex: sentence,
    source: actor(source),
    target: target && target !== '-' ? actor(target) : null,
    cameo,
    date: publishedDate('2025-03-10'),
    location: null,
    negated: false,
    hedged: false,
    verb: { text: 'verb', span: { start: verbAt, end: verbAt + 4 }, tokenStart: verbAt, tokenEnd: verbAt + 1 },
    rule: `rule.${cameo}`,
    evidence: [],
    ...more,
  };
}
