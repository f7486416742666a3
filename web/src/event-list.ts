/** A list of events, each with its evidence sentence (actors and verb highlighted) and a link to its article. */
import type { EventRecord } from './api.ts';
import { countryName, formatGoldstein, goldsteinColor, quadLabel } from './codes.ts';
import { el, href } from './dom.ts';
import { highlighted } from './highlight.ts';
import { marksOf } from '../../src/output/marks.ts';

function side(s: EventRecord['source'] | null): HTMLElement {
  if (!s) return el('span', { class: 'actor none' }, 'no target');
  return el('span', { class: 'actor', title: s.name }, el('b', {}, s.code), s.country ? ` ${countryName(s.country)}` : '');
}

export interface ListedEvent {
  record: EventRecord;
  /** Articles reporting it (stored events); absent for freshly coded records. */
  articles?: number;
}

export function eventItem({ record: r, articles }: ListedEvent, linkArticle = true): HTMLElement {
  const head = el(
    'div',
    { class: 'event-head' },
    el('span', { class: 'date' }, r.date ?? 'undated'),
    ' ',
    side(r.source),
    ' → ',
    side(r.target),
    ' ',
    el('span', { class: `quad q${r.quad_class}`, title: quadLabel(r.quad_class) }, `${r.cameo} ${r.plover?.event ?? ''}`.trim()),
    ' ',
    el('span', { class: 'goldstein', style: `color: ${goldsteinColor(r.goldstein)}`, title: 'Goldstein score' }, formatGoldstein(r.goldstein)),
  );
  const flags = [r.negated && 'negated', r.hedged && 'hedged'].filter(Boolean).join(', ');
  const meta = el(
    'div',
    { class: 'event-meta muted' },
    `rule ${r.evidence.rule ?? '?'}`,
    r.location ? ` · in ${r.location.name}` : '',
    flags ? ` · ${flags}` : '',
    articles && articles > 1 ? ` · reported by ${articles} articles` : '',
    linkArticle ? ' · ' : '',
    linkArticle ? el('a', { href: href('article', { id: r.article_id }) }, `article ${r.article_id}`) : '',
  );
  return el('li', { class: `event q${r.quad_class}`, 'data-event': r.id }, head, el('blockquote', { class: 'evidence' }, highlighted(r.sentence, marksOf(r.sentence, r))), meta);
}

export function eventList(items: ListedEvent[], linkArticle = true): HTMLElement {
  return el('ol', { class: 'events' }, ...items.map((i) => eventItem(i, linkArticle)));
}
