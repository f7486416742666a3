/**
 * Event dates and places on the project's own test set (test/fixtures/places-dates.tsv:
 * published, text, date, precision, place). Each text is coded by the public coder
 * (createCoder + codeArticle); the event read is the first of the text's last sentence (earlier
 * sentences are context). A date is right when value and precision both are; a place when
 * name and country are (or both expected and found are none). A text where the coder finds no
 * event is read at its sentence's first verb, the date as coder.ts would date an event there;
 * the report counts these texts apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Coder } from '../src/pipeline/coder.ts';
import { codeArticle } from '../src/pipeline/coder.ts';
import { loadGazetteer, locateEvents, placeKey, placeWords, type Gazetteer, type Location } from '../src/places/index.ts';
import type { ResolvedDate } from '../src/document/types.ts';
import { REPO_ROOT } from '../src/util/paths.ts';
import { findDates, resolveEventDate } from '../src/time/index.ts';
import { duration, heading, ratio, table } from './report.ts';

export const PLACES_SET = join(REPO_ROOT, 'test', 'fixtures', 'places-dates.tsv');

export interface PlaceCase {
  line: number;
  published: string;
  text: string;
  date: string;
  precision: string;
  place: string;
}

export interface CaseReading {
  /** The event read (a summary such as "PAK 057 CHN"), or null when no event was coded. */
  event: string | null;
  /** The event's date; without an event, the date the coder would give an event at the sentence's first verb. */
  date: ResolvedDate | null;
  location: Location | null;
}

export interface PlacesResult {
  file: string;
  cases: Array<PlaceCase & { got: CaseReading; dateOk: boolean; placeOk: boolean }>;
  gazetteerMs: number;
  gazetteerFrom: string;
}

export function readPlaceCases(file = PLACES_SET): PlaceCase[] {
  const cases: PlaceCase[] = [];
  let header = false;
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    if (!header) {
      header = true;
      return;
    }
    const c = raw.split('\t');
    if (c.length !== 5) throw new Error(`${file}:${i + 1}: want 5 tab-separated columns, got ${c.length}`);
    cases.push({ line: i + 1, published: c[0], text: c[1], date: c[2], precision: c[3], place: c[4] });
  });
  return cases;
}

/** Code one text and read the date and location of the first event of its last sentence. */
export function readCase(coder: Coder, gazetteer: Gazetteer, text: string, published: string | null): CaseReading {
  const r = codeArticle(coder, { id: 'places', text, published, origin: { file: 'places' } });
  const last = r.doc.sentences.length - 1;
  const ev = r.events.find((e) => e.sentenceIndex === last) ?? null;
  const s = r.doc.sentences[last];
  const firstVerb = r.doc.tokens.slice(s.tokenStart, s.tokenEnd).find((t) => t.pos === 'VERB')?.index ?? s.tokenStart;
  const located = ev
    ? { sentenceIndex: last, verb: ev.verb, source: ev.source, target: ev.target, cameo: ev.cameo }
    : { sentenceIndex: last, verb: { tokenStart: firstVerb, tokenEnd: firstVerb + 1 } };
  const [location] = locateEvents(r.doc, r.mentions, [located], gazetteer, placeWords(coder.actors.words));
  let date = ev?.date ?? null;
  if (!ev) {
    // As coder.ts dates an event (without the report-verb filter, which needs an event).
    const sentenceText = text.slice(s.start, s.end);
    date = resolveEventDate(findDates(sentenceText, s.start, published), r.doc.tokens[firstVerb], published, { text: sentenceText, start: s.start });
  }
  return { event: ev && `${ev.source.code} ${ev.cameo} ${ev.target?.code ?? '-'}`, date, location };
}

function placeRight(expected: string, got: Location | null): boolean {
  if (expected === '-') return got === null;
  const [name, country] = expected.split('|');
  return got !== null && placeKey(got.name) === placeKey(name) && got.country === country;
}

export function evaluatePlaces(coder: Coder, file = PLACES_SET): PlacesResult {
  const started = performance.now();
  const { gazetteer, from } = loadGazetteer();
  const gazetteerMs = performance.now() - started;
  const cases = readPlaceCases(file).map((c) => {
    const got = readCase(coder, gazetteer, c.text, c.published);
    const dateOk = got.date !== null && got.date.value === c.date && got.date.precision === c.precision;
    return { ...c, got, dateOk, placeOk: placeRight(c.place, got.location) };
  });
  return { file, cases, gazetteerMs, gazetteerFrom: from };
}

