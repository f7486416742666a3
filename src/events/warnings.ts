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
      const facing = facesConsequences(view, warning.match.tokenEnd) ?? wontTolerate(view, warning.match.tokenEnd);
      if (facing) {
        warning.entry = { ...warning.entry, cameo: '130' };
        warning.evidence.push({ stage: 'events', rule: facing.rule, text: facing.text, note: facing.note });
        // the one who will face them: the warning's addressee or the subject of "face"; what will not be tolerated: the actor after it
        if (!warning.targets.length) warning.targets = view.mentions.filter((m) => (facing.after ? m.tokenStart > facing.at : m.tokenStart >= warning.match.tokenEnd && m.tokenEnd <= facing.at) && m.tokenEnd <= breakAfter(view, facing.at)).slice(0, 1);
      }
      return true;
    }
    if (!threat.targets.length) threat.targets = warning.targets;
    dropped.push({ token: warning.match.tokenStart, entry: warning.entry.id, reason: 'a warning whose clause states the threat: the threat is the event' });
    return false;
  });
}

const CONSEQUENCES = new Set(['consequence', 'consequences', 'retaliation', 'reprisal', 'reprisals', 'punishment', 'repercussions', 'retribution', 'response', 'action', 'sanctions']);

interface Menace {
  text: string;
  /** Where the menacing words start. */
  at: number;
  /** The threatened actor comes after the words ("will not tolerate rallies by X"), not before them. */
  after: boolean;
  rule: string;
  note: string;
}

/** "... it would face severe consequences": the words "face ... consequences" in the clause after `from`, or null. */
function facesConsequences(view: SentenceView, from: number): Menace | null {
  const { tokens } = view;
  const end = breakAfter(view, from);
  for (let k = from; k < end; k++) {
    if (tokens[k].lemma !== 'face') continue;
    for (let j = k + 1; j < Math.min(end, k + 5); j++) {
      if (CONSEQUENCES.has(tokens[j].lower)) return { text: words(view, k, j + 1), at: k, after: false, rule: 'warning.face-consequences', note: 'a warning that someone will face consequences threatens them' };
    }
    return null;
  }
  return null;
}

const TOLERATE = new Set(['tolerate', 'allow', 'permit']);

/** "warned that the army would not tolerate strikes by X": a warning that something will not be tolerated threatens who does it. */
function wontTolerate(view: SentenceView, from: number): Menace | null {
  const { tokens } = view;
  const end = breakAfter(view, from);
  for (let k = from + 1; k < end; k++) {
    if (!TOLERATE.has(tokens[k].lemma) || tokens[k].pos !== 'VERB') continue;
    const before = tokens.slice(Math.max(from, k - 4), k).map((t) => t.lower);
    const future = before.some((w) => w === 'will' || w === 'would' || w === "'ll");
    const negated = before.some((w) => w === 'not' || w === "n't" || w === 'n’t' || w === 'never' || w === 'longer');
    if (future && negated) return { text: words(view, k - before.length, k + 1), at: k, after: true, rule: 'warning.not-tolerate', note: 'a warning that something will not be tolerated threatens those who do it' };
  }
  return null;
}

function words(view: SentenceView, from: number, to: number): string {
  return view.tokens.slice(from, to).map((t) => t.text).join(' ');
}

