/**
 * Who "he", "she", "it" and "they" refer to: the most recent fitting actor earlier in the
 * article. A small, explicit record of the discourse, updated sentence by sentence.
 */
import type { Mention } from '../document/types.ts';

export interface Discourse {
  person?: Mention;
  single?: Mention;
  group?: Mention[];
}

const PERSONAL = new Set(['he', 'she', 'it', 'they']);

export function isSubjectPronoun(word: string): boolean {
  return PERSONAL.has(word);
}

export function resolvePronoun(discourse: Discourse, word: string): Mention[] {
  switch (word) {
    case 'he':
    case 'she':
      return discourse.person ? [discourse.person] : [];
    case 'it':
      return discourse.single && discourse.single.kind !== 'person' ? [discourse.single] : [];
    case 'they':
      return discourse.group ?? [];
    default:
      return [];
  }
}

/** Remember the subject of a clause (its conjuncts already expanded). */
export function noteSubject(discourse: Discourse, subject: Mention[]): void {
  if (subject.length >= 2) discourse.group = subject;
  else if (subject.length === 1) {
    const m = subject[0];
    if (m.kind === 'person') discourse.person = m;
    else if (m.kind === 'collective') discourse.group = [m];
    else discourse.single = m;
  }
}
