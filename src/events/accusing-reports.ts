/**
 * Verbs of accusing and complaining used to report a clause: "Croatian police beat refugees,
 * Amnesty International charged", "the opposition charged that the army had fired". The
 * accusation's target is the actor the reported clause is about (its first actor that is no
 * object of a preposition); "protested" reporting a clause is a protest in words (111), not a
 * demonstration.
 */
import type { Mention } from '../document/types.ts';
import type { EventCandidate } from './code-sentence.ts';
import { inPrepositionalPhrase } from './noun-phrases.ts';
import type { SentenceView } from './sentence-view.ts';

const ACCUSING = new Set(['charge', 'allege', 'complain', 'protest', 'accuse']);
/** Words that may follow a reporting verb that closes the sentence: "..., the group charged here on Wednesday." */
const TRAILING = /^(here|there|today|yesterday|on|in|late|early|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|evening|afternoon|week|month)$/;

export function accusingReports(view: SentenceView, candidates: EventCandidate[]): EventCandidate[] {
  for (const c of candidates) {
    const verb = c.match.tokenStart;
    if (!ACCUSING.has(view.tokens[verb].lemma) || c.targets.length || c.match.tokenEnd - verb > 2) continue;
    const clause = reportedClause(view, c);
    if (!clause) continue;
    const about = view.mentions.find((m) => m.tokenStart >= clause.start && m.tokenEnd <= clause.end && !inPrepositionalPhrase(view, m) && !c.sources.includes(m));
    if (!about) continue;
    c.targets = [about];
    if (c.entry.cameo.startsWith('14')) c.entry = { ...c.entry, cameo: '111' }; // "..., a rights group protested": in words
    c.evidence.push({ stage: 'events', rule: 'clause.accusing-report', text: about.text, note: `"${view.tokens[verb].text}" reports a clause about ${about.text}: the accusation is aimed at it` });
  }
  return candidates;
}

/** The clause the verb reports: after it ("charged that ..."), or before the comma that opens its own clause ("..., Amnesty charged"). */
function reportedClause(view: SentenceView, c: EventCandidate): { start: number; end: number } | null {
  const { tokens, sentence } = view;
  const verb = c.match.tokenStart;
  if (tokens[c.match.tokenEnd]?.lower === 'that' || tokens[c.match.tokenEnd - 1]?.lower === 'that') return { start: c.match.tokenEnd, end: sentence.tokenEnd };
  const reporter: Mention | undefined = c.sources[0];
  if (!reporter || reporter.tokenEnd > verb) return null;
  let comma = reporter.tokenStart - 1;
  while (comma > sentence.tokenStart && tokens[comma].text !== ',' && reporter.tokenStart - comma <= 4) comma--;
  if (tokens[comma]?.text !== ',') return null;
  for (let k = verb + 1; k < sentence.tokenEnd; k++) {
    const t = tokens[k];
    if (t.pos === 'PUNCT') return k === sentence.tokenEnd - 1 || t.text === '.' ? { start: sentence.tokenStart, end: comma } : null;
    if (!TRAILING.test(t.lower) && t.pos !== 'NUM') return null;
  }
  return { start: sentence.tokenStart, end: comma };
}
