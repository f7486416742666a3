/**
 * "Kurdish-led forces, the Syrian Democratic Forces, have battled Isis", "the militia, Kata'ib
 * Hezbollah, warned": an armed group's role whose country the text does not state, followed by a
 * comma and a known armed group or organisation in apposition, is that group (rule
 * `role.apposition`): the appositive names what the description only describes.
 */
import type { Document, Mention } from '../document/types.ts';

/** Sectors of armed men: roles that a named armed group in apposition may name. */
const ARMED = new Set(['MIL', 'REB', 'INS', 'UAF', 'RAD', 'SEP']);

/** The role's country was inferred (or none), not stated by the text. */
function unstated(m: Mention): boolean {
  return m.evidence.some((e) => e.rule.startsWith('context.') || e.rule.startsWith('coref.role') || e.rule.startsWith('homerole.'));
}

/** Rewrites, in `out` from index `from`, each such role to its appositive group. */
export function appositiveGroups(doc: Document, out: Mention[], from: number): void {
  for (let k = from; k + 1 < out.length; k++) {
    const role = out[k];
    const group = out[k + 1];
    if (role.kind === 'person' || role.kind === 'collective' || !ARMED.has(role.sector ?? '') || !unstated(role)) continue;
    if (group.kind !== 'group' || !group.evidence[0]?.rule.startsWith('org.') || group.evidence[0].rule.startsWith('org.unknown') || group.evidence[0].rule === 'org.country-name') continue;
    const comma = role.tokenEnd;
    const start = doc.tokens[comma + 1]?.lower === 'the' ? comma + 2 : comma + 1;
    if (doc.tokens[comma]?.text !== ',' || group.tokenStart !== start) continue;
    const after = doc.tokens[group.tokenEnd]?.text;
    if (after !== ',' && after !== '\u2013' && after !== '\u2014' && after !== '-') continue; // closed like an apposition, not a list
    const note = `"${role.text}" in apposition with "${group.text}": that group`;
    out[k] = { ...role, code: group.code, name: group.name, country: group.country, sector: group.sector, kind: group.kind, evidence: [...role.evidence, { stage: 'actors', rule: 'role.apposition', text: group.text, note }] };
  }
}
