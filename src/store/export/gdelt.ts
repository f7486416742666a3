/**
 * The GDELT 2.0 event table: 61 tab-separated columns per deduplicated event, no header
 * (as GDELT's own files). The mapping of each column is in docs/STORE.md; what dyad does not
 * know (tone, ethnic and religion codes, actor locations, second-level divisions) stays empty.
 */
import type { EventRecord } from '../../output/record.ts';
import { dayOf } from '../rows.ts';
import type { StoredEvent } from '../types.ts';
import { adm1Code, geoFullName, geoType } from './gdelt-geo.ts';
import { knownGroupCode } from './known-groups.ts';

const ACTOR = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

export const GDELT_COLUMNS: readonly string[] = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR.map((c) => `Actor1${c}`),
  ...ACTOR.map((c) => `Actor2${c}`),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO.map((c) => `Actor1Geo_${c}`),
  ...GEO.map((c) => `Actor2Geo_${c}`),
  ...GEO.map((c) => `ActionGeo_${c}`),
  'DATEADDED', 'SOURCEURL',
];

/** No tab or line break inside a field. */
function clean(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace(/[\t\r\n]+/g, ' ');
}

/** Year plus the fraction of it passed, 4 decimals (GDELT's FractionDate). */
export function fractionDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const start = Date.UTC(y, 0, 1);
  const length = Date.UTC(y + 1, 0, 1) - start;
  return (y + (Date.UTC(y, m - 1, d) - start) / length).toFixed(4);
}

function actor(a: EventRecord['source'] | null): string[] {
  if (!a) return ACTOR.map(() => '');
  return [a.code, a.name.toUpperCase(), a.country, knownGroupCode(a.code), '', '', '', a.sector, '', ''].map(clean);
}

/** ActionGeo from the record's location (gdelt-geo.ts); empty without one. */
function actionGeo(location: EventRecord['location']): string[] {
  if (!location) return GEO.map(() => '');
  return [geoType(location), geoFullName(location), location.country, adm1Code(location), '', location.lat, location.lon, ''].map(clean);
}

/**
 * The GDELT row of an event. Day is the event date (its first day for a month or a year);
 * an undated event takes its article's date, as GDELT does. IsRootEvent is 1 when the event
 * was read in the article's first two sentences (headline and lead).
 */
export function gdeltRow(e: StoredEvent): string[] {
  const r = e.record;
  const day = dayOf(e.date) ?? r.published;
  const compact = day ? day.replace(/-/g, '') : '';
  return [
    String(e.gid), compact, compact.slice(0, 6), compact.slice(0, 4), day ? fractionDate(day) : '',
    ...actor(r.source),
    ...actor(r.target),
    r.sentence_index <= 1 ? '1' : '0', e.cameo, e.baseCode, e.cameo.slice(0, 2), String(e.quadClass), e.goldstein.toFixed(1),
    String(e.numMentions), String(e.numSources), String(e.numArticles), '',
    ...GEO.map(() => ''),
    ...GEO.map(() => ''),
    ...actionGeo(r.location),
    r.published ? `${r.published.replace(/-/g, '')}000000` : '',
    clean(e.url ?? r.article_id),
  ];
}

export function gdeltLine(e: StoredEvent): string {
  return gdeltRow(e).join('\t');
}
