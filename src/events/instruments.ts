/**
 * Attacks told by their weapon, with no attacker named: "A car bomb killed 12 people", "three
 * soldiers were killed by a roadside bomb", "were wounded in a suicide attack". The source is an
 * unidentified armed actor (CAMEO UAF) whose mention is the weapon's words; the place of the
 * attack gives it a country later (places/actor-country.ts). A definite weapon ("the bombing")
 * refers back to an attack told before, whose attacker the article may name: no source from it.
 * Word lists: lexicon/instruments.tsv.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Evidence, Mention, Token } from '../document/types.ts';
import { DyadError } from '../util/errors.ts';
import { LEXICON_DIR } from '../util/paths.ts';
import { readTsv } from '../util/tsv.ts';
import type { SentenceView } from './sentence-view.ts';

export interface Instruments {
  /** Weapon phrases as lemma sequences ("explosive device" -> ['explosive', 'device']). */
  weapons: string[][];
  notAttack: ReadonlySet<string>;
  /** CAMEO roots or codes of the acts a weapon can be the source of. */
  roots: readonly string[];
  /** Object head nouns that make a violent verb figurative ("killed off the deal"). */
  figurative: ReadonlySet<string>;
  /** Words before a violent noun that make it figurative ("cold war", "trade war"). */
  figurativeModifiers: ReadonlySet<string>;
  /** Object head nouns that make "meet" no meeting ("met with criticism", "met the deadline"). */
  meetingFigures: ReadonlySet<string>;
  /** Codes of verbal acts that a place as object makes physical ("defended the city"), and those places. */
  verbalCodes: readonly string[];
  placeObjects: ReadonlySet<string>;
  rule: (phrase: string[]) => string;
}

const CLASSES = new Set(['weapon', 'not-attack', 'violent-root', 'figurative', 'figurative-modifier', 'meeting-figure', 'verbal-root', 'place-object']);

export function loadInstruments(dir = LEXICON_DIR): Instruments {
  const file = join(dir, 'instruments.tsv');
  const weapons: Array<{ words: string[]; id: string }> = [];
  const notAttack = new Set<string>();
  const roots: string[] = [];
  const figurative = new Set<string>();
  const figurativeModifiers = new Set<string>();
  const meetingFigures = new Set<string>();
  const verbalCodes: string[] = [];
  const placeObjects = new Set<string>();
  if (existsSync(file)) {
    for (const { line, cells } of readTsv(file, { columns: 4, header: true })) {
      const [id, cls, words] = cells;
      if (!CLASSES.has(cls)) throw new DyadError('LEXICON_INVALID', `unknown class "${cls}" (${[...CLASSES].join(', ')})`, { file, line });
      const list = words.split('|').map((w) => w.trim().toLowerCase()).filter(Boolean);
      if (cls === 'weapon') for (const w of list) weapons.push({ words: w.split(/\s+/), id });
      else if (cls === 'not-attack') for (const w of list) notAttack.add(w);
      else if (cls === 'figurative') for (const w of list) figurative.add(w);
      else if (cls === 'figurative-modifier') for (const w of list) figurativeModifiers.add(w);
      else if (cls === 'meeting-figure') for (const w of list) meetingFigures.add(w);
      else if (cls === 'verbal-root') verbalCodes.push(...list);
      else if (cls === 'place-object') for (const w of list) placeObjects.add(w);
      else roots.push(...list);
    }
  }
  // Longest phrase first: "bomb blast" before "blast".
  weapons.sort((a, b) => b.words.length - a.words.length);
  const ids = new Map(weapons.map((w) => [w.words.join(' '), w.id]));
  return { weapons: weapons.map((w) => w.words), notAttack, roots, figurative, figurativeModifiers, meetingFigures, verbalCodes, placeObjects, rule: (p) => ids.get(p.join(' ')) ?? 'instrument' };
}

