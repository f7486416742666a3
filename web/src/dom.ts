/** Small DOM helpers: elements are built with textContent, never from HTML strings. */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') node.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'class') node.className = String(v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  append(node, ...children);
  return node;
}

export function append(node: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
}

/** A message in place of content: loading, empty or an error. */
export function notice(text: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  return el('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The hash route: `#/view?key=value`. */
export function route(): { view: string; params: URLSearchParams } {
  const m = /^#\/?([a-z]*)(?:\?(.*))?$/.exec(location.hash);
  return { view: m?.[1] || 'relations', params: new URLSearchParams(m?.[2] ?? '') };
}

export function href(view: string, params: Record<string, string> = {}): string {
  const q = new URLSearchParams(params).toString();
  return `#/${view}${q ? `?${q}` : ''}`;
}

/** Records a view's own state in the address without re-rendering it (no hashchange). */
export function replaceRoute(view: string, params: Record<string, string>): void {
  history.replaceState(null, '', href(view, params));
}
