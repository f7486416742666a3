/**
 * Roles that speak or work for someone named after them: "a spokesman for <person>", "an aide to
 * the president of <country>", "a spokeswoman for <organisation>". The role words say nothing of
 * whose they are; the one they serve does: the mention (role to principal, one span) takes the
 * principal's country and sector (rule `role.principal`), never the article's.
 *
 * Which role words serve a principal: words.tsv class `speaks-for` (the last word of the role);
 * the prepositions: "for" and "to". An envoy or ambassador "to" a country serves there, and is not
 * in the class.
 */
import { countryName } from './knowledge.ts';
import type { Ctx, Step } from './mentions.ts';
import type { Mention } from '../document/types.ts';
import { evidence, makeMention, roleSector, tokenText } from './resolve.ts';
import type { RoleParse } from './roles.ts';
import type { Actor } from './state.ts';

const PREPOSITIONS = new Set(['for', 'to']);

/** The recognisers of mentions.ts, tried at the principal's first token (a role, a known person, a lexicon phrase). */
export type PrincipalStep = (ctx: Ctx, j: number) => Step | null;

/** The mention of `role` (no country stated, no name) and the principal after "for"/"to" (or "of" for backers), or null. */
export function principalRole(ctx: Ctx, role: RoleParse, step: PrincipalStep): Step | null {
  const { scan } = ctx;
  if (role.unknownQualifier || role.collective || role.head.atom.possessive) return null;
  // "supporters of Isis": the one backed may have been read as the role's qualifier; it is re-read here.
  const backs = scan.is('backs', role.head.atom.end - 1) && scan.lower(role.chainEnd) === 'of' && (!role.qualifier || role.qualifier.start > role.chainEnd);
  if (!backs && (role.qualifier || !scan.is('speaks-for', role.head.atom.end - 1) || !PREPOSITIONS.has(scan.lower(role.end)))) return null;
  const j = backs ? role.chainEnd + 1 : role.end + 1;
  const found = step(ctx, j) ?? (scan.lower(j) === 'the' ? step(ctx, j + 1) : null);
  const p = found?.mention;
  if (!found && commonNoun(ctx, j)) return { end: role.end }; // "a spokesman for the family": serves no actor, is none
  if (!found || !p || p.kind === 'collective') return null;
  if (backs) return backers(ctx, role, found.end, p);
  // The principal was remembered by its own recogniser; a country alone ("for Iran") is served by its government.
  const country = p.kind === 'state' && p.sector === null && p.country !== null;
  const sector = country ? 'GOV' : p.sector;
  const code = country ? p.code + 'GOV' : p.code;
  const kind = p.kind === 'person' ? (p.country ? 'state' : 'organisation') : p.kind;
  const name = p.country && kind === 'state' ? countryName(scan.kb, p.country) ?? p.country : p.name;
  const actor: Actor = { code, name, country: p.country, sector, kind };
  const roleText = tokenText(scan.doc, role.chainStart, role.chainEnd);
  const ev = [
    ...role.chain.map((l) => evidence(l.title.id, tokenText(scan.doc, l.atom.start, l.atom.end))),
    evidence('role.principal', tokenText(scan.doc, role.start, found.end), `${roleText} of "${p.text}": coded with the one served (${code})`),
    ...p.evidence,
  ];
  return { end: found.end, mention: makeMention(scan.doc, role.start, found.end, actor, ev) };
}

/**
 * "supporters of former President X", "followers of the cleric": people of the country of the one they
 * back, with their own sector (title.supporters: CVL), over the whole span so that X is no actor of the
 * clause (rule `role.backs`). One backed without a country ("supporters of Isis"): the sector alone.
 */
function backers(ctx: Ctx, role: RoleParse, end: number, p: Mention): Step {
  const { scan } = ctx;
  const sector = roleSector(role);
  const actor: Actor = { code: (p.country ?? '') + sector, name: p.country ? countryName(scan.kb, p.country) ?? p.country : role.head.title.words[0], country: p.country, sector, kind: 'state' };
  const roleText = tokenText(scan.doc, role.chainStart, role.chainEnd);
  const whose = p.country ? `coded with ${countryName(scan.kb, p.country) ?? p.country}, the country of the one they back, and their own sector` : 'no country: code is the sector alone';
  const ev = [
    ...role.chain.map((l) => evidence(l.title.id, tokenText(scan.doc, l.atom.start, l.atom.end))),
    evidence('role.backs', tokenText(scan.doc, role.start, end), `${roleText} of "${p.text}" (${p.code}): ${whose}, never the one backed`),
  ];
  const m = makeMention(scan.doc, role.start, end, actor, ev);
  if (p.country) ctx.state.countCountry(p.country, 1);
  return { end, mention: m };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);

/** "the family", "a local company": a lower-case noun (after a determiner and adjectives) that no recogniser read as an actor (a role word that made no mention counts). */
function commonNoun(ctx: Ctx, j: number): boolean {
  const { scan } = ctx;
  let k = DETERMINERS.has(scan.lower(j)) ? j + 1 : j;
  while (scan.token(k)?.pos === 'ADJ') k++;
  const t = scan.token(k);
  const a = scan.atomAt(k);
  return !!t && t.pos === 'NOUN' && t.text === t.lower && (!a || a.target.type === 'title');
}
