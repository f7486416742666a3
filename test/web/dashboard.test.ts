/**
 * The dashboard in a real browser over a real server: each view shows the stored events of
 * examples/ and test/web/fixtures/, and clicks drill down to the sentences behind them.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { browserMissing, open, screenshot, startDashboard, type Dashboard } from './helpers.ts';

const skip = browserMissing();
/** ISO 3166-1 alpha-3 codes: the relations view pairs countries only (not UAF, IGOs ...). */
const ISO3 = new Set((createRequire(import.meta.url)('world-countries') as Array<{ cca3: string }>).map((c) => c.cca3));

interface Point {
  period: string;
  events: number;
  x: number;
  y: number;
}

async function rendered(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(`${selector}[data-state="rendered"]`, { timeout: 30_000 });
}

describe('dashboard', { skip, timeout: 240_000 }, () => {
  let dash: Dashboard;
  let errors: string[];
  before(async () => {
    dash = await startDashboard();
  });
  after(async () => {
    await dash?.close();
  });

  /** The API's own answer, to compare the page with. */
  async function api<T>(path: string): Promise<T> {
    const r = await fetch(`${dash.address}${path}`);
    assert.equal(r.status, 200, path);
    return (await r.json()) as T;
  }

  test('/ leads to the dashboard, which opens on the busiest pair of countries with the store counts', async () => {
    errors = [];
    // the pairs counted from the stored events: the countries of the codes (first three letters), both ways
    const stored = await api<{ events: Array<{ source_code: string; target_code: string | null }>; next: string | null }>('/events?limit=500');
    assert.equal(stored.next, null, 'every event on one page');
    const pairs = new Map<string, number>();
    for (const e of stored.events) {
      const [s, t] = [e.source_code.slice(0, 3), (e.target_code ?? '').slice(0, 3)];
      if (!ISO3.has(s) || !ISO3.has(t) || s === t) continue;
      const key = [s, t].sort().join('-');
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    const [busiest, count] = [...pairs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const stats = await api<{ events: number; articles: number }>('/stats');

    const page = await open(dash, '/', errors);
    assert.match(page.url(), /\/app\/(#\/relations\?.*)?$/);
    await rendered(page, '#relations-chart');
    const chart = page.locator('#relations-chart');
    assert.equal(await chart.getAttribute('data-dyad'), busiest);
    const [a, b] = busiest.split('-');
    assert.match(page.url(), new RegExp(`#/relations\\?a=${a}&b=${b}&by=month$`));
    const series = await api<{ points: Array<{ period: string }> }>(`/series?dyad=${busiest}&direction=both`);
    assert.equal(await chart.getAttribute('data-periods'), series.points.map((p) => p.period).join(' '));
    assert.ok(series.points.length > 0);
    await page.waitForFunction((text) => document.getElementById('stats')?.textContent === text, `${stats.events} events from ${stats.articles} articles`);
    const line = await page.locator('.pairs').innerText();
    assert.ok(line.startsWith(`Most events: ${a}–${b} (${count})`), line);
    assert.match(line, /CHN–PAK \(\d+\)/);
    await screenshot(page, 'relations-default');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('relations: choosing Pakistan and China draws their months; clicking a point lists its events with their sentences', async () => {
    errors = [];
    const series = await api<{ points: Array<{ period: string; events: number; goldstein_mean: number; quad: Record<string, number> }> }>('/series?dyad=PAK-CHN&by=month&direction=both');
    // the fixtures: cooperation in January and March, a quarrel in February
    assert.deepEqual(series.points.map((p) => p.period), ['2025-01', '2025-02', '2025-03']);
    assert.ok(series.points[1].quad.verbal_conflict > 0);

    const page = await open(dash, '/app/', errors);
    await rendered(page, '#relations-chart');
    await page.selectOption('#country-a', 'PAK');
    await page.selectOption('#country-b', 'CHN');
    await page.waitForSelector('#relations-chart[data-dyad="PAK-CHN"][data-state="rendered"]');
    const chart = page.locator('#relations-chart');
    assert.equal(await chart.getAttribute('data-periods'), '2025-01 2025-02 2025-03');
    const points = JSON.parse((await chart.getAttribute('data-points')) ?? '[]') as Point[];
    assert.deepEqual(points.map((p) => [p.period, p.events]), series.points.map((p) => [p.period, p.events]));
    // the Goldstein line is drawn lower where the mean is lower
    const lower = (i: number, j: number) => Math.sign(points[i].y - points[j].y) === Math.sign(series.points[j].goldstein_mean - series.points[i].goldstein_mean);
    assert.ok(lower(1, 0) && lower(1, 2), JSON.stringify(points));
    await page.locator('.data-table summary').click();
    const table = await page.locator('.data-table tbody tr').allInnerTexts();
    assert.equal(table.length, 3);
    const feb = series.points[1];
    assert.ok(table[1].startsWith(`2025-02\t${feb.events}\t${feb.quad.verbal_cooperation}\t${feb.quad.material_cooperation}\t${feb.quad.verbal_conflict}\t${feb.quad.material_conflict}\t`), table[1]);

    // the points are drawn at x, y inside the chart
    const box = (await chart.boundingBox())!;
    await page.mouse.click(box.x + points[1].x, box.y + points[1].y);
    await page.waitForSelector('#drill[data-period="2025-02"] .events');
    assert.match(await page.locator('#drill h3').innerText(), new RegExp(`^${feb.events} events in 2025-02: Pakistan ↔ China`));
    const stored = await Promise.all(['PAK-CHN', 'CHN-PAK'].map((d) => api<{ events: Array<{ record: { sentence: string } }> }>(`/events?dyad=${d}&from=2025-02-01&to=2025-02-28`)));
    const expected = stored.flatMap((x) => x.events.map((e) => e.record.sentence)).sort();
    const sentences = (await page.locator('#drill .evidence').allInnerTexts()).sort();
    assert.deepEqual(sentences, expected);
    assert.ok(sentences.includes('BEIJING, Feb 18 - China criticized Pakistan on Tuesday over a new border post.'), sentences.join('\n'));
    assert.equal(await page.locator('#drill mark.mark-verb', { hasText: 'criticized' }).count(), 1);
    await screenshot(page, 'relations-drill');

    // another point, another period: January's signing
    await page.mouse.click(box.x + points[0].x, box.y + points[0].y);
    await page.waitForSelector('#drill[data-period="2025-01"] .events');
    assert.match(await page.locator('#drill').innerText(), /signed a rail agreement in Islamabad/);
    assert.doesNotMatch(await page.locator('#drill').innerText(), /criticized/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('relations: an address names the pair, one direction and the period', async () => {
    errors = [];
    const page = await open(dash, '/app/#/relations?a=CHN&b=PAK&by=day&both=0', errors);
    await rendered(page, '#relations-chart');
    assert.equal(await page.locator('#relations-chart').getAttribute('data-dyad'), 'CHN-PAK');
    // China -> Pakistan only: the signing, the criticism, the praise, each on its day
    assert.equal(await page.locator('#relations-chart').getAttribute('data-periods'), '2025-01-14 2025-02-18 2025-03-11');
    assert.equal(await page.locator('#both').isChecked(), false);
    // by week: periods named by their Monday; a week's point lists that week's events
    await page.selectOption('#period', 'week');
    await page.waitForSelector('#relations-chart[data-state="rendered"][data-periods="2025-01-13 2025-02-17 2025-03-10"]');
    assert.match(page.url(), /a=CHN&b=PAK&by=week&both=0$/);
    const chart = page.locator('#relations-chart');
    const points = JSON.parse((await chart.getAttribute('data-points')) ?? '[]') as Point[];
    const box = (await chart.boundingBox())!;
    await page.mouse.click(box.x + points[2].x, box.y + points[2].y);
    await page.waitForSelector('#drill[data-period="2025-03-10"] .events');
    const heads = await page.locator('#drill .event-head').allInnerTexts();
    assert.equal(heads.length, points[2].events);
    for (const h of heads) assert.match(h, /^2025-03-1[0-6] CHN(GOV)? China → PAK(GOV)? Pakistan/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('network: the country graph has the stored actors and edges; its table opens a relation', async () => {
    errors = [];
    const page = await open(dash, '/app/#/network', errors);
    await rendered(page, '#network-chart');
    const chart = page.locator('#network-chart');
    assert.ok(Number(await chart.getAttribute('data-nodes')) >= 10);
    assert.ok(Number(await chart.getAttribute('data-edges')) >= 10);
    await screenshot(page, 'network');
    await page.locator('#network-detail summary').click();
    const rows = await page.locator('#network-detail tbody tr').allInnerTexts();
    const kazKgz = rows.findIndex((r) => /^KAZ\tKGZ\t\d+\t/.test(r));
    assert.ok(kazKgz >= 0, rows.join('\n'));
    await page.locator('#network-detail tbody tr').nth(kazKgz).getByRole('link', { name: 'relation' }).click();
    await page.waitForSelector('#relations-chart[data-dyad="KAZ-KGZ"][data-state="rendered"]');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('map: points at the places events took place; clicking one lists its events', async () => {
    errors = [];
    const page = await open(dash, '/app/#/map', errors);
    await rendered(page, '#map-chart');
    const chart = page.locator('#map-chart');
    const places = ((await chart.getAttribute('data-places')) ?? '').split('|');
    for (const place of ['Islamabad', 'Lahore', 'Astana', 'Accra']) assert.ok(places.includes(place), `${place} in ${places.join(', ')}`);
    assert.equal(Number(await chart.getAttribute('data-points')), places.length);
    await screenshot(page, 'map');
    const pixels = JSON.parse((await chart.getAttribute('data-pixels')) ?? '[]') as Array<{ name: string; events: number; x: number; y: number }>;
    const astana = pixels.find((p) => p.name === 'Astana')!;
    const box = (await chart.boundingBox())!;
    await page.mouse.click(box.x + astana.x, box.y + astana.y);
    await page.waitForSelector('#map-detail .events');
    assert.match(await page.locator('#map-detail h3').innerText(), new RegExp(`^${astana.events} events? in Astana, Kazakhstan`));
    assert.match(await page.locator('#map-detail').innerText(), /hosted his Kyrgyz counterpart in Astana/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('article reader: the list leads to an article whose actors and verbs are highlighted', async () => {
    errors = [];
    const page = await open(dash, '/app/#/article', errors);
    await page.getByRole('link', { name: 'pak-chn-01' }).click();
    await page.waitForSelector('#article-text');
    assert.equal(await page.locator('h2').innerText(), 'Pakistan and China sign rail agreement');
    const sources = await page.locator('#article-text mark.mark-source').allInnerTexts();
    assert.ok(sources.includes('Pakistan') && sources.includes('China'), sources.join(', '));
    const verbs = await page.locator('#article-text mark.mark-verb').allInnerTexts();
    assert.ok(verbs.includes('signed'), verbs.join(', '));
    const places = await page.locator('#article-text mark.mark-location').allInnerTexts();
    assert.ok(places.includes('Islamabad'), places.join(', '));
    // pointing at an event lights up its words in the text
    const praise = page.locator('li.event', { hasText: 'Pakistan praised China for its support.' });
    await praise.hover();
    const lit = await page.locator('#article-text mark.focus').allInnerTexts();
    assert.deepEqual(lit.sort(), ['China', 'Pakistan', 'praised']);
    await screenshot(page, 'article');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('paste box: a pasted text is coded and its events shown with their evidence', async () => {
    errors = [];
    const page = await open(dash, '/app/#/paste', errors);
    await page.fill('#paste-text', 'Ghana and Togo signed a fishing accord in Accra on Friday.\n\nTogo thanked Ghana for its help.');
    await page.fill('#paste-published', '2025-06-06');
    await page.getByRole('button', { name: 'Code it' }).click();
    await page.waitForSelector('#paste-result .events');
    const events = page.locator('#paste-result li.event');
    assert.ok((await events.count()) >= 2);
    const thanks = events.filter({ hasText: 'Togo thanked Ghana for its help.' });
    assert.ok((await thanks.count()) >= 1);
    assert.match(await thanks.first().locator('.event-head').innerText(), /2025-06-0\d TGO Togo → GHA Ghana/);
    assert.match(await page.locator('#paste-result').innerText(), /nothing was stored/);
    await screenshot(page, 'paste');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
