/** Code a text with the shipped lexicons and locate its first event (or its first sentence). */
import { createCoder, codeArticle, type Coder } from '../../src/pipeline/coder.ts';
import { loadGazetteer, locateEvents, placeWords, type Gazetteer, type Location } from '../../src/places/index.ts';

let shared: { coder: Coder; gazetteer: Gazetteer } | undefined;

export function setup(): { coder: Coder; gazetteer: Gazetteer } {
  shared ??= { coder: createCoder(), gazetteer: loadGazetteer().gazetteer };
  return shared;
}

/** The location of the first event of the text's last sentence (earlier ones are context); without one, read from its first verb. */
export function locate(text: string, published = '2024-03-14'): Location | null {
  const { coder, gazetteer } = setup();
  const r = codeArticle(coder, { id: 't', text, published, origin: { file: 't' } });
  const last = r.doc.sentences.length - 1;
  const ev = r.events.find((e) => e.sentenceIndex === last);
  const fallbackVerb = r.doc.tokens.find((t) => t.index >= r.doc.sentences[last].tokenStart && t.pos === 'VERB')?.index ?? r.doc.sentences[last].tokenStart;
  const event = ev
    ? { sentenceIndex: ev.sentenceIndex, verb: ev.verb, source: ev.source, target: ev.target }
    : { sentenceIndex: last, verb: { tokenStart: fallbackVerb, tokenEnd: fallbackVerb + 1 } };
  return locateEvents(r.doc, r.mentions, [event], gazetteer, placeWords(coder.actors.words))[0];
}

/** "Lahore PAK city" or "-". */
export function where(text: string): string {
  const l = locate(text);
  return l ? `${l.name} ${l.country} ${l.feature}` : '-';
}
