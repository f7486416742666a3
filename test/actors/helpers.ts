/** Shared helpers for the actor tests: documents from invented text, one knowledge base. */
import assert from 'node:assert/strict';
import type { Document, Mention } from '../../src/document/types.ts';
import { analyse } from '../../src/nlp/wink.ts';
import { findMentions, loadActorKnowledge, type ActorKnowledge } from '../../src/actors/index.ts';

let shared: ActorKnowledge | undefined;

export function kb(): ActorKnowledge {
  shared ??= loadActorKnowledge();
  return shared;
}

export function doc(text: string): Document {
  return analyse({ id: 't', text, published: null, origin: { file: 't' } });
}

export function mentions(text: string): Mention[] {
  return findMentions(doc(text), kb());
}

/** Compact view: "text=CODE". */
export function codes(text: string): string[] {
  return mentions(text).map((m) => `${m.text}=${m.code}`);
}

/** The one mention whose text is exactly `surface` (fails the test otherwise). */
export function only(ms: Mention[], surface: string): Mention {
  const found = ms.filter((m) => m.text === surface);
  assert.equal(found.length, 1, `expected one mention "${surface}" in ${JSON.stringify(ms.map((m) => m.text))}`);
  return found[0];
}

export function rules(m: Mention): string[] {
  return m.evidence.map((e) => e.rule);
}
