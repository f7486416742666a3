/**
 * Content clauses: what an actor demands or urges ("demanded that Israel ease restrictions")
 * is no act of its own. The clause's verb folds into the demand: it names what is demanded
 * (a more specific 10x/02x code through lexicon/obligation.tsv) and whom (its subject).
 */
import type { Mention, Token } from '../document/types.ts';
import type { EventCandidate } from './code-sentence.ts';
import { verbEntries, type EventLexicon, type LexiconEntry } from './lexicon.ts';
import { matchAt, type PatternMatch } from './match.ts';
import { coordinationRightOf } from './noun-phrases.ts';
import { breakAfter, type SentenceView } from './sentence-view.ts';
import type { SubjectResolver } from './subject.ts';

/** Roots whose events carry a content clause that is demanded, not done: appeals (02) and demands (10). */
const DIRECTIVE_ROOTS = new Set(['02', '10']);
/** Nouns between a directive and its "that": "reiterated its demand that", "renewed calls that". */
const CONTENT_NOUNS = new Set(['demand', 'call', 'appeal', 'request', 'insistence', 'plea', 'ultimatum']);
/** Verbs whose that-clause or bare subjunctive ("request X assist") is demanded, not done. */
const DIRECTIVE_VERBS = new Set(['demand', 'request', 'ask', 'insist', 'urge', 'recommend', 'propose', 'suggest', 'require', 'order']);

export function isDirective(entry: LexiconEntry): boolean {
  return DIRECTIVE_ROOTS.has(entry.cameo.slice(0, 2));
}

/** "urged Somalia to reopen talks": the code of the first complement verb with an entry of its own. */
export function complementCode(view: SentenceView, lexicon: EventLexicon, verbs: readonly number[]): string | undefined {
  for (const j of verbs) {
    const entries = verbEntries(lexicon, view.tokens[j]);
    const match = entries && matchAt({ tokens: view.tokens, end: breakAfter(view, j + 1), mentionAt: view.mentionAt }, entries, j);
    if (match) return match.entry.cameo;
  }
  return undefined;
}

/** "demanded that Belarus release ...": the subject of a that-clause inside or right after the pattern is whom it is demanded of. */
export function contentSubject(view: SentenceView, match: PatternMatch): Mention[] {
  const { tokens } = view;
  for (let i = match.tokenStart + 1; i <= match.tokenEnd && i < view.sentence.tokenEnd; i++) {
    if (tokens[i].lower !== 'that') continue;
    let j = i + 1;
    while (tokens[j]?.pos === 'DET' || tokens[j]?.pos === 'ADJ') j++;
    const m = view.mentionAt.get(j);
    return m ? coordinationRightOf(view, m, view.sentence.tokenEnd) : [];
  }
  return [];
}

/**
 * The coded demand or appeal whose that-clause holds the verb group starting at `groupStart`,
 * directly or through the verbs that govern it ("demanded that Peru cancel plans to buy");
 * only a direct one names what is demanded.
 */
export function directiveOver(view: SentenceView, resolver: SubjectResolver, candidates: readonly EventCandidate[], groupStart: number, depth = 0): { directive: EventCandidate; direct: boolean } | undefined {
  const { tokens, sentence } = view;
  const boundary = resolver.search(groupStart).boundary;
  const that = tokens[boundary]?.lower === 'that' ? boundary : thatBefore(view, groupStart);
  const verb = tokens[groupStart];
  const subjunctive = verb?.pos === 'VERB' && verb.lower === verb.lemma;
  if (that < 0) {
    // only an infinitive complement continues the content clause ("scrap plans to deploy"), never a conjoined verb
    if (tokens[boundary]?.pos !== 'VERB' || tokens[groupStart - 1]?.lower !== 'to' || depth >= 3) return undefined;
    const governor = candidates.find((c) => c.match.matched.includes(boundary));
    if (governor) return isDirective(governor.entry) ? { directive: governor, direct: false } : undefined; // "demanded that Japan scrap plans to deploy"
    return directiveOver(view, resolver, candidates, resolver.group(boundary).start, depth + 1);
  }
  for (let k = that - 1; k >= sentence.tokenStart && that - k <= 4; k--) {
    const owner = candidates.find((c) => c.match.matched.includes(k));
    if (owner) return isDirective(owner.entry) ? { directive: owner, direct: depth === 0 } : undefined;
    if (!skippable(tokens[k])) return undefined;
  }
  return undefined;
}

