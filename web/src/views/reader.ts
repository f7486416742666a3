/**
 * Article reader: one article's evidence sentences (GET /articles/:id) with its actors, verbs
 * and places highlighted, and its events; pointing at an event lights up its words. Without an
 * id, the articles behind the stored events.
 */
import { article as fetchArticle, events as fetchEvents, type Article } from '../api.ts';
import { el, errorText, href, notice } from '../dom.ts';
import { eventList } from '../event-list.ts';
import { highlighted } from '../highlight.ts';

const LEGEND: Array<[string, string]> = [
  ['source', 'source actor'],
  ['target', 'target actor'],
  ['verb', 'event words'],
  ['location', 'place'],
];

function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

async function articleList(root: HTMLElement): Promise<void> {
  const open = el('input', { id: 'article-id', type: 'text', placeholder: 'article id', 'aria-label': 'article id' });
  const form = el('form', { class: 'controls', onsubmit: (e: Event) => (e.preventDefault(), open.value && (location.hash = href('article', { id: open.value }))) }, el('label', {}, 'Open ', open), el('button', { type: 'submit' }, 'read'));
  const box = el('div', {}, notice('Loading articles…'));
  root.append(el('h2', {}, 'Articles'), form, box);
  const { events, complete } = await fetchEvents({}, 2000);
  const articles = new Map<string, { published: string | null; events: number }>();
  for (const e of events) {
    const a = articles.get(e.record.article_id) ?? { published: e.record.published, events: 0 };
    a.events++;
    articles.set(e.record.article_id, a);
  }
  if (!articles.size) {
    box.replaceChildren(notice('The store has no articles with events yet.'));
    return;
  }
  const rows = [...articles].sort((x, y) => (y[1].published ?? '').localeCompare(x[1].published ?? '') || x[0].localeCompare(y[0]));
  box.replaceChildren(
    el('p', { class: 'muted' }, `The articles behind ${complete ? 'the stored' : `the first ${events.length}`} events (each event counted under its first report).`),
    el('ul', { class: 'article-list' }, ...rows.map(([id, a]) => el('li', {}, el('a', { href: href('article', { id }) }, id), el('span', { class: 'muted' }, ` ${a.published ?? 'undated'} · ${a.events} events`)))),
  );
}

function articleView(root: HTMLElement, a: Article): void {
  const url = safeUrl(a.url);
  const sentences = el(
    'div',
    { class: 'article-text', id: 'article-text' },
    ...a.sentences.map((s) => el('p', { class: 'sentence-row', 'data-index': s.index }, el('span', { class: 'idx', title: 'sentence index' }, s.index), highlighted(s.text, s.marks))),
  );
  const list = eventList(a.events.map((record) => ({ record })), false);
  const focus = (id: string | null) => {
    for (const m of sentences.querySelectorAll<HTMLElement>('mark')) m.classList.toggle('focus', !!id && (m.dataset.events ?? '').split(' ').includes(id));
  };
  list.addEventListener('mouseover', (e) => focus((e.target as HTMLElement).closest<HTMLElement>('li.event')?.dataset.event ?? null));
  list.addEventListener('mouseleave', () => focus(null));
  root.append(
    el('h2', {}, a.title ?? a.id),
    el('p', { class: 'muted' }, `${a.id} · ${a.published ?? 'undated'} · ${a.source_name}`, url ? ' · ' : '', url ? el('a', { href: url, rel: 'noreferrer noopener', target: '_blank' }, 'original') : '', ` · ${a.coder}`),
    el('p', { class: 'legend' }, ...LEGEND.map(([kind, text]) => el('mark', { class: `mark-${kind}` }, text))),
    el('p', { class: 'muted' }, 'The store keeps the sentences events were read from: they are shown in order, with their index in the article.'),
    sentences,
    el('h3', {}, `${a.events.length} events`),
    list,
  );
}

export async function render(root: HTMLElement, params: URLSearchParams): Promise<() => void> {
  const id = params.get('id');
  try {
    if (!id) await articleList(root);
    else articleView(root, await fetchArticle(id));
  } catch (error) {
    root.append(notice(`${id ? `Article "${id}"` : 'The articles'} could not be loaded: ${errorText(error)}`, 'error'));
  }
  return () => undefined;
}
