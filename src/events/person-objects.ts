/**
 * "him" and "her" as objects ("Erdogan welcomed him", "thanked her for"): the person of the
 * pronoun's gender named before it in its sentence or the two before (docs/ACTORS.md, "him" and
 * "her"). Searched nearest first, the clause's own subject aside ("X thanked him" is never X);
 * persons known to be of the other gender are passed over. The first known to be of the
 * pronoun's gender is the antecedent: an actor is the event's target, a person who is no actor
 * gives no target. An actor person of unknown gender is taken only when no other person could be
 * meant; found first among others, it leaves the pronoun unresolved.
 */
import type { Mention } from '../document/types.ts';
import type { Gender, NamedPerson } from '../actors/gender.ts';
import type { Discourse, PronounReading } from './discourse.ts';
import type { SentenceView } from './sentence-view.ts';

/** How many sentences before the pronoun's own are searched. */
const BACK = 2;

const WHERE = ['its own sentence', 'the sentence before', 'two sentences before'];

export function isPersonObject(word: string): boolean {
  return word === 'him' || word === 'her';
}

/** What "him" or "her" at token `at` refers to; `sources` (the clause's subject) never. */
export function personObject(discourse: Discourse, view: SentenceView, word: string, at: number, sources: readonly Mention[]): PronounReading {
  const rule = `coref.object-pronoun:${word}`;
  const want: Gender = word === 'him' ? 'm' : 'f';
  const named = discourse.named;
  const none = (note: string): PronounReading => ({ mentions: [], rule, note });
  if (!named) return none(`"${word}": no persons known`);
  const here = view.sentence.index;
  const own = new Set(sources.map((s) => named.personAt(s.tokenStart)?.entity).filter((e) => e !== undefined));
  const ownCodes = new Set(sources.filter((s) => s.kind === 'person').map((s) => s.code + '|' + s.name));
  const fits = (p: NamedPerson) => {
    if (own.has(p.entity) || (p.mention && ownCodes.has(p.mention.code + '|' + p.mention.name))) return false;
    const g = named.gender(p.entity);
    // a person who is no actor counts only when its gender is known (a name left alone may be a place)
    return g === null ? p.mention !== null : g === want;
  };
  const window = named.persons.filter((p) => p.sentence >= here - BACK && (p.sentence < here || (p.sentence === here && p.tokenEnd <= at)) && fits(p));
  if (!window.length) return none(`"${word}" agrees with no person named in its sentence or the ${BACK} before`);
  const p = window[window.length - 1];
  const gender = named.gender(p.entity);
  const entities = new Set(window.map((x) => x.entity));
  if (gender === null && entities.size > 1) return none(`"${word}": the nearest person, ${p.text}, is of unknown gender, and others could be meant`);
  // "The spokesman said Karzai had insulted him": a role of its own sentence opening a clause may be meant, and is no named person
  const role = view.mentions.find((m) => m.kind === 'state' && m.sector !== null && m.tokenEnd <= at && !sources.includes(m) && verbAt(view, m.tokenEnd));
  if (p.sentence < here && role) return none(`"${word}": "${role.text}" in its own sentence may be meant`);
  const where = WHERE[here - p.sentence];
  const why = gender === null ? 'of unknown gender, the only person who could be meant' : `${want === 'm' ? 'a man' : 'a woman'}: ${named.why(p.entity)}`;
  const note = `"${word}" refers to ${p.text} (${why}), the nearest person ${gender === null ? '' : 'of that gender '}in ${where}, the clause's subject aside`;
  if (!p.mention) return none(`${note}, a person who is no actor`);
  return { mentions: [p.mention], rule, note };
}

function verbAt(view: SentenceView, k: number): boolean {
  const { tokens, sentence } = view;
  while (k < sentence.tokenEnd && tokens[k].pos === 'ADV') k++;
  return k < sentence.tokenEnd && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX');
}
