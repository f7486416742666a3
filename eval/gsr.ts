/**
 * PLOVER gold standard records (sentences from the CAMEO manual, hand-coded with PLOVER 0.5
 * event types and CAMEO actor codes): event type, source/target country and sector accuracy.
 */
import { readFileSync } from 'node:fs';
import type { Mention } from '../src/document/types.ts';
import type { EventRecord } from '../src/output/record.ts';
import type { Coder } from '../src/pipeline/coder.ts';
import { classifyGoldCode, normaliseCountry, normaliseSector } from './country-codes.ts';
import { formatGsrAudit } from './gsr-audit.ts';
import { codeText, describeRecord, sharedPath } from './common.ts';
import { count, heading, ratio, subheading, table, pct, type Cell } from './report.ts';

/** The 16 PLOVER event types (PLOVER 1.0 names; what lexicon/cameo.tsv uses). */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

/**
 * PLOVER 0.5 names in the gold file -> current names. Checked against the distinct event
 * names of the file: every other name it uses is already a current type.
 */
export const PLOVER_RENAMES: Readonly<Record<string, string>> = {
  DEMAND: 'REQUEST', // 0.5 DEMAND became REQUEST (CAMEO 10 and 02-like demands)
  DISAPPROVE: 'ACCUSE', // 0.5 DISAPPROVE (CAMEO 11) folded into ACCUSE
  INVESTIGATE: 'ACCUSE', // 0.5 INVESTIGATE (CAMEO 09) folded into ACCUSE
  FIGHT: 'ASSAULT', // 0.5 FIGHT (CAMEO 19, 20) folded into ASSAULT
};

/**
 * CAMEO codes that the CAMEO-to-PLOVER table dyad uses (PLOVER 0.8, lexicon/cameo.tsv) puts
 * under another type than the gold file's PLOVER 0.5 coders did, with the gold sentences
 * that show the 0.5 choice. Used only for the secondary "version-tolerant" score.
 */
export const PLOVER_05_TYPES: Readonly<Record<string, { type: string; seen: string }>> = {
  '163': { type: 'SANCTION', seen: 'sanctions imposed, gold SANCTION (0.8 table: COERCE)' },
  '0813': { type: 'CONCEDE', seen: 'curfew lifted, gold CONCEDE (0.8 table: RETREAT)' },
  '0814': { type: 'CONCEDE', seen: 'state of emergency lifted, gold CONCEDE (0.8 table: RETREAT)' },
  '1712': { type: 'COERCE', seen: 'property destroyed, gold COERCE (0.8 table: ASSAULT)' },
  '0831': { type: 'RETREAT', seen: 'leader resigned, gold RETREAT (0.8 table: CONCEDE)' },
};

export interface GoldActor {
  actorText?: string;
  code?: string;
  sector?: string;
}

export interface GoldRecord {
  id: string;
  event: string;
  text?: string;
  date?: string | null;
  source?: GoldActor[] | string;
  target?: GoldActor[] | string;
}

interface GoldSide {
  countries: Set<string>;
  others: Set<string>;
  unknown: Set<string>;
  sectors: Set<string>;
  label: string;
}

interface SentenceResult {
  id: string;
  gold: string;
  rawGold: string;
  text: string;
  records: EventRecord[];
  mentions: Mention[];
  source: GoldSide;
  target: GoldSide;
  anyType: boolean;
  firstType: boolean;
  /** Some event has the gold type under the 0.8 table or under PLOVER_05_TYPES. */
  tolerantType: boolean;
}

/** One side of the gold dyad as comparable sets. */
function goldSide(actors: GoldActor[] | string | undefined): GoldSide {
  const side: GoldSide = { countries: new Set(), others: new Set(), unknown: new Set(), sectors: new Set(), label: '-' };
  if (!Array.isArray(actors)) return side;
  for (const a of actors) {
    if (!a.code) continue;
    const c = classifyGoldCode(a.code);
    if (c.kind === 'country') side.countries.add(c.iso);
    else if (c.kind === 'other') side.others.add(c.code);
    else side.unknown.add(c.code);
    const sector = normaliseSector(a.sector);
    if (sector) side.sectors.add(sector);
  }
  side.label = actors.map((a) => `${a.code ?? '?'}${a.sector ? `/${a.sector}` : ''}`).join('+') || '-';
  return side;
}

/** Counter for one "some event matches" measure over the gold sentences that have the field. */
export class Score {
  hit = 0;
  total = 0;
  add(applies: boolean, ok: boolean): void {
    if (!applies) return;
    this.total++;
    if (ok) this.hit++;
  }
  toString(): string {
    return ratio(this.hit, this.total);
  }
}

export interface GsrResult {
  file: string;
  skipped: number;
  renames: Map<string, number>;
  unknownEvents: Map<string, number>;
  unknownCodes: Map<string, number>;
  sentences: SentenceResult[];
  elapsedMs: number;
}