const show = (l: Location | null) => (l ? `${l.name}|${l.country} (${l.feature}, ${l.rule})` : '-');

export function formatPlaces(r: PlacesResult, options: { showMisses?: number } = {}): string {
  const n = r.cases.length;
  const dates = r.cases.filter((c) => c.dateOk).length;
  const places = r.cases.filter((c) => c.placeOk).length;
  const withPlace = r.cases.filter((c) => c.place !== '-');
  const noEvent = r.cases.filter((c) => c.got.event === null).length;
  const lines = [heading(`Event dates and places of the own test set: ${n} texts`), `file: ${r.file}`, `gazetteer: ${duration(r.gazetteerMs)} (${r.gazetteerFrom})`, ''];
  lines.push(
    table(
      ['measure', 'right', 'meaning'],
      [
        ['date', ratio(dates, n), 'value and precision both right (target 95%)'],
        ['date, coded', ratio(r.cases.filter((c) => c.dateOk && c.got.event).length, n - noEvent), 'the same, texts where the coder found an event'],
        ['place', ratio(places, n), 'name and country right, or none where none is (target 90%)'],
        ['place stated', ratio(withPlace.filter((c) => c.placeOk).length, withPlace.length), 'texts whose event has a place'],
        ['no place', ratio(r.cases.filter((c) => c.place === '-' && c.placeOk).length, n - withPlace.length), 'texts whose event has none: null returned'],
        ['no event coded', ratio(noEvent, n), 'texts where the coder found no event: read at the first verb'],
      ],
    ),
  );
  const k = options.showMisses ?? 0;
  const misses = r.cases.filter((c) => !c.dateOk || !c.placeOk);
  if (k > 0 && misses.length) {
    lines.push('', `misses (${Math.min(k, misses.length)} of ${misses.length}):`);
    for (const c of misses.slice(0, k)) {
      const d = c.got.date ? `${c.got.date.value}/${c.got.date.precision} (${c.got.date.rule})` : 'null';
      lines.push(`  line ${c.line} [${c.published}] ${c.text}`);
      lines.push(`    event ${c.got.event ?? 'none'}`);
      if (!c.dateOk) lines.push(`    date  want ${c.date}/${c.precision} got ${d}`);
      if (!c.placeOk) lines.push(`    place want ${c.place} got ${show(c.got.location)}`);
    }
  }
  return lines.join('\n');
}

/**
 * For reading by eye: every coded event of articles [from, to) of a corpus with its date and
 * place, one line each and its sentence below (docs/DATES.md, docs/PLACES.md "Read on real news").
 *   node --import tsx eval/places.ts --read 0 150 [/work/shared/corpus/guardian_2019_sample.csv]
 */
export async function readEvents(file: string, from: number, to: number, out: (line: string) => void): Promise<void> {
  const { readInputs } = await import('../src/ingest/index.ts');
  const { createCoder } = await import('../src/pipeline/coder.ts');
  const coder = createCoder();
  let n = 0;
  for await (const item of readInputs([file])) {
    if (item.kind !== 'article') continue;
    if (n++ < from) continue;
    if (n > to) break;
    const a = item.article;
    const r = codeArticle(coder, a);
    out(`\n##### ${a.id} ${a.published} ${a.text.slice(0, 100).replace(/\s+/g, ' ')}`);
    for (const e of r.events) {
      const s = r.doc.sentences[e.sentenceIndex];
      const target = e.target ? `${e.target.code}(${e.target.text})` : '-';
      out(`${e.source.code}(${e.source.text}) ${e.cameo} ${target} [${e.verb.text}] ${e.date?.value ?? '-'} @${e.location?.name ?? '-'}`);
      out(`    ${a.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 240)}`);
    }
  }
}

if (process.argv[1]?.endsWith('places.ts') && process.argv[2] === '--read') {
  const [from, to, file] = [Number(process.argv[3] ?? 0), Number(process.argv[4] ?? 150), process.argv[5] ?? '/work/shared/corpus/guardian_2019_sample.csv'];
  await readEvents(file, from, to, (line) => console.log(line));
}
