/**
 * Where an event record's words are in its sentence: the marks GET /articles/:id returns and
 * the dashboard draws for records without them. No imports: the dashboard bundles this file.
 */

export interface Mark {
  /** UTF-16 offsets into the sentence's text. */
  start: number;
  end: number;
  kind: 'source' | 'target' | 'verb' | 'location';
  /** Actor code for source and target, CAMEO code for the verb. */
  code: string | null;
  event_id: string;
}

/** The fields of an event record (output/record.ts) that marks are read from. */
export interface MarkedRecord {
  id: string;
  cameo: string;
  source: { text: string | null; code: string };
  target: { text: string; code: string } | null;
  evidence: { verb: string | null };
  location: { name: string; country: string | null } | null;
}

/** The first whole-word occurrence of `word` in `text` from `from`, or -1. */
function wordAt(text: string, word: string, from: number): number {
  for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!/\p{L}/u.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i + word.length] ?? '')) return i;
  }
  return -1;
}

/**
 * The first occurrence of each of the record's words, when found. Words the lexicon matched
 * apart ("signed agreement" in "signed a rail agreement") are marked one by one, in order.
 */
export function marksOf(sentence: string, r: MarkedRecord): Mark[] {
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
  return marks.sort((a, b) => a.start - b.start || a.end - b.end);
}
