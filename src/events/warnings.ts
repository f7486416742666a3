/**
 * Warnings (CAMEO 012) that are threats: "China warned that it will impose sanctions on
 * Lithuania" is the threat its clause states; "warned Iran it would face retaliation" threatens
 * Iran with consequences (130).
 */
import type { EventCandidate, SentenceCoding } from './code-sentence.ts';
import { breakAfter, type SentenceView } from './sentence-view.ts';

/**
 * "China warned that it will impose sanctions on Lithuania": the warning is the threat its
 * clause states; the bare warning (012) gives way, and the threat takes its addressee
 * ("warned Israel that it would strike back").
 */
export function warningsAsThreats(view: SentenceView, candidates: EventCandidate[], dropped: SentenceCoding['dropped']): EventCandidate[] {
  return candidates.filter((warning) => {
    if (warning.entry.anchor !== 'warn' || warning.entry.cameo !== '012') return true;
    const codes = new Set(warning.sources.map((m) => m.code));
    const threat = candidates.find((c) => c !== warning && c.match.tokenStart > warning.match.tokenStart && c.group?.future && c.sources.some((m) => codes.has(m.code)));
    if (!threat) {
      // "warned Iran it would face retaliation": a warning of consequences is a threat (130)
      const facing = facesConsequences(view, warning.match.tokenEnd);
      if (facing) {
        warning.entry = { ...warning.entry, cameo: '130' };
        warning.evidence.push({ stage: 'events', rule: 'warning.face-consequences', text: facing.text, note: 'a warning that someone will face consequences threatens them' });
        // the one who will face them: the warning's addressee or the subject of "face"
        if (!warning.targets.length) warning.targets = view.mentions.filter((m) => m.tokenStart >= warning.match.tokenEnd && m.tokenEnd <= facing.at).slice(0, 1);
      }
      return true;
    }
    if (!threat.targets.length) threat.targets = warning.targets;
    dropped.push({ token: warning.match.tokenStart, entry: warning.entry.id, reason: 'a warning whose clause states the threat: the threat is the event' });
    return false;
  });
}

const CONSEQUENCES = new Set(['consequence', 'consequences', 'retaliation', 'reprisal', 'reprisals', 'punishment', 'repercussions', 'retribution', 'response', 'action', 'sanctions']);

/** "... it would face severe consequences": the words "face ... consequences" in the clause after `from` and where "face" is, or null. */
function facesConsequences(view: SentenceView, from: number): { text: string; at: number } | null {
  const { tokens } = view;
  const end = breakAfter(view, from);
  for (let k = from; k < end; k++) {
    if (tokens[k].lemma !== 'face') continue;
    for (let j = k + 1; j < Math.min(end, k + 5); j++) if (CONSEQUENCES.has(tokens[j].lower)) return { text: tokens.slice(k, j + 1).map((t) => t.text).join(' '), at: k };
    return null;
  }
  return null;
}

