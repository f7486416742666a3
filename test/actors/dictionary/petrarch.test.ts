/** The .actors reader and writer on small invented dictionaries. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DyadError } from '../../../src/util/errors.ts';
import { formatActors, parseActors, parseDictDate, parseLine, formatDictDate } from '../../../src/actors/dictionary/petrarch.ts';

const SAMPLE = [
  '# an invented dictionary',
  'MARA_VELLIN_   # a name with a trailing underscore',
  '+VELLIN_',
  '  +  PRESIDENT_VELLIN   ',
  '\t[ZZZELI 780101-000101]',
  '\t[ZZZGOV >090120]  # from 2009-01-20',
  '    [ZZZOPP <090119]',
  '',
  'ORDER_OF_THE_LANTERN [NGOLAN]',
  '',
  '',
  'KESTREL_COUNCIL\t[IGOKES]',
  '# a comment inside an entry',
  '+THE_COUNCIL [IGOKES 20510101-20601231]',
].join('\n');

test('names, aliases and every date-restriction form', () => {
  const { entries, diagnostics } = parseActors(SAMPLE, 'sample.actors');
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(entries.map((e) => [e.name, e.line]), [['MARA VELLIN', 2], ['ORDER OF THE LANTERN', 9], ['KESTREL COUNCIL', 12]]);
  const [mara, order, council] = entries;
  assert.deepEqual(mara.aliases, ['VELLIN', 'PRESIDENT VELLIN']);
  assert.deepEqual(mara.codes, [
    { code: 'ZZZELI', from: '1978-01-01', until: '2000-01-01' },
    { code: 'ZZZGOV', from: '2009-01-20' },
    { code: 'ZZZOPP', until: '2009-01-19' },
  ]);
  assert.deepEqual(order.codes, [{ code: 'NGOLAN' }]);
  assert.deepEqual(council.aliases, ['THE COUNCIL']);
  assert.deepEqual(council.codes, [{ code: 'IGOKES' }, { code: 'IGOKES', from: '2051-01-01', until: '2060-12-31' }]);
});

test('two-digit years: 00-49 are 20YY, 50-99 are 19YY; eight digits are taken as written', () => {
  const at = { file: 'f', line: 1 };
  assert.equal(parseDictDate('490101', at), '2049-01-01');
  assert.equal(parseDictDate('500101', at), '1950-01-01');
  assert.equal(parseDictDate('000229', at), '2000-02-29');
  assert.equal(parseDictDate('19450508', at), '1945-05-08');
  assert.equal(formatDictDate('1945-05-08'), '19450508');
  assert.equal(formatDictDate('2049-12-31'), '491231');
  assert.equal(formatDictDate('1950-01-01'), '500101');
});

test('spaces inside brackets and around restrictions are accepted', () => {
  assert.deepEqual(parseLine('[ zzzgov  > 090120 ]', { file: 'f', line: 1 })?.codes, [{ code: 'ZZZGOV', from: '2009-01-20' }]);
  assert.deepEqual(parseLine('[ZZZ 780101 - 000101]', { file: 'f', line: 1 })?.codes, [{ code: 'ZZZ', from: '1978-01-01', until: '2000-01-01' }]);
  assert.equal(parseLine('   # only a comment', { file: 'f', line: 1 }), null);
});

test('a broken line is a DyadError naming file and line', () => {
  const bad: Array<[string, RegExp]> = [
    ['[ZZZGOV >0901]', /bad date "0901"/],
    ['[ZZZGOV >091350]', /no such day/],
    ['[ZZZGOV >090230]', /no such day/],
    ['[ZZZGOV', /"\[" without "\]"/],
    ['NAME ZZZGOV]', /"\]" without "\["/],
    ['[ZZZ [GOV]]', /missing "\]"/],
    ['[ZZZ-GOV]', /bad code/],
    ['[]', /empty code/],
    ['[ZZZ 000101-990101]', /ends \(1999-01-01\) before it starts \(2000-01-01\)/],
    ['[ZZZ ~990101]', /bad date restriction/],
    ['NAME [ZZZ] trailing', /text after a code/],
    ['<!-- AN_XML_COMMENT -->', /bad name/],
    ['+{AGENT}', /bad name/],
  ];
  for (const [line, reason] of bad) {
    assert.throws(() => parseLine(line, { file: 'dict.actors', line: 7 }), (e: unknown) => {
      assert.ok(e instanceof DyadError, line);
      assert.equal(e.file, 'dict.actors');
      assert.equal(e.line, 7);
      assert.match(e.message, /^dict\.actors:7: /);
      assert.match(e.message, reason, line);
      return true;
    });
  }
});

test('a bad line skips its entry with a diagnostic; the rest of the file is read', () => {
  const text = [
    'GOOD_ONE [AAA]',
    '',
    'BAD_DATE',
    '+STILL_PART_OF_IT',
    '\t[BBB >0913]',
    '\t[BBB]',
    'NEXT_NAME_STARTS_AN_ENTRY [CCC]',
    '+ORPHAN_FREE',
    '',
    '+ORPHAN',
    '[DDD]',
    '',
    'NO_CODE',
    '',
    'BROKEN [EEE',
    '+ITS_ALIAS',
    '',
    'LAST [FFF]',
  ].join('\n');
  const { entries, diagnostics } = parseActors(text, 'mixed.actors');
  assert.deepEqual(entries.map((e) => e.name), ['GOOD ONE', 'NEXT NAME STARTS AN ENTRY', 'LAST']);
  assert.deepEqual(entries[1].aliases, ['ORPHAN FREE']);
  assert.deepEqual(diagnostics.map((d) => [d.file, d.line, d.severity]), [
    ['mixed.actors', 5, 'error'],
    ['mixed.actors', 10, 'error'],
    ['mixed.actors', 13, 'error'],
    ['mixed.actors', 15, 'error'],
  ]);
  assert.match(diagnostics[0].message, /bad date "0913".*entry BAD DATE skipped/);
  assert.match(diagnostics[1].message, /synonym before any actor name/);
  assert.match(diagnostics[2].message, /NO CODE has no code/);
  assert.match(diagnostics[3].message, /"\[" without "\]"/);
});

test('round trip: format(parse(x)) parses to the same entries', () => {
  const first = parseActors(SAMPLE, 'a.actors').entries;
  const text = formatActors(first, ['written by a test']);
  const second = parseActors(text, 'b.actors');
  assert.deepEqual(second.diagnostics, []);
  const strip = (es: typeof first) => es.map(({ name, aliases, codes }) => ({ name, aliases, codes }));
  assert.deepEqual(strip(second.entries), strip(first));
  assert.equal(formatActors(second.entries, ['written by a test']), text, 'formatting is stable');
  assert.match(text, /^MARA_VELLIN\n\+VELLIN\n\+PRESIDENT_VELLIN\n\t\[ZZZELI 780101-000101\]\n\t\[ZZZGOV >090120\]\n\t\[ZZZOPP <090119\]\n/m);
});
