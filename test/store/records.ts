/** Invented articles and event records for the store tests, built by hand. */
import { createHash } from 'node:crypto';
import type { Article } from '../../src/document/types.ts';
import type { EventRecord } from '../../src/output/record.ts';
import type { ArticleInput } from '../../src/store/types.ts';

export const CODER = 'dyad 0.0.0 lex:abcdef';

const NAMES: Record<string, [string, string | null, string | null]> = {
  PAK: ['Pakistan', 'PAK', null],
  PAKGOV: ['Pakistan', 'PAK', 'GOV'],
  CHN: ['China', 'CHN', null],
  CHNGOV: ['China', 'CHN', 'GOV'],
  IND: ['India', 'IND', null],
  GHA: ['Ghana', 'GHA', null],
  TGO: ['Togo', 'TGO', null],
};

const GOLDSTEIN: Record<string, [number, number]> = {
  '010': [0, 1],
  '036': [4, 1],
  '042': [1.9, 1],
  '043': [2.8, 1],
  '057': [8, 1],
  '0311': [5.2, 1],
  '111': [-2, 3],
  '172': [-5, 4],
  '190': [-10, 4],
};

export interface EventSpec {
  source: string;
  target?: string | null;
  cameo: string;
  date?: string | null;
  sentence?: number;
  /** The sentence's text (default: an invented one naming the event). */
  text?: string;
  mentions?: number;
  negated?: boolean;
  /** Where the event took place (default: nowhere said). */
  location?: EventRecord['location'];
}

function actor(code: string) {
  const [name, country, sector] = NAMES[code] ?? [code, null, null];
  return { text: name, code, name, country, sector };
}

export function record(articleId: string, published: string | null, spec: EventSpec): EventRecord {
  const sentence = spec.sentence ?? 0;
  const [goldstein, quad] = GOLDSTEIN[spec.cameo] ?? [0, 1];
  const target = spec.target === undefined ? 'CHN' : spec.target;
  const date = spec.date === undefined ? published : spec.date;
  const id = createHash('sha1').update(`${articleId}|${sentence}|${spec.source}|${target}|${spec.cameo}`).digest('hex').slice(0, 16);
  return {
    id,
    article_id: articleId,
    published,
    sentence_index: sentence,
    sentence: spec.text ?? `Sentence ${sentence} of ${articleId}: ${spec.source} and ${target ?? 'nobody'} (${spec.cameo}).`,
    mentions: spec.mentions ?? 1,
    sentence_indexes: [sentence],
    source: actor(spec.source),
    target: target ? actor(target) : null,
    cameo: spec.cameo,
    root: spec.cameo.slice(0, 2),
    quad_class: quad as EventRecord['quad_class'],
    goldstein,
    plover: /^0[12]/.test(spec.cameo) ? { event: null, mode: null, context: [] } : { event: spec.cameo.startsWith('0') ? 'CONSULT' : 'ASSAULT', mode: null, context: [] },
    date,
    date_precision: date === null ? null : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    date_basis: date === null ? null : 'text',
    location: spec.location ?? null,
    negated: spec.negated ?? false,
    hedged: false,
    evidence: { verb: 'met', rule: 'verbs.tsv:1', reporter: null },
    coder: CODER,
  };
}

export interface ArticleSpec {
  id: string;
  published?: string | null;
  source?: string;
  text?: string;
  file?: string;
  url?: string;
  events: EventSpec[];
}

export function article(spec: ArticleSpec): ArticleInput {
  const published = spec.published === undefined ? '2025-03-10' : spec.published;
  const a: Article = {
    id: spec.id,
    text: spec.text ?? `Invented report ${spec.id}.`,
    published,
    origin: { file: spec.file ?? `corpus/${spec.id}.txt` },
  };
  if (spec.source) a.source = spec.source;
  if (spec.url) a.url = spec.url;
  return { article: a, records: spec.events.map((e) => record(spec.id, published, e)), coder: CODER };
}
