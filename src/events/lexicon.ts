/**
 * The event lexicon (docs/LEXICON.md): verb and noun patterns as data, validated on load
 * and compiled into a table from anchor lemma to entries, most specific first.
 */
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { LEXICON_DIR } from '../util/paths.ts';
import { readTsv } from '../util/tsv.ts';
import { DyadError } from '../util/errors.ts';
import type { CameoTable } from '../ontology/cameo.ts';
import { loadInstruments, type Instruments } from './instruments.ts';
import { loadStateActs, type StateAct } from './state-acts.ts';

export type PatternElement =
  | { kind: 'word'; alternatives: string[][] }
  | { kind: 'gap'; max: number }
  | { kind: 'verb' }
  | { kind: 'target' };

export interface LexiconEntry {
  id: string;
  cameo: string;
  /** 'verb' entries anchor on verbs, 'noun' entries on nominal events. */
  kind: 'verb' | 'noun';
  anchor: string;
  elements: PatternElement[];
  reason: string;
  pattern: string;
  /** Number of literal words, the anchor included: the more, the more specific. */
  specificity: number;
  /** For each literal element, the words one of which must occur after the anchor (a cheap pre-filter). */
  needs: string[][];
  file: string;
  line: number;
}

export interface EventLexicon {
  verbs: ReadonlyMap<string, readonly LexiconEntry[]>;
  nouns: ReadonlyMap<string, readonly LexiconEntry[]>;
  size: number;
  files: string[];
  /** Weapons that stand for an unnamed attacker (lexicon/instruments.tsv). */
  instruments: Instruments;
  /** Acts only a state does: their passive with no agent takes the state of the place (lexicon/state-acts.tsv). */
  stateActs: readonly StateAct[];
}

const ID = /^[a-z0-9][a-z0-9._-]*$/;

/** The verb entries a token anchors (by lemma, else by its lower-cased form). */
export function verbEntries(lexicon: EventLexicon, token: { lemma: string; lower: string }): readonly LexiconEntry[] | undefined {
  return lexicon.verbs.get(token.lemma) ?? lexicon.verbs.get(token.lower) ?? (token.lemma === token.lower ? gerundEntries(lexicon, token.lower) : undefined);
}

/** A gerund the tagger left unlemmatised ("arresting" read as a noun): the entries of its verb ("arrest", "seize", "stop"). */
function gerundEntries(lexicon: EventLexicon, word: string): readonly LexiconEntry[] | undefined {
  if (!word.endsWith('ing') || word.length < 6) return undefined;
  const stem = word.slice(0, -3);
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : null;
  return lexicon.verbs.get(stem) ?? lexicon.verbs.get(`${stem}e`) ?? (undoubled ? lexicon.verbs.get(undoubled) : undefined);
}

/** Split a pattern word the way the tokenizer splits text: "go-ahead" -> go - ahead. */
function wordTokens(word: string): string[] {
  return word.split(/(-)/).filter((w) => w !== '');
}

export function parsePattern(pattern: string, where: { file: string; line: number }): { anchor: string; elements: PatternElement[]; specificity: number } {
  const parts = pattern.trim().split(/\s+/);
  const anchor = parts[0];
  if (!anchor || !/^[a-z][a-z'-]*$/.test(anchor)) {
    throw new DyadError('LEXICON_INVALID', `pattern "${pattern}" must start with a lower-case anchor word`, where);
  }
  let specificity = 1;
  const elements: PatternElement[] = parts.slice(1).map((part) => {
    if (part === '*') return { kind: 'gap', max: 4 };
    if (part === '**') return { kind: 'gap', max: 8 };
    if (part === 'VERB') return { kind: 'verb' };
    if (part === 'TARGET') return { kind: 'target' };
    const alternatives = part.split('|');
    if (alternatives.some((a) => !/^[a-z0-9'][a-z0-9'.-]*$/.test(a))) {
      throw new DyadError('LEXICON_INVALID', `bad pattern element "${part}" in "${pattern}" (lower-case words, a|b, *, **, VERB, TARGET)`, where);
    }
    specificity++;
    return { kind: 'word', alternatives: alternatives.map(wordTokens) };
  });
  if (elements.length && elements[elements.length - 1].kind === 'gap') {
    throw new DyadError('LEXICON_INVALID', `pattern "${pattern}" must not end with a gap`, where);
  }
  return { anchor, elements, specificity };
}

function readEntries(file: string, kind: 'verb' | 'noun', cameo: CameoTable, ids: Set<string>): LexiconEntry[] {
  return readTsv(file, { columns: 4 }).map(({ line, cells }, order) => {
    const [id, code, pattern, reason] = cells;
    const where = { file, line };
    if (!ID.test(id)) throw new DyadError('LEXICON_INVALID', `bad id "${id}"`, where);
    if (ids.has(id)) throw new DyadError('LEXICON_INVALID', `duplicate id "${id}"`, where);
    ids.add(id);
    if (!cameo.has(code)) throw new DyadError('LEXICON_INVALID', `unknown CAMEO code "${code}"`, where);
    void order;
    const parsed = parsePattern(pattern, where);
    return { id, cameo: code, kind, reason, pattern, file, line, ...parsed, needs: needsOf(parsed.elements) };
  });
}

function needsOf(elements: PatternElement[]): string[][] {
  return elements.flatMap((el) => (el.kind === 'word' ? [el.alternatives.flatMap((alt) => (alt.length > 1 ? [alt[0], alt.join('')] : [alt[0]]))] : []));
}

function index(entries: LexiconEntry[]): Map<string, LexiconEntry[]> {
  const byAnchor = new Map<string, LexiconEntry[]>();
  for (const e of entries) {
    const list = byAnchor.get(e.anchor) ?? [];
    list.push(e);
    byAnchor.set(e.anchor, list);
  }
  for (const list of byAnchor.values()) list.sort((a, b) => b.specificity - a.specificity || a.line - b.line);
  return byAnchor;
}

export function loadEventLexicon(cameo: CameoTable, dir = LEXICON_DIR): EventLexicon {
  const ids = new Set<string>();
  const verbFile = join(dir, 'verbs.tsv');
  const nounFile = join(dir, 'nouns.tsv');
  const verbs = readEntries(verbFile, 'verb', cameo, ids);
  const nouns = existsSync(nounFile) ? readEntries(nounFile, 'noun', cameo, ids) : [];
  return {
    verbs: index(verbs),
    nouns: index(nouns),
    size: verbs.length + nouns.length,
    files: existsSync(nounFile) ? [verbFile, nounFile] : [verbFile],
    instruments: loadInstruments(dir),
    stateActs: loadStateActs(dir),
  };
}
