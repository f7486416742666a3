/**
 * World map of where events took place: countries shaded by their located events, a point per
 * place sized by its events (the events' location lat/lon, GET /events with a world bbox).
 * Country shapes: world-atlas 110m TopoJSON -> GeoJSON (topojson-client), ids made ISO alpha-3.
 * Clicking a point lists the events there.
 */
import { feature } from 'topojson-client';
import { NUMERIC_TO_ISO3 } from 'virtual:countries';
import topology from 'world-atlas/countries-110m.json';
import { events as fetchEvents, type StoredEvent } from '../api.ts';
import { chartIn, echarts, finished } from '../charts.ts';
import { countryLabel } from '../codes.ts';
import { el, errorText, notice } from '../dom.ts';
import { eventList } from '../event-list.ts';

const MAX_EVENTS = 5000;
let registered = false;

type Ring = number[][];
type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

/**
 * A ring that crosses the antimeridian (Russia's east, Fiji) would be drawn across the whole
 * map: its points on the smaller side are moved to the 180th meridian of the larger side.
 */
function unwrap(ring: Ring): Ring {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  if (!crosses) return ring;
  const east = ring.filter((p) => p[0] > 0).length >= ring.length / 2;
  return ring.map(([lon, lat]) => (east && lon < 0 ? [180, lat] : !east && lon > 0 ? [-180, lat] : [lon, lat]));
}

function unwrapGeometry(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(unwrap) };
  return { ...g, coordinates: g.coordinates.map((polygon) => polygon.map(unwrap)) };
}

function registerWorld(): void {
  if (registered) return;
  const world = feature(topology, (topology as { objects: { countries: unknown } }).objects.countries);
  // Antarctica has no events and takes a fifth of the map
  world.features = world.features.filter((f) => f.properties.name !== 'Antarctica');
  for (const f of world.features) {
    f.geometry = unwrapGeometry(f.geometry as Geometry);
    const iso3 = f.id ? NUMERIC_TO_ISO3[f.id] : undefined;
    // shapes without an ISO code (disputed areas) keep their name, so they still draw
    f.properties = { ...f.properties, iso3: iso3 ?? `(${String(f.properties.name)})` };
  }
  echarts.registerMap('world', world as unknown as Parameters<typeof echarts.registerMap>[1]);
  registered = true;
}

interface PlacePoint {
  name: string;
  country: string | null;
  lon: number;
  lat: number;
  events: StoredEvent[];
}

function byPlace(list: StoredEvent[]): PlacePoint[] {
  const places = new Map<string, PlacePoint>();
  for (const e of list) {
    const l = e.record.location;
    if (!l) continue;
    const key = `${l.name}|${l.lon}|${l.lat}`;
    const p = places.get(key) ?? { name: l.name, country: l.country, lon: l.lon, lat: l.lat, events: [] };
    p.events.push(e);
    places.set(key, p);
  }
  return [...places.values()].sort((a, b) => b.events.length - a.events.length);
}

/** Light to dark blue by a country's share of the located events. */
function shade(n: number, max: number): string {
  const t = Math.sqrt(n / max);
  const [a, b] = [[221, 232, 243], [44, 93, 143]];
  return `rgb(${a.map((x, i) => Math.round(x + (b[i] - x) * t)).join(', ')})`;
}

function option(places: PlacePoint[], byCountry: Map<string, number>) {
  const max = Math.max(1, ...byCountry.values());
  const maxPlace = Math.max(1, ...places.map((p) => p.events.length));
  return {
    tooltip: { trigger: 'item' as const },
    geo: {
      map: 'world',
      nameProperty: 'iso3',
      roam: true,
      itemStyle: { areaColor: '#f1f3f5', borderColor: '#c3c9d0', borderWidth: 0.5 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffe9a8' } },
      select: { disabled: true },
      tooltip: { show: true, formatter: (p: { name: string }) => `${countryLabel(p.name)}: ${byCountry.get(p.name) ?? 0} located events` },
      regions: [...byCountry].map(([name, n]) => ({ name, itemStyle: { areaColor: shade(n, max) } })),
    },
    series: [
      {
        type: 'scatter' as const,
        coordinateSystem: 'geo' as const,
        name: 'places',
        data: places.map((p) => ({ name: p.name, value: [p.lon, p.lat, p.events.length] })),
        symbolSize: (v: number[]) => 7 + 16 * Math.sqrt(v[2] / maxPlace),
        itemStyle: { color: '#d9480f', borderColor: '#fff', borderWidth: 1, opacity: 0.9 },
        tooltip: { formatter: (p: { name: string; value: number[] }) => `${p.name}: ${p.value[2]} events` },
      },
    ],
  };
}

export async function render(root: HTMLElement): Promise<() => void> {
  const chartBox = el('div', { id: 'map-chart', class: 'chart tall', 'data-state': 'loading' });
  const detail = el('section', { id: 'map-detail', class: 'drill', 'aria-live': 'polite' });
  const caption = el('p', { class: 'muted' }, 'Loading located events…');
  root.append(el('h2', {}, 'Where events took place'), caption, chartBox, detail);
  registerWorld();
  const { chart, dispose } = chartIn(chartBox);
  try {
    const { events, complete } = await fetchEvents({ bbox: '-180,-90,180,90' }, MAX_EVENTS);
    const places = byPlace(events);
    const byCountry = new Map<string, number>();
    for (const e of events) {
      const c = e.record.location?.country;
      if (c) byCountry.set(c, (byCountry.get(c) ?? 0) + 1);
    }
    caption.textContent = `${events.length} events with a place${complete ? '' : ` (the first ${MAX_EVENTS})`}, at ${places.length} places. Countries are shaded by the events located in them; click a point for its events.`;
    chart.on('click', (p: { seriesType?: string; dataIndex: number }) => {
      if (p.seriesType !== 'scatter') return;
      const place = places[p.dataIndex];
      if (!place) return;
      detail.replaceChildren(el('h3', {}, `${place.events.length} events in ${place.name}${place.country ? `, ${countryLabel(place.country)}` : ''}`), eventList(place.events.map((e) => ({ record: e.record, articles: e.num_articles }))));
    });
    const drawn = finished(chart);
    chart.setOption(option(places, byCountry));
    await drawn;
    chartBox.dataset.points = String(places.length);
    // where each place is drawn, for tests and tools
    chartBox.dataset.pixels = JSON.stringify(places.map((p) => {
      const [x, y] = chart.convertToPixel({ geoIndex: 0 }, [p.lon, p.lat]) as number[];
      return { name: p.name, events: p.events.length, x: Math.round(x), y: Math.round(y) };
    }));
    chartBox.dataset.places = places.map((p) => p.name).join('|');
    chartBox.dataset.state = 'rendered';
    if (!places.length) detail.replaceChildren(notice('No stored event has a place yet.'));
  } catch (error) {
    chartBox.dataset.state = 'error';
    detail.replaceChildren(notice(`Events could not be loaded: ${errorText(error)}`, 'error'));
  }
  return dispose;
}
