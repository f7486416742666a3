/**
 * Acts only a state does, told in the passive with no agent: "two reporters were arrested in
 * Minsk", "the former minister was sentenced to nine years", "aid workers were expelled from
 * the country". The source is the arm of the state where it took place (lexicon/state-acts.tsv):
 * the police of the place named after the verb ("in Minsk" -> BLRCOP), or of the country of a
 * patient who is one of its own political actors ("the former Belarusian minister was
 * sentenced" -> BLRJUD). Without either, no state is implied and the passive gives no event.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention } from '../document/types.ts';
import { DyadError } from '../util/errors.ts';
import { LEXICON_DIR } from '../util/paths.ts';
import { readTsv } from '../util/tsv.ts';
import type { SentenceView } from './sentence-view.ts';

export interface StateAct {
  id: string;
  codes: readonly string[];
  sector: string;
  prepositions: ReadonlySet<string>;
  /** A patient who is the state's own political actor gives the country ('yes'), or is the source itself ('self'). */
  patient: 'yes' | 'no' | 'self';
}

/** Sectors of a patient that tell the state acting on it: its own government, opposition, parties, former office holders. */
const OWN_POLITICS = new Set(['GOV', 'OPP', 'LEG', 'PTY', 'ELI']);
/** Sectors of a state's armed forces and police. */
const FORCES = new Set(['MIL', 'COP', 'SPY']);
/** Armed groups: their fighters deployed or demobilised act for the group. */
const ARMED = new Set(['REB', 'INS']);
/** Words between the preposition and the place: "in the capital, Minsk", "in southern Belarus". */
const PLACE_LEAD = new Set(['the', 'capital', 'city', 'town', 'province', 'region', 'state', 'country', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', ',']);

export function loadStateActs(dir = LEXICON_DIR): StateAct[] {
  const file = join(dir, 'state-acts.tsv');
  if (!existsSync(file)) return [];
  return readTsv(file, { columns: 6, header: true }).map(({ line, cells }) => {
    const [id, codes, sector, preps, patient] = cells;
    if (patient !== 'yes' && patient !== 'no' && patient !== 'self') throw new DyadError('LEXICON_INVALID', `patient must be yes, no or self, not "${patient}"`, { file, line });
    if (patient !== 'self' && !/^[A-Z]{3}$/.test(sector)) throw new DyadError('LEXICON_INVALID', `sector "${sector}" is not a three-letter sector code`, { file, line });
    const list = codes.split('|').map((c) => c.trim()).filter(Boolean);
    if (!list.length || list.some((c) => !/^\d{2,4}$/.test(c))) throw new DyadError('LEXICON_INVALID', `codes "${codes}" are not CAMEO codes`, { file, line });
    return { id, codes: list, sector, prepositions: new Set(preps.split('|').map((p) => p.trim().toLowerCase()).filter((p) => p !== '-')), patient };
  });
}

export function stateActFor(acts: readonly StateAct[], cameo: string): StateAct | undefined {
  return acts.find((a) => a.codes.some((c) => cameo.startsWith(c)));
}

/** How far after the verb the place may be named ("were detained on Tuesday in the capital, Minsk"). */
const PLACE_REACH = 10;

/**
 * The place named after one of the act's prepositions in tokens [from, end), within reach and
 * before another verb: a state or its city. ("with tear gas": a verb right after a preposition is a noun.)
 */
function placeAfter(view: SentenceView, act: StateAct, from: number, end: number): Mention | undefined {
  const { tokens } = view;
  for (let k = from; k < Math.min(end, from + PLACE_REACH); k++) {
    if (tokens[k].pos === 'VERB' && tokens[k - 1]?.pos !== 'ADP') return undefined;
    if (!act.prepositions.has(tokens[k].lower)) continue;
    let j = k + 1;
    while (j < view.sentence.tokenEnd && j - k <= 4 && !view.mentionCovering(j) && PLACE_LEAD.has(tokens[j].lower)) j++;
    const m = view.mentionCovering(j);
    if (m && m.kind === 'state' && m.country) return m;
  }
  return undefined;
}

/**
 * The state implied as the agent of a passive act with code `cameo`: a mention built on the
 * words that name its place (or its patient), coded `<country><sector>`, or null.
 * `from`/`end` bound the clause after the verb; `patients` are the passive's subjects.
 */
export function impliedStateAgent(view: SentenceView, acts: readonly StateAct[], cameo: string, from: number, end: number, patients: readonly Mention[]): Mention | null {
  const act = stateActFor(acts, cameo);
  if (!act) return null;
  if (act.patient === 'self') {
    // "Japanese riot police were deployed": the force deployed is the state's arm that acts
    const force = patients.length === 1 && patients[0].country && (FORCES.has(patients[0].sector ?? '') || ARMED.has(patients[0].sector ?? '')) ? patients[0] : null;
    return force && { ...force, evidence: [...force.evidence, { stage: 'events', rule: act.id, text: force.text, note: 'no agent named: forces deployed or stood down act for their state or group' }] };
  }
  // "two reporters were detained in Istanbul", "In Tehran, two tourists were arrested"
  const opener = view.sentence.tokenStart;
  const place = placeAfter(view, act, from, end) ?? placeAfter(view, act, opener, opener + 1);
  const countries = new Set(patients.map((p) => p.country));
  const own = act.patient === 'yes' && patients.length && countries.size === 1 && patients.every((p) => p.sector && OWN_POLITICS.has(p.sector)) ? patients[0] : undefined;
  const basis = place ?? own;
  if (!basis?.country) return null;
  const how = place ? `the place it happened ("${place.text}")` : `the country of its patient ("${basis.text}")`;
  return {
    tokenStart: basis.tokenStart,
    tokenEnd: basis.tokenEnd,
    span: basis.span,
    text: basis.text,
    code: `${basis.country}${act.sector}`,
    name: basis.name,
    country: basis.country,
    sector: act.sector,
    kind: 'state',
    evidence: [{ stage: 'events', rule: act.id, text: basis.text, note: `no agent named: a state's act, its source is the state of ${how}` }],
  };
}