export function evaluateGsr(coder: Coder, file = sharedPath('eval', 'plover_gsr_cameo.json')): GsrResult {
  const started = performance.now();
  const gold = JSON.parse(readFileSync(file, 'utf8')) as GoldRecord[];
  const known = new Set<string>(PLOVER_TYPES);
  const result: GsrResult = {
    file, skipped: 0, renames: new Map(), unknownEvents: new Map(), unknownCodes: new Map(), sentences: [], elapsedMs: 0,
  };
  gold.forEach((g, i) => {
    if (g.event === 'DOCUMENT' || !g.text) {
      result.skipped++;
      return;
    }
    const renamed = PLOVER_RENAMES[g.event];
    if (renamed) count(result.renames, `${g.event} -> ${renamed}`);
    const type = renamed ?? g.event;
    if (!known.has(type)) count(result.unknownEvents, type);
    const coded = codeText(coder, g.id, g.text, g.date ?? null, `${file}#${i}`);
    const source = goldSide(g.source);
    const target = goldSide(g.target);
    for (const c of [...source.unknown, ...target.unknown]) count(result.unknownCodes, c);
    result.sentences.push({
      id: g.id,
      gold: type,
      rawGold: g.event,
      text: g.text,
      records: coded.records,
      mentions: coded.mentions,
      source,
      target,
      anyType: coded.records.some((r) => r.plover.event === type),
      firstType: coded.records[0]?.plover.event === type,
      tolerantType: coded.records.some((r) => r.plover.event === type || PLOVER_05_TYPES[r.cameo]?.type === type),
    });
  });
  result.elapsedMs = performance.now() - started;
  return result;
}

const country = (a: EventRecord['source'] | null) => normaliseCountry(a?.country);
/** dyad code IGOUNOPKO matches gold IGO, NGOXXX matches NGO ... (the code's first letters). */
const otherHit = (a: EventRecord['source'] | null, others: Set<string>) => !!a && [...others].some((o) => a.code.startsWith(o));

interface Scores {
  anyType: Score; firstType: Score; tolerantType: Score; srcCountry: Score; tgtCountry: Score; srcOther: Score; tgtOther: Score;
  srcAnyRole: Score; srcSector: Score; tgtSector: Score; typeAndSource: Score; missed: Score; invented: Score; inventedEvents: number;
  untypedEvents: number; events: number;
}

function score(sentences: SentenceResult[]): Scores {
  const s: Scores = {
    anyType: new Score(), firstType: new Score(), tolerantType: new Score(), srcCountry: new Score(), tgtCountry: new Score(),
    srcOther: new Score(), tgtOther: new Score(), srcAnyRole: new Score(), srcSector: new Score(), tgtSector: new Score(),
    typeAndSource: new Score(), missed: new Score(), invented: new Score(), inventedEvents: 0, untypedEvents: 0, events: 0,
  };
  for (const r of sentences) {
    const recs = r.records;
    s.anyType.add(true, r.anyType);
    s.firstType.add(true, r.firstType);
    s.tolerantType.add(true, r.tolerantType);
    s.srcCountry.add(r.source.countries.size > 0, recs.some((e) => r.source.countries.has(country(e.source) ?? '')));
    s.tgtCountry.add(r.target.countries.size > 0, recs.some((e) => r.target.countries.has(country(e.target) ?? '')));
    s.srcAnyRole.add(
      r.source.countries.size > 0,
      recs.some((e) => r.source.countries.has(country(e.source) ?? '') || r.source.countries.has(country(e.target) ?? '')),
    );
    s.srcOther.add(r.source.others.size > 0, recs.some((e) => otherHit(e.source, r.source.others)));
    s.tgtOther.add(r.target.others.size > 0, recs.some((e) => otherHit(e.target, r.target.others)));
    s.srcSector.add(r.source.sectors.size > 0, recs.some((e) => r.source.sectors.has(e.source.sector ?? '')));
    s.tgtSector.add(r.target.sectors.size > 0, recs.some((e) => r.target.sectors.has(e.target?.sector ?? '')));
    s.typeAndSource.add(
      r.source.countries.size > 0,
      recs.some((e) => e.plover.event === r.gold && r.source.countries.has(country(e.source) ?? '')),
    );
    s.missed.add(true, recs.length === 0);
    const wrong = recs.filter((e) => e.plover.event !== r.gold);
    s.invented.add(true, wrong.length > 0);
    s.inventedEvents += wrong.length;
    s.untypedEvents += wrong.filter((e) => e.plover.event === null).length;
    s.events += recs.length;
  }
  return s;
}

/** Gold type -> each wrong type dyad gave for the sentence (once per sentence); misses are in the per-type table. */
function confusion(sentences: SentenceResult[]): Array<[string, number]> {
  const pairs = new Map<string, number>();
  for (const r of sentences) {
    const wrong = new Set(r.records.map((e) => e.plover.event ?? '(no PLOVER type)').filter((t) => t !== r.gold));
    for (const t of wrong) count(pairs, `${r.gold} -> ${t}${r.anyType ? ' (besides gold)' : ''}`);
  }
  return [...pairs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 15);
}