/** Can a weapon be the source of an act with this CAMEO code? */
export function violentCode(instruments: Instruments, cameo: string): boolean {
  return instruments.roots.some((r) => cameo.startsWith(r));
}

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'such']);
const NP_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** The noun phrase starting at `start` (determiner, modifiers, nouns): its end, or `start` when none. */
function nounPhraseEnd(tokens: Token[], start: number, end: number): number {
  let k = start;
  while (k < end && NP_POS.has(tokens[k].pos) && !(k > start && tokens[k].pos === 'DET')) k++;
  // "a suicide bomb attack": the head is the last noun of the run
  return k;
}

function weaponIn(view: SentenceView, instruments: Instruments, start: number, end: number): { phrase: string[]; start: number; end: number } | null {
  const { tokens } = view;
  if (end <= start || DEFINITE.has(tokens[start].lower)) return null;
  for (let k = start; k < end; k++) if (view.mentionCovering(k)) return null; // "a Taliban attack": the attacker is named
  const lemmas = tokens.slice(start, end).map((t) => (t.lower === 'ieds' ? 'ied' : t.lemma.toLowerCase()));
  for (const phrase of instruments.weapons) {
    const at = lemmas.length - phrase.length;
    if (at < 0 || phrase.some((w, n) => lemmas[at + n] !== w)) continue;
    if (lemmas.slice(0, at).some((w) => instruments.notAttack.has(w))) return null;
    return { phrase, start, end };
  }
  return null;
}

function attacker(view: SentenceView, instruments: Instruments, w: { phrase: string[]; start: number; end: number }): Mention {
  const { tokens } = view;
  const first = DEFINITE.has(tokens[w.start].lower) || tokens[w.start].pos === 'DET' ? w.start + 1 : w.start;
  const span = { start: tokens[first].start, end: tokens[w.end - 1].end };
  const text = tokens.slice(first, w.end).map((t, n) => (n > 0 && t.spaceBefore ? ' ' : '') + t.text).join('');
  const evidence: Evidence[] = [{ stage: 'events', rule: instruments.rule(w.phrase), text, note: 'no attacker named: an unidentified armed actor (UAF) is the source' }];
  return { tokenStart: first, tokenEnd: w.end, span, text, code: 'UAF', name: 'Unidentified attackers', country: null, sector: 'UAF', kind: 'group', evidence };
}

/** "A car bomb killed ...": the weapon opening the clause that ends at the verb group. */
export function weaponSubject(view: SentenceView, instruments: Instruments, boundary: number, groupStart: number): Mention | null {
  const { tokens } = view;
  let k = Math.max(boundary + 1, view.sentence.tokenStart);
  while (k < groupStart && (tokens[k].pos === 'ADV' || tokens[k].pos === 'CCONJ' || tokens[k].pos === 'PUNCT')) k++;
  const end = nounPhraseEnd(tokens, k, groupStart);
  const w = weaponIn(view, instruments, k, end);
  return w ? attacker(view, instruments, w) : null;
}

const INSTRUMENT_PREPS = new Set(['by', 'in', 'during', 'with']);

/** "were killed by a roadside bomb", "were wounded in a suicide attack": the weapon after a passive verb. */
export function weaponAgent(view: SentenceView, instruments: Instruments, from: number, end: number): Mention | null {
  const { tokens } = view;
  for (let k = from; k < end - 1; k++) {
    if (!INSTRUMENT_PREPS.has(tokens[k].lower)) continue;
    const w = weaponIn(view, instruments, k + 1, nounPhraseEnd(tokens, k + 1, end));
    if (w) return attacker(view, instruments, w);
  }
  return null;
}

const OBJECT_LEAD = new Set(['off', 'up', 'down', 'out', 'any', 'all', 'every', 'each', 'whatever']);
const OWNER_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * "killed off any challenge to the mayor", "torpedoed the peace talks": the direct object
 * of a violent verb is a thing said or planned (lexicon/instruments.tsv `figurative`), so the
 * verb is a figure of speech. Returns the object's head word, or null. `from` is the token after
 * the verb's matched words; a named actor first ("attacked Kurdish forces") is a real object.
 */
