/** Loads lexicon/lemmas.tsv: the lemmatiser's mistakes on news words, corrected as data. */
import { join } from 'node:path';
import { LEXICON_DIR } from '../util/paths.ts';
import { readTsv } from '../util/tsv.ts';
import { DyadError } from '../util/errors.ts';
import type { LemmaFixes } from './wink.ts';

export function loadLemmaFixes(file = join(LEXICON_DIR, 'lemmas.tsv')): LemmaFixes {
  const fixes = new Map<string, string>();
  for (const { line, cells } of readTsv(file, { columns: 3 })) {
    const [form, lemma] = cells;
    if (!/^[a-z][a-z'-]*$/.test(form) || !/^[a-z][a-z'-]*$/.test(lemma)) throw new DyadError('LEXICON_INVALID', `bad lemma correction "${form}" -> "${lemma}"`, { file, line });
    fixes.set(form, lemma);
  }
  return fixes;
}
