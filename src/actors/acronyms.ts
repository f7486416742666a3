/**
 * Acronyms: "Long Name (ACR)" defines ACR for the rest of the article. A known actor keeps its
 * code; an unknown organisation (its name holds an organisation word such as Movement, Front,
 * Party) is coded like one named without an acronym (unknown-organisations.ts: sector from its
 * words, country from its name or the context), so later "ACR" is the same actor.
 */
import { evidence, makeMention, tokenText } from './resolve.ts';
import { parensAcronym, type SentenceScanner } from './scanner.ts';
import type { Actor } from './state.ts';
import { remember, type Ctx, type Step } from './mentions.ts';
import { organisationActor } from './unknown-organisations.ts';

/** Register an acronym for the actor of the mention just made (or about to be made) at [start, end). */
export function registerAcronym(ctx: Ctx, acronym: string, start: number, end: number, actor?: Actor): void {
  const a = actor ?? lastActor(ctx);
  if (!a) return;
  ctx.state.acronyms.set(acronym, { actor: a, text: tokenText(ctx.scan.doc, start, end), sentence: ctx.scan.sentence.index });
}

function lastActor(ctx: Ctx): Actor | undefined {
  const r = ctx.state.recent[ctx.state.recent.length - 1];
  return r?.actor;
}

export function acronymReference(ctx: Ctx, i: number): Step | null {
  const { scan, state } = ctx;
  if (!state.acronyms.size || scan.atomAt(i)) return null;
  const text = scan.token(i)!.text;
  const known = state.acronyms.get(text) ?? state.acronyms.get(text.replace(/['\u2019]s$/, ''));
  if (!known) return null;
  const actor = { ...known.actor };
  const m = makeMention(scan.doc, i, i + 1, actor, [evidence('coref.acronym', text, `defined as "${known.text}" (sentence ${known.sentence + 1})`)]);
  remember(ctx, m, actor);
  return { end: i + 1, mention: m };
}

export interface AcronymDef {
  /** End of the long name (the opening parenthesis). */
  nameEnd: number;
  acronym: string;
  next: number;
}

const GLUE = new Set(['e', 'i', 'al', 'ul', 'el', '-']);

/**
 * "Long Name (ACR)" in the sentence, where the long name is a run of capitalised words (with
 * "of"/"for" after an organisation word, "and" between capitalised words, "-e-" inside) that
 * contains an organisation word: "Movement for Justice and Peace (MJP)". Not "Members of the".
 */
export function acronymDefinitions(scan: SentenceScanner): Map<number, AcronymDef> {
  const defs = new Map<number, AcronymDef>();
  const cap = (k: number) => k >= scan.start && /^[A-Z]/.test(scan.token(k)!.text) && !scan.is('not-name', k);
  for (let j = scan.start + 2; j < scan.end - 2; j++) {
    if (scan.lower(j) !== '(') continue;
    const acr = parensAcronym(scan, j);
    if (!acr || !cap(j - 1)) continue;
    let s = j - 1;
    while (s - 1 >= scan.start) {
      const w = scan.lower(s - 1);
      if (cap(s - 1)) s--;
      else if ((w === 'of' || w === 'for') && scan.is('org-head', s - 2)) s--; // "League of", "Movement for"
      else if (w === 'the' && (scan.lower(s - 2) === 'of' || scan.lower(s - 2) === 'for') && scan.is('org-head', s - 3)) s--;
      else if ((w === 'and' || w === '&') && cap(s - 2) && cap(s)) s--; // "Justice and Peace"
      else if (GLUE.has(w) && cap(s - 2)) s--; // "Jaish-e-Muhammad"
      else break;
    }
    while (s < j && !cap(s)) s++;
    let head = false;
    for (let k = s; k < j && !head; k++) head = cap(k) && scan.is('org-head', k);
    if (head && j - s >= 2) defs.set(s, { nameEnd: j, acronym: acr.text, next: acr.next });
  }
  return defs;
}

export function unknownOrganisation(ctx: Ctx, defs: Map<number, AcronymDef>, i: number): Step | null {
  const def = defs.get(i);
  if (!def) return null;
  const { scan, state } = ctx;
  const known = scan.atomAt(i);
  if (known && known.end === def.nameEnd) return null; // a known actor: the lexicon phrase handles it
  const inner = scan.atomAt(def.nameEnd + 1); // "Kurdistan Workers Party (PKK)": the acronym is known
  if (inner && inner.end === def.nameEnd + 2 && inner.target.type === 'org') {
    const org = inner.target.org;
    const actor: Actor = { code: org.code, name: org.names[0], country: org.country, sector: org.sector, kind: org.kind };
    const longName = tokenText(scan.doc, i, def.nameEnd);
    const m = makeMention(scan.doc, i, def.next, actor, [evidence(org.id, def.acronym, `long form "${longName}" defines a known acronym`)]);
    remember(ctx, m, actor);
    return { end: def.next, mention: m };
  }
  const longName = tokenText(scan.doc, i, def.nameEnd);
  const r = organisationActor(ctx, i, def.nameEnd, headOf(scan, i, def.nameEnd));
  const actor = r.actor;
  const ev = [evidence('org.acronym-definition', longName, r.note), ...r.evidence];
  const m = makeMention(scan.doc, i, def.next, actor, ev);
  remember(ctx, m, actor);
  state.acronyms.set(def.acronym, { actor, text: longName, sentence: scan.sentence.index });
  return { end: def.next, mention: m };
}

/** The organisation word that heads a long name: the last one before "of"/"for" ("Movement for Justice and Peace"). */
function headOf(scan: SentenceScanner, start: number, end: number): number {
  let head = -1;
  for (let k = start; k < end; k++) {
    const w = scan.lower(k);
    if ((w === 'of' || w === 'for') && head >= 0) break;
    if (scan.is('org-head', k) || scan.kb.organisationWords.heads.has(w)) head = k;
  }
  return head >= 0 ? head : end - 1;
}
