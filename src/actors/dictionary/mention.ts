/**
 * Mentions coded by the actor dictionary: a name or alias of an entry ("Sergei Lavrov",
 * "LAVROV" as an alias), coded with the code in force at the article's date. The code is read
 * again at each event's own date (recode.ts): "the then Prime Minister" keeps the code of then.
 */
import type { Evidence } from '../../document/types.ts';
import { remember, type Ctx, type Step } from '../mentions.ts';
import { isCapitalised } from '../normalise.ts';
import { isNameToken, nameRun } from '../persons.ts';
import { evidence, makeMention, tokenText } from '../resolve.ts';
import type { SentenceScanner } from '../scanner.ts';
import type { Actor } from '../state.ts';
import { describeCode } from './codes.ts';
import { entryActor } from './known.ts';
import type { ActorEntry } from './store.ts';

export interface EntryActor {
  actor: Actor;
  evidence(text: string): Evidence;
}

/** The entry's actor at the article's date, with the evidence maker; undefined when no code is in force. */
function resolveEntry(scan: SentenceScanner, entry: ActorEntry): EntryActor | undefined {
  const date = scan.doc.article.published;
  const actor = entryActor(entry, date, (iso3) => scan.kb.countries.has(iso3));
  if (!actor) return undefined;
  const codes = entry.codes.map(describeCode).join('; ');
  const note = `actor dictionary entry "${entry.name}" (${entry.source}): ${actor.code}${date ? ` in force on ${date}` : ''} [${codes}]`;
  return {
    actor: { ...actor, dictionary: { id: entry.id, codes: entry.codes } },
    evidence: (text) => evidence(`dictionary:${entry.id}`, text, note),
  };
}

/** The dictionary entry named exactly by these name keys (a NameRun's), as an actor. */
export function knownEntryActor(scan: SentenceScanner, keys: readonly string[]): EntryActor | undefined {
  const entry = scan.known.get(keys);
  return entry && resolveEntry(scan, entry);
}

/** A dictionary name at token i: "Mara Vellin said", "VELLIN" (an alias). */
export function dictionaryMention(ctx: Ctx, i: number): Step | null {
  const { scan } = ctx;
  if (scan.known.size === 0) return null;
  const t = scan.token(i);
  if (!t || !isCapitalised(t.text)) return null;
  const hit = scan.known.at(scan.keys, i, scan.end);
  if (!hit || !isCapitalised(scan.token(hit.end - 1)!.text)) return null;
  // A name inside a longer name is somebody else's: "Ivanka Trump" is not the entry "Trump".
  if (isNameToken(scan, i - 1) || (isNameToken(scan, hit.end) && !scan.token(hit.end - 1)!.text.endsWith("'s"))) return null;
  const resolved = resolveEntry(scan, hit.name.entry);
  if (!resolved) return null;
  const text = tokenText(scan.doc, i, hit.end);
  const m = makeMention(scan.doc, i, hit.end, resolved.actor, [resolved.evidence(text)]);
  const full = resolved.actor.kind === 'person' ? nameRun(scan, i) : null;
  remember(ctx, m, resolved.actor, full && full.end === hit.end && full.keys.length >= 2 ? { name: full, newPerson: true } : {});
  return { end: hit.end, mention: m };
}