function perType(sentences: SentenceResult[]): Cell[][] {
  const types = [...new Set(sentences.map((r) => r.gold))].sort();
  return types.map((t) => {
    const s = score(sentences.filter((r) => r.gold === t));
    return [t, s.anyType.total, pct(s.anyType.hit, s.anyType.total), pct(s.firstType.hit, s.firstType.total),
      s.missed.hit, s.invented.hit, pct(s.srcCountry.hit, s.srcCountry.total)];
  });
}

/** Sentences where no event has the gold type, taken round-robin over gold types. */
function misses(sentences: SentenceResult[], n: number): SentenceResult[] {
  const byType = new Map<string, SentenceResult[]>();
  for (const r of sentences) if (!r.anyType) byType.set(r.gold, [...(byType.get(r.gold) ?? []), r]);
  const queues = [...byType.values()];
  const out: SentenceResult[] = [];
  for (let i = 0; out.length < n && queues.some((q) => i < q.length); i++) {
    for (const q of queues) if (i < q.length && out.length < n) out.push(q[i]);
  }
  return out;
}

export function formatGsr(result: GsrResult, options: { showMisses?: number } = {}): string {
  const { sentences } = result;
  const s = score(sentences);
  const lines = [heading(`PLOVER gold standard records: ${sentences.length} sentences`)];
  lines.push(`file: ${result.file} (${result.skipped} non-sentence record skipped; coded in ${Math.round(result.elapsedMs)} ms)`);
  lines.push(`renamed gold types (PLOVER 0.5 -> current): ${[...result.renames].map(([k, v]) => `${k} (${v})`).join(', ') || 'none'}`);
  if (result.unknownEvents.size) lines.push(`gold types not in PLOVER (kept, never matched): ${[...result.unknownEvents].map(([k, v]) => `${k} (${v})`).join(', ')}`);
  if (result.unknownCodes.size) lines.push(`gold actor codes neither ISO nor known CAMEO (ignored): ${[...result.unknownCodes].map(([k, v]) => `${k} (${v})`).join(', ')}`);
  lines.push(
    '',
    table(['measure', 'score', 'meaning'], [
      ['event type (any event)', String(s.anyType), 'some event dyad codes for the sentence has the gold PLOVER type'],
      ['event type (first event)', String(s.firstType), 'the first event dyad codes has the gold type'],
      ['event type, 0.5-tolerant', String(s.tolerantType), `also counts ${Object.keys(PLOVER_05_TYPES).join(', ')} under the gold file's PLOVER 0.5 types`],
      ['source country', String(s.srcCountry), 'some event\'s source.country is a gold source country'],
      ['target country', String(s.tgtCountry), 'same for target.country'],
      ['source country, any role', String(s.srcAnyRole), 'a gold source country is some event\'s source or target (actor found, role aside)'],
      ['type + source country', String(s.typeAndSource), 'one event has both the gold type and a gold source country'],
      ['source non-state (IGO/NGO/...)', String(s.srcOther), 'gold source is IGO/NGO/IMG...: some source code starts with it'],
      ['target non-state (IGO/NGO/...)', String(s.tgtOther), 'same for targets'],
      ['source sector', String(s.srcSector), 'some event\'s source.sector is a gold source sector'],
      ['target sector', String(s.tgtSector), 'same for target.sector'],
      ['missed (no event at all)', String(s.missed), 'lower is better'],
      ['invented (a wrong-type event)', String(s.invented), 'sentences with an event whose type is not the gold type; lower is better'],
    ]),
    '',
    `events coded: ${s.events} (${(s.events / Math.max(1, sentences.length)).toFixed(2)} per sentence); ` +
      `wrong-type events: ${s.inventedEvents}, of which ${s.untypedEvents} have a CAMEO code PLOVER does not map (01x, 02x)`,
  );
  lines.push(subheading('per gold type'));
  lines.push(table(['gold type', 'n', 'any', 'first', 'missed', 'invented', 'src country'], perType(sentences)));
  lines.push(subheading('top 15 confusions: gold type -> a wrong type dyad coded (once per sentence)'));
  lines.push('("besides gold": dyad also coded the gold type; sentences without any event are counted as missed above)\n');
  lines.push(table(['gold -> dyad', 'sentences'], confusion(sentences)));
  const audit = formatGsrAudit(sentences);
  if (audit) lines.push(subheading('hand audit of the gold labels'), audit);
  const n = options.showMisses ?? 0;
  if (n > 0) {
    lines.push(subheading(`${n} sentences without the gold type (round-robin over types)`));
    for (const r of misses(sentences, n)) {
      lines.push(`${r.id}  gold ${r.gold}${r.rawGold !== r.gold ? ` (${r.rawGold})` : ''}  src ${r.source.label}  tgt ${r.target.label}`);
      lines.push(`  ${r.text}`);
      lines.push(`  mentions: ${r.mentions.map((m) => `${m.text}=${m.code}`).join(', ') || '(none)'}`);
      if (r.records.length === 0) lines.push('  dyad: no event');
      for (const e of r.records) lines.push(`  dyad: ${describeRecord(e)}`);
      lines.push('');
    }
  }
  return lines.join('\n');
}
