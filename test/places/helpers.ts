/** Code a text with the shipped lexicons and locate the first event of its last sentence (as eval/places.ts does). */
import { codeArticle, createCoder, type Coder } from '../../src/pipeline/coder.ts';
import { loadGazetteer, locateEvents, placeWords, type Gazetteer, type Location } from '../../src/places/index.ts';
import { readCase } from '../../eval/places.ts';

let shared: { coder: Coder; gazetteer: Gazetteer } | undefined;

export function setup(): { coder: Coder; gazetteer: Gazetteer } {
  shared ??= { coder: createCoder(), gazetteer: loadGazetteer().gazetteer };
  return shared;
}

export function locate(text: string, published = '2024-03-14'): Location | null {
  const { coder, gazetteer } = setup();
  return readCase(coder, gazetteer, text, published).location;
}

/** "Lahore PAK city" or "-". */
export function where(text: string): string {
  const l = locate(text);
  return l ? `${l.name} ${l.country} ${l.feature}` : '-';
}

/** "cameo place" for every event of the text: "043 Doha QAT", "112 -". */
export function everyEvent(text: string, published = '2024-03-14'): string[] {
  const { coder, gazetteer } = setup();
  const r = codeArticle(coder, { id: 't', text, published, origin: { file: 't' } });
  const locs = locateEvents(r.doc, r.mentions, r.events, gazetteer, placeWords(coder.actors.words));
  return r.events.map((e, i) => `${e.cameo} ${locs[i] ? `${locs[i]!.name} ${locs[i]!.country}` : '-'}`);
}

/** The location of an event at the first token spelt `verb` (for sentences the coder codes otherwise). */
export function atVerb(text: string, verb: string, cameo?: string): string {
  const { coder, gazetteer } = setup();
  const r = codeArticle(coder, { id: 't', text, published: '2024-03-14', origin: { file: 't' } });
  const v = r.doc.tokens.find((t) => t.text === verb)!;
  const sentenceIndex = r.doc.sentences.findIndex((s) => v.index >= s.tokenStart && v.index < s.tokenEnd);
  const [l] = locateEvents(r.doc, r.mentions, [{ sentenceIndex, verb: { tokenStart: v.index, tokenEnd: v.index + 1 }, cameo }], gazetteer, placeWords(coder.actors.words));
  return l ? `${l.name} ${l.country}` : '-';
}
