/** Plain-text report helpers: percentages, aligned tables, headings. */

export type Cell = string | number;

/** "72.4%" (or "-" when nothing was counted). */
export function pct(hit: number, total: number): string {
  return total === 0 ? '-' : `${((100 * hit) / total).toFixed(1)}%`;
}

/** "72.4% (233/322)". */
export function ratio(hit: number, total: number): string {
  return total === 0 ? '- (0/0)' : `${pct(hit, total)} (${hit}/${total})`;
}

/** The 95% Wilson score interval of hit/total, as fractions [low, high] ([0, 0] when nothing was counted). */
export function wilson(hit: number, total: number, z = 1.96): [number, number] {
  if (total === 0) return [0, 0];
  const p = hit / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export function heading(title: string): string {
  return `\n${title}\n${'='.repeat(title.length)}`;
}

export function subheading(title: string): string {
  return `\n${title}\n${'-'.repeat(title.length)}`;
}

/** An aligned table: numbers (and cells that look like figures) right-aligned, text left. */
export function table(headers: string[], rows: Cell[][]): string {
  const text = rows.map((r) => r.map((c) => String(c)));
  const widths = headers.map((h, i) => Math.max(h.length, ...text.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_, i) => text.length > 0 && text.every((r) => /^[-+]?[\d.,]+%?( \(.*\))?$|^-$/.test(r[i] ?? '')));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...text.map(line)].join('\n');
}

/** Milliseconds as "812 ms" or "12.3 s". */
export function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function count<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}
