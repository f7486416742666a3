/**
 * Words a government's critics use for it ("the regime"): the government of a country other than the
 * speaker's. Used by resolve.ts for such a role without a stated country, after `coref.role`.
 */
import type { Evidence } from '../document/types.ts';
import { countryName } from './knowledge.ts';
import { evidence, tokenText } from './resolve.ts';
import type { SentenceScanner } from './scanner.ts';
import type { ArticleState } from './state.ts';

/** Sectors of a state's own institutions (as resolve.ts STATE_SECTORS). */
const STATE = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);

/** Words for a government its critics use ("the regime"): never the speaking state's own. */
export const CRITICS_WORDS: ReadonlySet<string> = new Set(['title.regime']);

/**
 * "US authorities said they would tighten sanctions on Burma because the regime ...": "the regime" is
 * the government of the last country the sentence named before it other than the speaker's (the
 * actor opening the sentence as a verb's subject, when that is a state or one of its institutions), else
 * the country the article names most other than the speaker's (`context.regime-other`). An opposition
 * or rebels speak of their own regime, and no speaker or no other country leaves the usual chain: null.
 */
export function otherState(scan: SentenceScanner, state: ArticleState, text: string): { country: string; evidence: Evidence } | null {
  const index = scan.sentence.index;
  let k = state.recent.length;
  while (k > 0 && state.recent[k - 1].sentence === index) k--;
  const here = state.recent.slice(k).filter((r) => r.actor.country !== null);
  // A state or its institution opening the sentence speaks of another state's regime; an opposition or
  // rebels speak of their own ("Syria's opposition said"), and an actor further in is no speaker ("An attack
  // north of Damascus persuaded Trump to strike regime targets").
  const first = here[0]?.actor;
  const opening = tokenText(scan.doc, scan.start, Math.min(scan.end, scan.start + 12)).replace(/^(the|an?)\s+/i, '');
  // ... as the subject of a verb ("US authorities said"), not an owner ("Assad's secular regime").
  const after = here[0]?.tokenEnd !== undefined ? scan.token(here[0].tokenEnd!) : undefined;
  const subject = !!after && (after.pos === 'VERB' || after.pos === 'AUX' || after.lower === ',');
  const speaker = first && (first.sector === null || STATE.has(first.sector)) && subject && opening.startsWith(here[0].text) ? first.country : null;
  const other = [...here].reverse().find((r) => r.actor.country !== speaker);
  if (!speaker) return null;
  const by = `not the country of the sentence's first actor ("${here[0].text}")`;
  if (other) {
    const note = `country not stated: a critics' word for a government, inferred ${countryName(scan.kb, other.actor.country!)}, named before it ("${other.text}"), ${by}`;
    return { country: other.actor.country!, evidence: evidence('context.regime-other', text, note) };
  }
  const home = state.dominant(speaker)?.iso3; // "Britain condemned the regime": the article's other country
  if (!home) return null;
  const note = `country not stated: a critics' word for a government, inferred ${countryName(scan.kb, home)}, the country the article names most ${by}`;
  return { country: home, evidence: evidence('context.regime-other', text, note) };
}

/**
 * "The regime jailed three reporters, the British government said": a country named after the regime
 * is the speaker's as often as the regime's: not taken (`context.no-country`, code the sector alone).
 */
export function criticsAhead(text: string, ahead: Evidence): { country: null; evidence: Evidence } {
  const next = /\("([^"]+)"\)/.exec(ahead.note ?? '')?.[1];
  const note = `a critics' word for a government, no country named before it: the one named next${next ? ` ("${next}")` : ''} is as often the critic's, not inferred: code is the sector alone`;
  return { country: null, evidence: evidence('context.no-country', text, note) };
}