/**
 * "Trump's demand that Germany prosecute ...", "calls for Britain to take back ...": a verb inside
 * the content of a demand or appeal named by a noun is demanded, not done. The noun, or -1.
 */
export function demandNounOver(view: SentenceView, resolver: SubjectResolver, groupStart: number, depth = 0): number {
  const { tokens, sentence } = view;
  // "that Germany repatriate and prosecute": a conjoined verb shares the first one's clause
  const before = tokens[groupStart - 1];
  if (depth < 3 && (before?.lower === 'and' || before?.lower === 'or') && tokens[groupStart - 2]?.pos === 'VERB') {
    return demandNounOver(view, resolver, resolver.group(groupStart - 2).start, depth + 1);
  }
  const boundary = resolver.search(groupStart).boundary;
  const that = tokens[boundary]?.lower === 'that' ? boundary : thatBefore(view, groupStart);
  const verb = tokens[groupStart];
  const subjunctive = verb?.pos === 'VERB' && verb.lower === verb.lemma;
  if (that >= 0) {
    const k = that - 1;
    // "their demand that ...", and "the family demanded that Israel withdraw" when the demand itself had no actor to code
    // (a verb's that-clause only in the subjunctive: "insisted that Iran had attacked" tells an act)
    return k >= sentence.tokenStart && ((CONTENT_NOUNS.has(tokens[k].lemma) && tokens[k].pos === 'NOUN') || (DIRECTIVE_VERBS.has(tokens[k].lemma) && tokens[k].pos === 'VERB' && subjunctive)) ? k : -1;
  }
  // "would request the British government assist them": a base form right after the one asked
  const asked = view.mentionCovering(groupStart - 1);
  if (asked && asked.tokenEnd === groupStart && subjunctive) {
    let k = asked.tokenStart - 1;
    while (k > sentence.tokenStart && tokens[k].pos === 'DET') k--;
    if (DIRECTIVE_VERBS.has(tokens[k]?.lemma ?? '') && tokens[k].pos === 'VERB') return k;
  }
  // "call for Britain to take back": noun, "for", the one asked, "to", the verb
  if (tokens[groupStart - 1]?.lower !== 'to') return -1;
  for (let k = groupStart - 2; k > sentence.tokenStart && groupStart - k <= 8; k--) {
    if (tokens[k].lower === 'for') return CONTENT_NOUNS.has(tokens[k - 1].lemma) && tokens[k - 1].pos === 'NOUN' ? k - 1 : -1;
    if (!view.mentionCovering(k) && !SUBJECT_POS.has(tokens[k].pos)) return -1;
  }
  return -1;
}

/** The "that" opening the clause whose subject ends right before `groupStart` ("that Burundi's government grant"), or -1. */
function thatBefore(view: SentenceView, groupStart: number): number {
  const { tokens, sentence } = view;
  for (let i = groupStart - 1; i >= sentence.tokenStart && groupStart - i <= 14; i--) {
    if (tokens[i].lower === 'that') return i;
    const coordination = tokens[i].text === ',' || tokens[i].pos === 'CCONJ'; // "that Germany, France and Britain", "that Deby and his ministers"
    if (!view.mentionCovering(i) && !SUBJECT_POS.has(tokens[i].pos) && !/^['’]s$/.test(tokens[i].lower) && !coordination) return -1;
  }
  return -1;
}

const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PRON']);

function skippable(t: Token): boolean {
  return t.pos === 'DET' || t.pos === 'ADV' || t.pos === 'PROPN' || t.pos === 'NUM' || CONTENT_NOUNS.has(t.lemma) || /^(its|their|his|her|on|today|yesterday|tonight)$/.test(t.lower);
}

/** CAMEO's appeal (02x) for each demand (10x) where the two lists differ; four-digit codes share their last two digits. */
const APPEAL_OF: Readonly<Record<string, string>> = { '100': '020', '101': '021', '102': '022', '103': '023', '104': '024', '105': '028', '106': '0256', '107': '0256', '108': '026' };

/** "ease restrictions" demanded: the demand code for it (1051), or its appeal twin (0251); null keeps the entry's code. */
export function demandCode(entryCode: string, demanded: string, lookup: (code: string) => string | undefined): string | null {
  if (!/^(100|020)$/.test(entryCode)) return null; // an entry that already says what is demanded keeps its code
  const code = lookup(demanded);
  if (!code || code === '100') return null;
  if (entryCode === '100') return code;
  return code.length === 4 ? `02${code.slice(2)}` : APPEAL_OF[code];
}