export function figurativeObject(view: SentenceView, instruments: Instruments, from: number, end: number): string | null {
  return objectHeadIn(view, instruments.figurative, from, end);
}

/** "was met with force", "met a mixed response", "met the deadline": "meet" whose object is a reaction or a requirement is no meeting. The object's head, or null. */
export function meetingFigure(view: SentenceView, instruments: Instruments, from: number, end: number): string | null {
  return objectHeadIn(view, instruments.meetingFigures, from, end);
}

/** "helped defend the besieged city", "defended their homeland": a verbal act (052) on a place is fighting, no statement. The place word, or null. */
export function placeObject(view: SentenceView, instruments: Instruments, cameo: string, from: number, end: number): string | null {
  return instruments.verbalCodes.includes(cameo) ? objectHeadIn(view, instruments.placeObjects, from, end) : null;
}

/** The head noun of the direct object after `from` when it is one of `heads`, else null (a named actor first is a real object). */
function objectHeadIn(view: SentenceView, heads: ReadonlySet<string>, from: number, end: number): string | null {
  const { tokens } = view;
  let k = from;
  while (k < end && (OBJECT_LEAD.has(tokens[k].lower) || OWNER_PRONOUNS.has(tokens[k].lower) || tokens[k].pos === 'DET' || tokens[k].pos === 'PART')) k++;
  for (; k < end; k++) {
    if (view.mentionCovering(k)) {
      // "the government's plan": an owner before the head is no object of its own
      const m = view.mentionCovering(k)!;
      if (tokens[m.tokenEnd]?.text === "'s" || tokens[m.tokenEnd]?.text === '’s' || tokens[m.tokenEnd]?.pos === 'NOUN') {
        k = m.tokenEnd - 1;
        continue;
      }
      return null;
    }
    const t = tokens[k];
    if (t.pos === 'ADJ' || t.pos === 'NUM' || t.text === "'s" || t.text === '’s' || t.pos === 'PART') continue;
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return null;
    // the head is the last noun of the run ("peace talks", "reform bill")
    let h = k;
    while (h + 1 < end && tokens[h + 1].pos === 'NOUN') h++;
    const head = tokens[h].lemma.toLowerCase();
    return heads.has(head) || heads.has(tokens[h].lower) ? tokens[h].text : null;
  }
  return null;
}

/**
 * "Rabat's cold war with Algiers", "waged a trade war", "a war of words": a noun of the matched
 * words (after the first) has a figurative modifier right before it, or "of words" after it.
 * Returns the modifier, or null.
 */
export function figurativeModifier(view: SentenceView, instruments: Instruments, matched: readonly number[], nominal: boolean): string | null {
  const { tokens } = view;
  for (const [n, k] of matched.entries()) {
    if ((n === 0 && !nominal) || tokens[k].pos === 'VERB') continue;
    const before = tokens[k - 1];
    if (before && instruments.figurativeModifiers.has(before.lower)) return `${before.text} ${tokens[k].text}`;
    if (tokens[k + 1]?.lower === 'of' && tokens[k + 2]?.lower === 'words') return `${tokens[k].text} of words`;
  }
  return null;
}

const PROTESTERS = /\b(protesters|protestors|demonstrators|rioters|marchers|mob|crowds?)$/i;

/**
 * "Protesters stormed a police station", "rioters attacked the parliament": violence by
 * protesters is a violent protest in CAMEO (145), not an assault by a civilian actor.
 */
export function violentProtest(instruments: Instruments, cameo: string, sources: readonly Mention[]): boolean {
  return violentCode(instruments, cameo) && sources.length > 0 && sources.every((m) => (m.sector === 'CVL' || m.sector === null) && PROTESTERS.test(m.text));
}
