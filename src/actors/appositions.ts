/**
 * "Kurdish-led forces, the Syrian Democratic Forces, have battled Isis", "the militia, Kata'ib
 * Hezbollah, warned", "the Kurdish militia, known as the YPG,": an armed group's role whose country
 * the text does not state, followed by a comma and a known armed group in apposition, is that group (rule
 * `role.apposition`): the appositive names what the description only describes.
 */
import type { Document, Mention } from '../document/types.ts';
import type { ArticleState } from './state.ts';

/** Sectors of armed men: roles that a named armed group in apposition may name. */
const ARMED = new Set(['MIL', 'REB', 'INS', 'UAF', 'RAD', 'SEP']);

/** The role's country was inferred (or none), not stated by the text. */
function unstated(m: Mention): boolean {
  return m.evidence.some((e) => e.rule.startsWith('context.') || e.rule.startsWith('coref.role') || e.rule.startsWith('homerole.'));
}

/** ", the", ", known as", ", also known as the" ...: the words between a role and its appositive at token `comma`, or -1. */
function appositiveStart(doc: Document, comma: number): number {
  const w = (k: number) => doc.tokens[k]?.lower;
  if (doc.tokens[comma]?.text !== ',') return -1;
  let k = comma + 1;
  if (w(k) === 'also' && w(k + 1) === 'known') k++;
  if (w(k) === 'known' && w(k + 1) === 'as') k += 2;
  return w(k) === 'the' ? k + 1 : k;
}

/**
 * Rewrites, in `out` from index `from`, each such role to its appositive group, and what the
 * article state remembers of it (so "the fighters" later refer back to the group's country).
 */
export function appositiveGroups(doc: Document, out: Mention[], from: number, state: ArticleState): void {
  for (let k = from; k + 1 < out.length; k++) {
    const role = out[k];
    const group = out[k + 1];
    if (role.kind === 'person' || role.kind === 'collective' || !ARMED.has(role.sector ?? '') || !unstated(role)) continue;
    if (group.kind !== 'group' || !group.evidence[0]?.rule.startsWith('org.') || group.evidence[0].rule.startsWith('org.unknown') || group.evidence[0].rule === 'org.country-name') continue;
    if (group.tokenStart !== appositiveStart(doc, role.tokenEnd)) continue;
    const after = doc.tokens[group.tokenEnd]?.text;
    if (after !== ',' && after !== '\u2013' && after !== '\u2014' && after !== '-') continue; // closed like an apposition, not a list
    const note = `"${role.text}" in apposition with "${group.text}": that group`;
    out[k] = { ...role, code: group.code, name: group.name, country: group.country, sector: group.sector, kind: group.kind, evidence: [...role.evidence, { stage: 'actors', rule: 'role.apposition', text: group.text, note }] };
    const actor = { code: group.code, name: group.name, country: group.country, sector: group.sector, kind: group.kind };
    for (const r of [...state.roles.values(), ...state.recent]) if (r.tokenEnd === role.tokenEnd && r.text === role.text) r.actor = actor;
  }
}
