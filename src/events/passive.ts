/**
 * The actors of a passive verb: its agent is the first by-phrase ("were shelled by government
 * forces"); with none, a weapon ("killed by a roadside bomb": an unnamed attacker) or, for acts
 * only a state does, the state of the place ("were arrested in Minsk"). Its patients are the
 * subject ("Two villages were shelled"), the phrase a reduced passive modifies ("an activist
 * imprisoned by the regime"), or, when the subject is the object a pattern names ("a curfew was
 * imposed on the city"), the target after the verb.
 */
import type { Evidence, Mention, Token } from '../document/types.ts';
import type { EventLexicon } from './lexicon.ts';
import type { PatternMatch } from './match.ts';
import { agentAfter, byPhraseAfter, inPrepositionalPhrase, partiesBetween } from './noun-phrases.ts';
import { patientBefore, reducedPassive } from './participles.ts';
import type { SentenceView } from './sentence-view.ts';
import { impliedStateAgent } from './state-acts.ts';
import type { SubjectResolver } from './subject.ts';
import { violentCode, weaponAgent } from './instruments.ts';

/** "is opposed to", "is committed to": a participle naming the subject's own stance, not a passive. */
const STANCE_PARTICIPLES = new Set(['opposed', 'committed', 'dedicated', 'determined']);

export function statePassive(tokens: Token[], i: number): boolean {
  return STANCE_PARTICIPLES.has(tokens[i].lower) && tokens[i + 1]?.lower === 'to';
}

/** "Civilians in the village were shelled": with no subject actor, an actor in a prepositional phrase before the verb. */
function patientInPhrase(view: SentenceView, groupStart: number): Mention[] {
  for (let k = view.mentions.length - 1; k >= 0; k--) {
    const m = view.mentions[k];
    if (m.tokenEnd > groupStart) continue;
    if (inPrepositionalPhrase(view, m)) return [m];
    break;
  }
  return [];
}

const PAST_PASSIVE = new Set(['was', 'were', 'been']);

/**
 * May a passive with no agent imply a state's act? Only one told as done ("were arrested", "has
 * been jailed"): not a reduced passive describing its noun ("a nurse jailed in Iran"), not a
 * state or a possibility ("are held in camps", "could be charged"), not one whose by-phrase
 * names someone dyad does not know ("indicted by the tribunal").
 */
function impliesState(view: SentenceView, groupStart: number, i: number, end: number): boolean {
  const { tokens } = view;
  if (!tokens.slice(groupStart, i).some((t) => PAST_PASSIVE.has(t.lower))) return false;
  return !byPhraseAfter(view, i + 1, end);
}

/**
 * The subject of a finite passive, its patient: the actor before it in the clause, else what the
 * subject resolver reads ("X, who was detained by police": the relative's antecedent; "she was
 * arrested": the pronoun's antecedent; "raided the house and were attacked": the conjoined subject).
 */
function grammaticalSubject(resolver: SubjectResolver, groupStart: number, i: number): { mentions: Mention[] } {
  const found = resolver.search(groupStart);
  return found.mentions.length ? found : { mentions: resolver.subjectOf(i).mentions };
}

export interface PassiveActors {
  sources: Mention[];
  /** Patients before the verb; null when the subject is the pattern's object (targets come after the verb). */
  patients: Mention[] | null;
  evidence: Evidence[];
}

/** The agents and patients of passive verb `i` (verb group from `groupStart`), or null when no agent can be named. */
/** `end` bounds the verb's clause; `placeEnd` the phrase where the place of a state's act may be named (a hard break). */
export function passiveActors(view: SentenceView, lexicon: EventLexicon, resolver: SubjectResolver, match: PatternMatch, groupStart: number, end: number, placeEnd: number): PassiveActors | null {
  const { tokens } = view;
  const i = match.tokenStart;
  const evidence: Evidence[] = [];
  let agents = agentAfter(view, i + 1, end);
  // "an activist previously imprisoned by the regime": a passive with no "be" modifies the phrase right before it
  const reduced = reducedPassive(tokens, groupStart, i);
  // "Protesters were dispersed": the pattern's object is an actor before the verb, the patient
  const objectActor = match.objectBefore && match.target && match.target.tokenEnd <= groupStart ? [match.target] : [];
  const left = match.objectBefore ? { mentions: objectActor } : reduced ? { mentions: patientBefore(view, groupStart) } : grammaticalSubject(resolver, groupStart, i);
  if (!agents.length && match.objectBefore) {
    // "talks were held in Geneva between Iran and the US", "a ceasefire was signed between the two countries": the parties
    agents = partiesBetween(view, match.tokenEnd, end);
  }
  if (!agents.length) {
    // "were killed by a roadside bomb": the weapon stands for an unnamed attacker; "were arrested in Minsk": the state of the place
    const weapon = violentCode(lexicon.instruments, match.entry.cameo) ? weaponAgent(view, lexicon.instruments, match.tokenEnd, end) : null;
    const implied = weapon ?? (impliesState(view, groupStart, i, end) ? impliedStateAgent(view, lexicon.stateActs, match.entry.cameo, match.tokenEnd, Math.max(end, placeEnd), left.mentions) : null);
    if (!implied) return null;
    agents = [implied];
    evidence.push(...implied.evidence);
  }
  resolver.passiveSubjects.set(i, left.mentions);
  const codes = new Set(agents.map((m) => m.code));
  evidence.push({ stage: 'events', rule: match.objectBefore ? 'clause.passive-object' : 'clause.passive', text: tokens.slice(groupStart, i + 1).map((t) => t.text).join(' ') });
  if (match.objectBefore) return { sources: agents, patients: null, evidence };
  // a reduced passive modifies the phrase right before it, or no actor; the agents are never their own patients
  const patients = left.mentions.length || reduced ? left.mentions : patientInPhrase(view, groupStart);
  return { sources: agents, patients: patients.filter((m) => !codes.has(m.code)), evidence };
}
