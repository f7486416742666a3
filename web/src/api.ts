/** The dyad API as the dashboard uses it (docs/API.md): same origin, JSON, typed. */
import type { Mark } from '../../src/output/marks.ts';

export interface Side {
  text: string;
  code: string;
  name: string;
  country: string | null;
  sector: string | null;
}

export interface Place {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
}

/** The event record (docs/RECORD.md), the fields the dashboard reads. */
export interface EventRecord {
  id: string;
  article_id: string;
  published: string | null;
  sentence_index: number;
  sentence: string;
  source: Side;
  target: Side | null;
  cameo: string;
  quad_class: number;
  goldstein: number;
  plover?: { event: string | null; mode: string | null } | null;
  date: string | null;
  location: Place | null;
  negated: boolean;
  hedged: boolean;
  evidence: { verb: string | null; rule: string | null };
}

/** A stored (deduplicated) event of GET /events. */
export interface StoredEvent {
  id: string;
  gid: number;
  date: string | null;
  source_code: string;
  target_code: string | null;
  cameo: string;
  quad_class: number;
  goldstein: number;
  num_mentions: number;
  num_articles: number;
  source_name: string;
  record: EventRecord;
}

export interface SeriesPoint {
  period: string;
  events: number;
  mentions: number;
  quad: { verbal_cooperation: number; material_cooperation: number; verbal_conflict: number; material_conflict: number };
  goldstein_mean: number;
  goldstein_sum: number;
}

export interface Network {
  nodes: Array<{ id: string; name: string; events: number }>;
  edges: Array<{ source: string; target: string; events: number; goldstein_mean: number }>;
}

/** GET /dyads: events between two code countries (first three letters of the actor codes). */
export interface Dyads {
  direction: 'directed' | 'both';
  dyads: Array<{ source: string; target: string; events: number }>;
}

/** A record's words in its sentence, as GET /articles/:id gives them (src/output/marks.ts, bundled). */
export type { Mark } from '../../src/output/marks.ts';

export interface Article {
  id: string;
  published: string | null;
  title: string | null;
  url: string | null;
  source_name: string;
  coder: string;
  sentences: Array<{ index: number; text: string; marks: Mark[] }>;
  events: EventRecord[];
}

export interface Stats {
  articles: number;
  mentions: number;
  events: number;
  actors: number;
  sentences: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Params = Record<string, string | number | undefined>;

function url(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as (T & { message?: string }) | null;
  if (!response.ok) throw new ApiError(response.status, body?.message ?? `${response.status} ${response.statusText}`);
  return body as T;
}

async function fetchJson<T>(address: string): Promise<T> {
  return json<T>(await fetch(address, { headers: { accept: 'application/json' } }));
}

/** Requests started before the code that wants them had loaded, by address; each is taken once. */
const early = new Map<string, Promise<unknown>>();

/** Starts a GET now; the next get() of the same address takes its answer. */
export function prefetch(path: string, params?: Params): void {
  const address = url(path, params);
  if (early.has(address)) return;
  const answer = fetchJson(address);
  answer.catch(() => undefined); // a failure is reported to whoever takes it
  early.set(address, answer);
}

export async function get<T>(path: string, params?: Params): Promise<T> {
  const address = url(path, params);
  const started = early.get(address);
  if (started) {
    early.delete(address);
    return started as Promise<T>;
  }
  return fetchJson<T>(address);
}

export const stats = () => get<Stats>('/stats');

export const seriesParams = (dyad: string, by: string, direction: 'directed' | 'both') => ({ dyad, by, direction });

export const series = (dyad: string, by: string, direction: 'directed' | 'both') => get<{ dyad: string; points: SeriesPoint[] }>('/series', seriesParams(dyad, by, direction));

export const network = (params: Params) => get<Network>('/network', params);

export const dyads = (params: Params) => get<Dyads>('/dyads', params);

/** The country pairs the relations view lists: both directions summed, as many as the API gives. */
export const COUNTRY_DYADS = { direction: 'both', limit: 10000 } as const;

export const article = (id: string) => get<Article>(`/articles/${encodeURIComponent(id)}`);

/** Events matching the filters, following the cursor until `max` events or the end. */
export async function events(params: Params, max = 500): Promise<{ events: StoredEvent[]; complete: boolean }> {
  const out: StoredEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await get<{ events: StoredEvent[]; next: string | null }>('/events', { ...params, limit: Math.min(500, max - out.length), cursor });
    out.push(...page.events);
    cursor = page.next ?? undefined;
  } while (cursor && out.length < max);
  return { events: out, complete: !cursor };
}

export async function code(body: { text: string; published?: string }): Promise<{ coder: string; records: EventRecord[] }> {
  return json(await fetch('/code', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) }));
}
