/**
 * "a media report said on Sunday": a date attached to a reporting verb dates the report,
 * not the events the report describes. Such dates are kept only for the reporting verb itself;
 * a future act still takes them as its statement date, from every date of the sentence, which
 * the coder passes to resolveEventDate beside these (time/resolve.ts).
 */
import type { Document, Token } from '../document/types.ts';
import type { DateMention } from '../time/index.ts';

export const REPORTING = new Set(['say', 'tell', 'report', 'announce', 'state', 'add', 'confirm', 'reveal', 'disclose', 'claim', 'write', 'quote']);

function tokenAt(doc: Document, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The reporting verb a date hangs on ("said on Sunday", "told reporters on Thursday"), or -1. */
function reportingVerbBefore(tokens: Token[], at: number): number {
  for (let i = at - 1; i >= 0 && at - i <= 4; i--) {
    const t = tokens[i];
    if (t.pos === 'VERB') return REPORTING.has(t.lemma) ? i : -1;
    if (t.pos === 'PUNCT') return -1;
  }
  return -1;
}

export function eventDates(doc: Document, dates: DateMention[], verb: number): DateMention[] {
  return dates.filter((d) => {
    const reporter = reportingVerbBefore(doc.tokens, tokenAt(doc, d.span.start));
    return reporter < 0 || reporter === verb;
  });
}
