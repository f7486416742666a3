/**
 * The dashboard shell: a hash router over one module per view, each loaded on demand (ECharts
 * with them), so the first view's requests go out while its code still loads.
 */
import './style.css';
import { stats } from './api.ts';
import { errorText, notice, route } from './dom.ts';
import { prefetchRelations } from './views/relations-state.ts';

/** A view draws into `root` and returns what releases it (charts, listeners). */
export type View = { render(root: HTMLElement, params: URLSearchParams): Promise<() => void> };

const VIEWS: Record<string, () => Promise<View>> = {
  relations: () => import('./views/relations.ts'),
  network: () => import('./views/network.ts'),
  map: () => import('./views/map.ts'),
  article: () => import('./views/reader.ts'),
  paste: () => import('./views/paste.ts'),
};

const root = document.getElementById('view') as HTMLElement;
let release: (() => void) | null = null;
let generation = 0;

async function show(): Promise<void> {
  const { view, params } = route();
  const name = view in VIEWS ? view : 'relations';
  const mine = ++generation;
  release?.();
  release = null;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#nav a')) a.classList.toggle('active', a.dataset.view === name);
  root.replaceChildren();
  root.dataset.view = name;
  try {
    const module = await VIEWS[name]();
    if (mine !== generation) return;
    const page = document.createElement('section');
    page.className = `page page-${name}`;
    root.replaceChildren(page);
    const done = await module.render(page, params);
    if (mine !== generation) done();
    else release = done;
  } catch (error) {
    if (mine === generation) root.replaceChildren(notice(`This view could not be shown: ${errorText(error)}`, 'error'));
  }
}

window.addEventListener('hashchange', () => void show());
const first = route();
if (!(first.view in VIEWS) || first.view === 'relations') prefetchRelations(first.params);
void show();
stats()
  .then((s) => {
    const line = document.getElementById('stats');
    if (line) line.textContent = `${s.events.toLocaleString('en')} events from ${s.articles.toLocaleString('en')} articles`;
  })
  .catch(() => undefined);
