/** Encodings and odd characters: UTF-16 with a BOM, Latin-1, NUL and control characters, RTL, CJK, emoji. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createCoder, codeArticle } from '../../src/pipeline/coder.ts';
import { collect, tempFiles, where, GOOD } from './helpers.ts';

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

test('UTF-16 with a byte order mark (LE and BE) is decoded, in text, JSONL and CSV', async () => {
  const jsonl = `{"id":"j1","text":"${GOOD}"}\n{"id":"j2","text":"Ghana praised Togo."}\n`;
  const dir = tempFiles({
    'le.txt': Buffer.from(`\uFEFF${GOOD}\r\n`, 'utf16le'),
    'be.txt': utf16be(`\uFEFF${GOOD}`),
    'le.jsonl': Buffer.from(`\uFEFF${jsonl}`, 'utf16le'),
    'be.csv': utf16be(`\uFEFFid,text\nc1,"${GOOD}"\n`),
  });
  const { articles, diagnostics } = await collect(['le.txt', 'be.txt', 'le.jsonl', 'be.csv'].map((n) => join(dir, n)));
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(articles.map((a) => [a.id, a.text]), [
    ['le', `${GOOD}\n`],
    ['be', GOOD],
    ['j1', GOOD],
    ['j2', 'Ghana praised Togo.'],
    ['c1', GOOD],
  ]);
});

test('UTF-16 without a BOM is a binary file with a message that says so', async () => {
  const dir = tempFiles({ 'wide.txt': Buffer.from(GOOD, 'utf16le'), 'ok.txt': GOOD });
  const { articles, diagnostics } = await collect([dir]);
  assert.deepEqual(where(diagnostics), ['binary@wide.txt']);
  assert.match(diagnostics[0].message, /UTF-16 text without a byte order mark/);
  assert.deepEqual(articles.map((a) => a.id), ['ok']);
});

test('Latin-1 is read with replacement characters and one warning naming the file', async () => {
  const latin1 = Buffer.from('Caf\xe9 talks: Freedonia and Sylvania signed a trade agreement in S\xe3o Paulo.', 'latin1');
  const dir = tempFiles({ 'latin1.txt': latin1, 'latin1.jsonl': Buffer.concat([Buffer.from('{"text":"'), latin1, Buffer.from('"}\n')]) });
  const { articles, diagnostics } = await collect([dir]);
  assert.deepEqual(where(diagnostics), ['encoding@latin1.jsonl', 'encoding@latin1.txt']);
  assert.ok(diagnostics.every((d) => d.severity === 'warning' && /invalid UTF-8/.test(d.message)));
  assert.equal(articles.length, 2);
  assert.ok(articles.every((a) => a.text.includes('Caf\uFFFD talks')));
});

test('NUL and control characters inside text are kept and coded without harm', async () => {
  const nasty = `Freedonia\u0001 and Sylvania\u0007 signed a trade\u0000 agreement\u001b[31m on Monday.\u000b\u000c Ghana praised Togo.`;
  // A NUL in the first 8 KB of a file marks it binary: JSONL escapes carry control characters instead.
  const jsonl = `${JSON.stringify({ id: 'ctl', text: nasty })}\n`;
  const { articles, diagnostics } = await collect([join(tempFiles({ 'ctl.jsonl': jsonl }), 'ctl.jsonl')]);
  assert.deepEqual(diagnostics, []);
  assert.equal(articles[0].text, nasty);
  const coding = codeArticle(coder(), articles[0]);
  for (const m of coding.mentions) assert.ok(m.span.end <= nasty.length);
});

let built: ReturnType<typeof createCoder> | undefined;
function coder() {
  built ??= createCoder();
  return built;
}

test('right-to-left, CJK and emoji text: read intact, coded without error, spans on code-unit offsets', async () => {
  const texts = {
    rtl: 'مصر و الأردن وقعتا اتفاقية. Egypt and Jordan signed an agreement on Monday. \u202Eevil\u202C',
    hebrew: 'ישראל Israel criticized Lebanon over the border clash.',
    cjk: '中国和巴基斯坦签署了贸易协定。China and Pakistan signed a trade agreement. 日本が抗議した。',
    emoji: '🇵🇰 Pakistan 🤝 China signed a trade agreement 📝 on Monday 👍🏽. India 😡 accused Pakistan of shelling villages.',
  };
  const dir = tempFiles(Object.fromEntries(Object.entries(texts).map(([k, v]) => [`${k}.txt`, v])));
  const { articles, diagnostics } = await collect([dir]);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(Object.fromEntries(articles.map((a) => [a.id, a.text])), texts);
  for (const a of articles) {
    const coding = codeArticle(coder(), a);
    for (const m of coding.mentions) assert.equal(a.text.slice(m.span.start, m.span.end).length, m.span.end - m.span.start);
    assert.ok(coding.events.length >= 1, `${a.id}: the English sentence is still coded`);
  }
});
