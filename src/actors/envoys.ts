/**
 * "the UN ambassador", "Britain's Nato ambassador", "United Nations ambassador Jane Roe": an
 * ambassador to an international organisation is a state's envoy there, never the organisation
 * (rule `role.igo-ambassador`). Whose: a country in the possessive right before ("Britain's"), a
 * person the article or people.tsv knows, else the chain for a role without a stated country
 * (dateline, article, sentence). The organisation's own envoys keep it: "the UN envoy for Syria".
 */
import { countryName } from './knowledge.ts';
import type { NameRun } from './persons.ts';
import { knownPerson, lexiconPerson } from './persons.ts';
import { countryNotStated, evidence, personActor, tokenText, type Resolved } from './resolve.ts';
import type { RoleParse } from './roles.ts';
import type { SentenceScanner } from './scanner.ts';
import type { Actor, ArticleState } from './state.ts';

export function igoAmbassador(scan: SentenceScanner, state: ArticleState, role: RoleParse, name: NameRun | null): Resolved | null {
  const q = role.qualifier;
  if (!q?.org || q.org.kind !== 'igo' || role.head.title.id !== 'title.ambassador' || q.end > role.chainStart) return null;
  const { doc, kb } = scan;
  const text = tokenText(doc, role.start, role.chainEnd);
  const ev = [evidence(q.rule, tokenText(doc, q.start, q.end)), evidence(role.head.title.id, tokenText(doc, role.head.atom.start, role.head.atom.end))];
  const ambassador = (iso3: string | null): Actor => ({ code: (iso3 ?? '') + 'GOV', name: name ? name.text : iso3 ? countryName(kb, iso3) ?? iso3 : 'Ambassador', country: iso3, sector: 'GOV', kind: name ? 'person' : 'state' });
  const note = (whose: string) => `${text}: an ambassador to ${q.org!.names[0]} is a state's envoy there, not the organisation: ${whose}`;
  const owner = possessiveCountry(scan, role.start);
  if (owner) return { actor: ambassador(owner.iso3), evidence: [...ev, evidence('role.igo-ambassador', text, note(`of ${countryName(kb, owner.iso3)} ("${owner.text}")`))], explicit: true };
  const known = name ? knownPerson(state, name) : undefined;
  const famous = name && !known ? lexiconPerson(kb, name) : undefined;
  const person = known?.actor ?? (famous ? personActor(famous) : undefined);
  if (person && name) return { actor: { ...person, name: name.text }, evidence: [...ev, evidence('role.igo-ambassador', text, note(`the person's code, ${person.code}`))], explicit: false };
  const inferred = countryNotStated(scan, state, text, name ? name.end : role.end, false);
  return { actor: ambassador(inferred.country), evidence: [...ev, evidence('role.igo-ambassador', text, note('whose, the text does not state')), inferred.evidence], explicit: false };
}

/** "Britain's UN ambassador": a country in the possessive right before token `start`. */
function possessiveCountry(scan: SentenceScanner, start: number): { iso3: string; text: string } | null {
  for (let k = start - 1; k >= scan.start && k >= start - 4; k--) {
    const a = scan.atomAt(k);
    if (!a || a.target.type !== 'country') continue;
    const glued = a.possessive && a.end === start;
    const apart = a.end === start - 1 && scan.lower(a.end) === "'s";
    return glued || apart ? { iso3: a.target.iso3, text: tokenText(scan.doc, a.start, a.end) } : null;
  }
  return null;
}
