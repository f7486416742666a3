/**
 * Relations: two countries' events over time from GET /series (cooperation up, conflict down,
 * by quad class; mean Goldstein as a line). Clicking a period lists its events with their
 * evidence sentences (GET /events with the dyad and the period's dates).
 */
import { events as fetchEvents, series, type SeriesPoint, type StoredEvent } from '../api.ts';
import { chartIn, finished, type Chart } from '../charts.ts';
import { countryLabel, countryName, formatGoldstein, QUADS } from '../codes.ts';
import { el, errorText, notice, replaceRoute } from '../dom.ts';
import { eventList } from '../event-list.ts';
import { countryPairs, relationsState, type By, type RelationsState as State } from './relations-state.ts';

/** The days a period covers, for the /events filters. */
export function periodRange(period: string, by: By): { from: string; to: string } {
  if (by === 'month') return { from: `${period}-01`, to: `${period}-31` };
  if (by === 'day') return { from: period, to: period };
  const end = new Date(`${period}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 6);
  return { from: period, to: end.toISOString().slice(0, 10) };
}

/** The axis tooltip: a period's events per quad class (conflict counted, not negative) and its mean Goldstein. */
function tooltip(points: SeriesPoint[]) {
  return (items: Array<{ dataIndex: number }>) => {
    const p = points[items[0]?.dataIndex ?? -1];
    if (!p) return '';
    const row = (color: string, label: string, value: string) => `<div><span style="display:inline-block;width:9px;height:9px;border-radius:50%;background:${color};margin-right:6px"></span>${label}: <b>${value}</b></div>`;
    return [`<b>${p.period}</b>: ${p.events} events`, ...QUADS.map((q) => row(q.color, q.label, String(p.quad[q.key]))), row('#2b3a55', 'mean Goldstein', formatGoldstein(p.goldstein_mean))].join('');
  };
}

function chartOption(points: SeriesPoint[], s: State) {
  const periods = points.map((p) => p.period);
  const bars = QUADS.map((q, i) => ({
    name: q.label,
    type: 'bar' as const,
    stack: 'events',
    barMaxWidth: 56,
    itemStyle: { color: q.color },
    // conflict is drawn below the axis
    data: points.map((p) => (i < 2 ? p.quad[q.key] : -p.quad[q.key])),
  }));
  // both axes symmetric about 0, so the Goldstein 0 line is the events' 0 line
  const cooperation = Math.max(...points.map((p) => p.quad.verbal_cooperation + p.quad.material_cooperation));
  const conflict = Math.max(...points.map((p) => p.quad.verbal_conflict + p.quad.material_conflict));
  const extent = Math.max(1, cooperation, conflict);
  return {
    animation: false,
    tooltip: { trigger: 'axis' as const, formatter: tooltip(points) },
    legend: { top: 0 },
    grid: { left: 56, right: 56, top: 40, bottom: points.length > 24 ? 64 : 32 },
    dataZoom: points.length > 24 ? [{ type: 'slider' as const, bottom: 8 }, { type: 'inside' as const }] : [],
    xAxis: { type: 'category' as const, data: periods },
    yAxis: [
      { type: 'value' as const, name: 'events (conflict below 0)', min: -extent, max: extent, nameTextStyle: { align: 'left' as const }, axisLabel: { formatter: (v: number) => String(Math.abs(v)) } },
      { type: 'value' as const, name: 'Goldstein', min: -10, max: 10, interval: 5, splitLine: { show: false } },
    ],
    series: [
      ...bars,
      {
        name: `mean Goldstein${s.both ? '' : ` ${s.a}→${s.b}`}`,
        type: 'line' as const,
        yAxisIndex: 1,
        symbolSize: 8,
        itemStyle: { color: '#2b3a55' },
        data: points.map((p) => p.goldstein_mean),
      },
    ],
  };
}

function dataTable(points: SeriesPoint[], open: (p: SeriesPoint) => void): HTMLElement {
  const head = el('tr', {}, ...['period', 'events', ...QUADS.map((q) => q.label), 'mean Goldstein', ''].map((h) => el('th', {}, h)));
  const rows = points.map((p) =>
    el('tr', { 'data-period': p.period }, el('td', {}, p.period), el('td', {}, p.events), ...QUADS.map((q) => el('td', {}, p.quad[q.key])), el('td', {}, p.goldstein_mean.toFixed(2)), el('td', {}, el('button', { type: 'button', onclick: () => open(p) }, 'events'))),
  );
  return el('details', { class: 'data-table' }, el('summary', {}, 'The series as a table'), el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows)));
}

export async function render(root: HTMLElement, params: URLSearchParams): Promise<() => void> {
  const state: State = relationsState(params);
  const selectA = el('select', { id: 'country-a', 'aria-label': 'first country' });
  const selectB = el('select', { id: 'country-b', 'aria-label': 'second country' });
  const selectBy = el('select', { id: 'period', 'aria-label': 'period' }, ...(['day', 'week', 'month'] as const).map((x) => el('option', { value: x, selected: x === state.by }, x)));
  const both = el('input', { type: 'checkbox', id: 'both', checked: state.both });
  const pairsLine = el('p', { class: 'pairs muted' });
  const title = el('h2', {}, 'Relations');
  const chartBox = el('div', { id: 'relations-chart', class: 'chart', 'data-state': 'loading' });
  const hint = el('p', { class: 'muted hint' }, 'Click a period for its events and the sentences they were read from. A date known only to the month or year counts in its first month.');
  const tableBox = el('div');
  const drill = el('section', { id: 'drill', class: 'drill', 'aria-live': 'polite' });
  root.append(
    title,
    el('div', { class: 'controls' }, el('label', {}, 'Between ', selectA), el('button', { type: 'button', title: 'swap', onclick: () => update({ a: state.b, b: state.a }) }, '⇄'), el('label', {}, ' and ', selectB), el('label', {}, ' per ', selectBy), el('label', {}, both, ' both directions')),
    pairsLine,
    chartBox,
    hint,
    tableBox,
    drill,
  );
  const { chart, dispose } = chartIn(chartBox);
  let points: SeriesPoint[] = [];
  let request = 0;
  let drillRequest = 0;

  const fill = (select: HTMLSelectElement, countries: string[], value: string) => {
    const list = value && !countries.includes(value) ? [value, ...countries] : countries;
    select.replaceChildren(...list.map((c) => el('option', { value: c, selected: c === value }, countryLabel(c))));
  };

  async function openPeriod(p: SeriesPoint): Promise<void> {
    const { from, to } = periodRange(p.period, state.by);
    const dyads = state.both ? [`${state.a}-${state.b}`, `${state.b}-${state.a}`] : [`${state.a}-${state.b}`];
    drill.replaceChildren(el('h3', {}, `Events ${p.period}`), notice('Loading events…'));
    drill.dataset.period = p.period;
    const mine = ++drillRequest;
    try {
      const pages = await Promise.all(dyads.map((dyad) => fetchEvents({ dyad, from, to }, 500)));
      if (mine !== drillRequest) return; // another period was clicked meanwhile
      const list: StoredEvent[] = pages.flatMap((x) => x.events).sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.gid - y.gid);
      const more = pages.some((x) => !x.complete) ? ' (the first 500 each way)' : '';
      drill.replaceChildren(
        el('h3', {}, `${list.length} events in ${p.period}${more}: ${countryName(state.a)} ${state.both ? '↔' : '→'} ${countryName(state.b)}`),
        list.length ? eventList(list.map((e) => ({ record: e.record, articles: e.num_articles }))) : notice('No events in this period.'),
      );
    } catch (error) {
      if (mine === drillRequest) drill.replaceChildren(notice(`Events could not be loaded: ${errorText(error)}`, 'error'));
    }
  }

  chart.getZr().on('click', (e: { offsetX: number; offsetY: number }) => {
    const at = [e.offsetX, e.offsetY];
    if (!points.length || !chart.containPixel({ gridIndex: 0 }, at)) return;
    const [i] = chart.convertFromPixel({ xAxisIndex: 0, yAxisIndex: 0 }, at) as number[];
    const p = points[Math.max(0, Math.min(points.length - 1, Math.round(i)))];
    if (p) void openPeriod(p);
  });

  /** Where each period is drawn (its Goldstein point), for tests and tools: data-points on the chart. */
  const publishPoints = (c: Chart) => {
    const at = points.map((p, i) => {
      const [x, y] = c.convertToPixel({ seriesIndex: QUADS.length }, [i, p.goldstein_mean]) as number[];
      return { period: p.period, events: p.events, x: Math.round(x), y: Math.round(y) };
    });
    chartBox.dataset.points = JSON.stringify(at);
  };

  async function draw(): Promise<void> {
    const mine = ++request;
    replaceRoute('relations', { a: state.a, b: state.b, by: state.by, ...(state.both ? {} : { both: '0' }) });
    title.textContent = `Relations: ${countryName(state.a)} ${state.both ? '↔' : '→'} ${countryName(state.b)}`;
    chartBox.dataset.state = 'loading';
    chartBox.dataset.dyad = `${state.a}-${state.b}`;
    drillRequest++;
    drill.replaceChildren();
    delete drill.dataset.period;
    try {
      const got = await series(`${state.a}-${state.b}`, state.by, state.both ? 'both' : 'directed');
      if (mine !== request) return;
      points = got.points;
      chart.clear();
      tableBox.replaceChildren(dataTable(points, (p) => void openPeriod(p)));
      if (!points.length) {
        chartBox.dataset.state = 'empty';
        drill.replaceChildren(notice(`No dated events between ${countryName(state.a)} and ${countryName(state.b)}.`));
        return;
      }
      const drawn = finished(chart);
      chart.setOption(chartOption(points, state), { notMerge: true });
      await drawn;
      if (mine !== request) return;
      publishPoints(chart);
      chartBox.dataset.periods = points.map((p) => p.period).join(' ');
      chartBox.dataset.state = 'rendered';
      performance.mark('dyad:relations-rendered');
    } catch (error) {
      if (mine !== request) return;
      chartBox.dataset.state = 'error';
      drill.replaceChildren(notice(`The series could not be loaded: ${errorText(error)}`, 'error'));
    }
  }

  function update(change: Partial<State>): void {
    Object.assign(state, change);
    selectA.value = state.a;
    selectB.value = state.b;
    if (state.a && state.b && state.a !== state.b) void draw();
  }

  selectA.addEventListener('change', () => update({ a: selectA.value }));
  selectB.addEventListener('change', () => update({ b: selectB.value }));
  selectBy.addEventListener('change', () => update({ by: selectBy.value as By }));
  both.addEventListener('change', () => update({ both: both.checked }));

  // a pair named in the address is drawn at once; the country list comes meanwhile
  if (state.a && state.b) void draw();
  try {
    const { countries, pairs } = await countryPairs();
    if (!pairs.length && (!state.a || !state.b)) {
      chartBox.dataset.state = 'empty';
      drill.replaceChildren(notice('The store has no events between two countries yet: ingest some articles (dyad ingest examples/) and reload.'));
    } else if (!state.a || !state.b) {
      Object.assign(state, { a: pairs[0].a, b: pairs[0].b });
      void draw();
    }
    fill(selectA, countries, state.a);
    fill(selectB, countries, state.b);
    pairsLine.replaceChildren(
      pairs.length ? 'Most events: ' : '',
      ...pairs.slice(0, 8).flatMap((p, i) => [i ? ', ' : '', el('a', { href: '#', onclick: (e: Event) => (e.preventDefault(), update({ a: p.a, b: p.b })) }, `${p.a}–${p.b}`), ` (${p.events})`]),
    );
  } catch (error) {
    pairsLine.replaceChildren(notice(`The country list could not be loaded: ${errorText(error)}`, 'error'));
  }
  return dispose;
}
