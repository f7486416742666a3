/**
 * Property-based tests (fast-check) over the readers and the coder: they never throw, every
 * offset lies inside its text, and the output is deterministic. Run counts are modest so the
 * suite stays fast; a failure prints the seed and the shrunk input to replay it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createCoder, codeArticle, type ArticleCoding } from '../../src/pipeline/coder.ts';
import { toRecord } from '../../src/output/record.ts';
import type { Article, Span } from '../../src/document/types.ts';
import { collect, tempFiles } from './helpers.ts';

const RUNS = { numRuns: 40 };

/** Article-like text of any Unicode (no lone surrogates: a file holds UTF-8). */
const anyText = fc.string({ unit: 'grapheme', maxLength: 300 });
const fileText = anyText.filter((t) => !t.includes('\u0000') && !t.startsWith('\uFEFF') && !/^[ \t]*date/i.test(t));
const normalise = (s: string) => s.replace(/\r\n?/g, '\n');

/** What a reader must give for one text: the normalised text, or an 'empty' error. */
function expectOne(items: Awaited<ReturnType<typeof collect>>, text: string): void {
  if (!text.trim()) {
    assert.deepEqual(items.diagnostics.map((d) => d.code), ['empty']);
    assert.equal(items.articles.length, 0);
  } else {
    assert.deepEqual(items.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.deepEqual(items.articles.map((a) => a.text), [normalise(text)]);
  }
}

test('text reader: any text is one article with that text, or one "empty" error', async () => {
  const dir = tempFiles({});
  await fc.assert(
    fc.asyncProperty(fileText, async (text) => {
      writeFileSync(join(dir, 'a.txt'), text);
      expectOne(await collect([join(dir, 'a.txt')]), text);
    }),
    RUNS,
  );
});

test('JSONL reader: records round-trip, and any line of junk is one diagnostic with its line', async () => {
  const dir = tempFiles({});
  await fc.assert(
    fc.asyncProperty(fc.array(fc.oneof(anyText.map((t) => ({ text: t })), fc.string({ maxLength: 40 }).map((junk) => ({ junk }))), { maxLength: 6 }), async (rows) => {
      const lines = rows.map((r) => ('text' in r ? JSON.stringify({ text: r.text }) : r.junk.replace(/[\r\n]/g, ' ')));
      writeFileSync(join(dir, 'a.jsonl'), `${lines.join('\n')}\n`);
      const { articles, diagnostics } = await collect([join(dir, 'a.jsonl')]);
      const lineOf = new Set(articles.map((a) => a.origin.line).concat(diagnostics.map((d) => d.line)));
      assert.ok([...lineOf].every((l) => l === undefined || (l >= 1 && l <= lines.length)));
      rows.forEach((r, i) => {
        if ('text' in r && r.text.trim()) assert.equal(articles.find((a) => a.origin.line === i + 1)?.text, normalise(r.text));
      });
    }),
    RUNS,
  );
});

test('CSV reader: quoted texts of any characters round-trip, one article per row', async () => {
  const dir = tempFiles({});
  const csvField = (s: string) => `"${s.replace(/"/g, '""')}"`;
  await fc.assert(
    fc.asyncProperty(fc.array(fileText, { minLength: 1, maxLength: 5 }), async (texts) => {
      writeFileSync(join(dir, 'a.csv'), `id,text\n${texts.map((t, i) => `r${i},${csvField(t)}`).join('\n')}\n`);
      const { articles, diagnostics } = await collect([join(dir, 'a.csv')]);
      const kept = texts.filter((t) => t.trim());
      assert.deepEqual(articles.map((a) => a.text), kept.map(normalise));
      assert.equal(diagnostics.filter((d) => d.code === 'empty').length, texts.length - kept.length);
    }),
    RUNS,
  );
});

const WORDS = [
  'Pakistan', 'China', 'India', 'Russia', 'Ukraine', 'the United States', 'Iran', 'Israel', 'Egypt', 'Kenya', 'the UN', 'NATO',
  'President', 'Prime Minister', 'Ali Khan', 'officials', 'troops', 'police', 'rebels', 'he', 'she', 'they', 'it',
  'met', 'signed', 'accused', 'criticized', 'warned', 'agreed to', 'will meet', 'did not sign', 'refused to', 'attacked',
  'praised', 'said', 'visited', 'threatened to', 'denied', 'hosted', 'was attacked by', 'talks', 'an agreement', 'aid',
  'on Monday', 'last week', 'in March 2024', 'on 3 May', 'in Islamabad', 'in Kyiv', 'a day after', 'that', 'who', 'and',
  'of', 'with', 'to', 'by', 'for', 'not', 'would', 'may',
  '.', ',', ';', ':', '"', "'", '(', ')', '-', '—', '?', '!', '...', '\n', '\n\n',
  'مصر', '中国', '日本が抗議した', 'ישראל', '🇵🇰', '🤝', '👍🏽', 'e\u0301', '\u200b', '\u202e', '\u0007', '\t', '42', '1,000',
];
const newsText = fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((ws) => ws.join(' '));

let coder: ReturnType<typeof createCoder> | undefined;
const article = (text: string, published: string | null): Article => ({ id: 'p', text, published, origin: { file: 'p' } });

function checkSpans(text: string, coding: ArticleCoding): void {
  const inside = (s: Span | undefined, what: string) => {
    if (!s) return;
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what} ${JSON.stringify(s)} outside 0..${text.length}`);
  };
  for (const s of coding.doc.sentences) inside(s, 'sentence');
  for (const t of coding.doc.tokens) inside(t, 'token');
  for (const m of coding.mentions) inside(m.span, 'mention');
  for (const e of coding.events) {
    assert.ok(e.sentenceIndex >= 0 && e.sentenceIndex < coding.doc.sentences.length);
    inside(e.source.span, 'source');
    inside(e.target?.span, 'target');
    inside(e.verb.span, 'verb');
    inside(e.date?.span, 'date');
  }
}

test('coder: on news-like strings it never throws, keeps every span inside the text, and is deterministic', () => {
  coder ??= createCoder();
  const c = coder;
  fc.assert(
    fc.property(newsText, fc.constantFrom(null, '2025-03-10'), (text, published) => {
      const first = codeArticle(c, article(text, published));
      checkSpans(text, first);
      const records = (coding: ArticleCoding) => JSON.stringify(coding.events.map((e) => {
        const s = coding.doc.sentences[e.sentenceIndex];
        return toRecord(e, article(text, published), text.slice(s.start, s.end), c.cameo, c.coder);
      }));
      const again = codeArticle(c, article(text, published));
      assert.equal(records(again), records(first));
      assert.equal(JSON.stringify(again.mentions), JSON.stringify(first.mentions));
    }),
    { numRuns: 150 },
  );
});
