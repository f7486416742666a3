/** Code a text with the shipped lexicons and locate the first event of its last sentence (as eval/places.ts does). */
import { createCoder, type Coder } from '../../src/pipeline/coder.ts';
import { loadGazetteer, type Gazetteer, type Location } from '../../src/places/index.ts';
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
