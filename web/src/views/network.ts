/**
 * Actor network from GET /network: actors (or countries) as nodes sized by their events,
 * directed edges coloured by mean Goldstein. Clicking an edge between two countries opens
 * their relation; clicking a node lists its edges.
 */
import { network, type Network } from '../api.ts';
import { chartIn, finished } from '../charts.ts';
import { countryName, formatGoldstein, goldsteinColor, isCountry } from '../codes.ts';
import { el, errorText, href, notice, replaceRoute } from '../dom.ts';

function label(id: string, name: string, level: string): string {
  return level === 'country' ? countryName(id) : name && name !== id ? `${id} ${name}` : id;
}

function option(net: Network, level: string) {
  const max = Math.max(1, ...net.nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
  return {
    tooltip: {
      formatter: (p: { dataType?: string; data: { name?: string; value?: number; source?: string; target?: string; goldstein?: number } }) =>
        p.dataType === 'edge' ? `${p.data.source} → ${p.data.target}: ${p.data.value} events, mean Goldstein ${formatGoldstein(p.data.goldstein ?? 0)}` : `${p.data.name}: ${p.data.value} events`,
    },
    series: [
      {
        type: 'graph' as const,
        layout: 'force' as const,
        roam: true,
        draggable: true,
        force: { repulsion: 220, edgeLength: [60, 160], gravity: 0.08 },
        label: { show: true, position: 'right' as const, fontSize: 11 },
        emphasis: { focus: 'adjacency' as const, lineStyle: { width: 4 } },
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 7,
        data: net.nodes.map((n) => ({ id: n.id, name: label(n.id, n.name, level), value: n.events, symbolSize: 8 + 28 * Math.sqrt(n.events / max), itemStyle: { color: '#4a6fa5' } })),
        links: net.edges.map((e) => ({
          source: e.source,
          target: e.target,
          value: e.events,
          goldstein: e.goldstein_mean,
          lineStyle: { color: goldsteinColor(e.goldstein_mean), width: 1 + 5 * (e.events / maxEdge), curveness: 0.15, opacity: 0.85 },
        })),
      },
    ],
  };
}

function edgeTable(net: Network, level: string): HTMLElement {
  const rows = net.edges.map((e) => {
    const pair = level === 'country' && isCountry(e.source) && isCountry(e.target);
    return el(
      'tr',
      {},
      el('td', {}, e.source),
      el('td', {}, e.target),
      el('td', {}, e.events),
      el('td', {}, formatGoldstein(e.goldstein_mean)),
      el('td', {}, pair ? el('a', { href: href('relations', { a: e.source, b: e.target }) }, 'relation') : ''),
    );
  });
  return el(
    'table',
    {},
    el('thead', {}, el('tr', {}, ...['source', 'target', 'events', 'mean Goldstein', ''].map((h) => el('th', {}, h)))),
    el('tbody', {}, ...rows),
  );
}

export async function render(root: HTMLElement, params: URLSearchParams): Promise<() => void> {
  const level = params.get('level') === 'code' ? 'code' : 'country';
  const min = Math.max(1, Number(params.get('min')) || 1);
  const levelSelect = el('select', { id: 'level', 'aria-label': 'nodes' }, el('option', { value: 'country', selected: level === 'country' }, 'countries'), el('option', { value: 'code', selected: level === 'code' }, 'actor codes'));
  const minInput = el('input', { id: 'min', type: 'number', min: 1, value: min, 'aria-label': 'fewest events per edge' });
  const chartBox = el('div', { id: 'network-chart', class: 'chart tall', 'data-state': 'loading' });
  const side = el('section', { class: 'drill', id: 'network-detail' });
  const reload = () => {
    location.hash = href('network', { level: levelSelect.value, min: minInput.value });
  };
  levelSelect.addEventListener('change', reload);
  minInput.addEventListener('change', reload);
  root.append(
    el('h2', {}, 'Actor network'),
    el('div', { class: 'controls' }, el('label', {}, 'Nodes: ', levelSelect), el('label', {}, ' edges with at least ', minInput, ' events')),
    el('p', { class: 'muted' }, 'Edges point from source to target, green for cooperation, red for conflict. Click an edge between two countries to open their relation.'),
    chartBox,
    side,
  );
  const { chart, dispose } = chartIn(chartBox);
  replaceRoute('network', { level, min: String(min) });
  try {
    const net = await network({ level, min, limit: 300 });
    if (!net.nodes.length) {
      chartBox.dataset.state = 'empty';
      side.replaceChildren(notice('No events match.'));
      return dispose;
    }
    chart.on('click', (event) => {
      const p = event as { dataType?: string; data: { id?: string; source?: string; target?: string } };
      if (p.dataType === 'edge' && p.data.source && p.data.target && level === 'country' && isCountry(p.data.source) && isCountry(p.data.target)) {
        location.hash = href('relations', { a: p.data.source, b: p.data.target, both: '0' });
      } else if (p.dataType === 'node' && p.data.id) {
        const id = p.data.id;
        const mine = { ...net, edges: net.edges.filter((e) => e.source === id || e.target === id) };
        side.replaceChildren(el('h3', {}, `${id}: ${mine.edges.length} edges`), edgeTable(mine, level));
      }
    });
    const drawn = finished(chart);
    chart.setOption(option(net, level));
    await drawn;
    chartBox.dataset.nodes = String(net.nodes.length);
    chartBox.dataset.edges = String(net.edges.length);
    chartBox.dataset.state = 'rendered';
    side.replaceChildren(el('details', { class: 'data-table' }, el('summary', {}, `${net.nodes.length} nodes, ${net.edges.length} edges as a table`), edgeTable(net, level)));
  } catch (error) {
    chartBox.dataset.state = 'error';
    side.replaceChildren(notice(`The network could not be loaded: ${errorText(error)}`, 'error'));
  }
  return dispose;
}
