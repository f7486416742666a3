/** Paste box: code a text on the fly (POST /code, nothing is stored) and show its events with their evidence. */
import { code } from '../api.ts';
import { el, errorText, notice } from '../dom.ts';
import { eventList } from '../event-list.ts';

export async function render(root: HTMLElement): Promise<() => void> {
  const text = el('textarea', { id: 'paste-text', rows: 10, placeholder: 'Paste a news article…', 'aria-label': 'article text', maxlength: 200000 });
  const published = el('input', { id: 'paste-published', type: 'date', 'aria-label': 'publication date' });
  const button = el('button', { type: 'submit' }, 'Code it');
  const out = el('section', { id: 'paste-result', class: 'drill', 'aria-live': 'polite' });
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!text.value.trim()) {
      out.replaceChildren(notice('Paste some text first.'));
      return;
    }
    button.disabled = true;
    out.replaceChildren(notice('Coding…'));
    try {
      const result = await code({ text: text.value, ...(published.value ? { published: published.value } : {}) });
      out.replaceChildren(
        el('h3', {}, `${result.records.length} events`),
        el('p', { class: 'muted' }, `coded by ${result.coder}; nothing was stored`),
        result.records.length ? eventList(result.records.map((record) => ({ record })), false) : notice('No events found in this text.'),
      );
    } catch (error) {
      out.replaceChildren(notice(`The text could not be coded: ${errorText(error)}`, 'error'));
    } finally {
      button.disabled = false;
    }
  };
  root.append(
    el('h2', {}, 'Code a text'),
    el('form', { class: 'paste', onsubmit: submit }, text, el('div', { class: 'controls' }, el('label', {}, 'Published ', published), button)),
    out,
  );
  return () => undefined;
}
