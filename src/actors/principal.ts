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
import { evidence, makeMention, tokenText } from './resolve.ts';
import type { RoleParse } from './roles.ts';
import type { Actor } from './state.ts';

const PREPOSITIONS = new Set(['for', 'to']);

/** The recognisers of mentions.ts, tried at the principal's first token (a role, a known person, a lexicon phrase). */
export type PrincipalStep = (ctx: Ctx, j: number) => Step | null;

/** The mention of `role` (no country stated, no name) and the principal after "for"/"to", or null. */
export function principalRole(ctx: Ctx, role: RoleParse, step: PrincipalStep): Step | null {
  const { scan } = ctx;
  if (role.qualifier || role.unknownQualifier || role.collective || role.head.atom.possessive) return null;
  if (!scan.is('speaks-for', role.head.atom.end - 1) || !PREPOSITIONS.has(scan.lower(role.end))) return null;
  const j = role.end + 1;
  const found = step(ctx, j) ?? (scan.lower(j) === 'the' ? step(ctx, j + 1) : null);
  const p = found?.mention;
  if (!found || !p || p.kind === 'collective' || (p.country === null && p.kind === 'state')) return null;
  // The principal was remembered by its own recogniser; a country alone ("for Iran") is served by its government.
  const sector = p.kind === 'state' && p.sector === null ? 'GOV' : p.sector;
  const code = p.kind === 'state' && p.sector === null ? p.code + 'GOV' : p.code;
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
