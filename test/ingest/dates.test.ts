import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCalendarDate, parseDate, resolvePublished } from '../../src/ingest/dates.ts';

test('parseDate accepts YYYY-MM-DD, ISO timestamps, YYYY/MM/DD and YYYYMMDD', () => {
  const ok: [unknown, string][] = [
    ['2019-04-10', '2019-04-10'],
    ['  2019-04-10 ', '2019-04-10'],
    ['2019-04-10T12:00:00Z', '2019-04-10'],
    ['2019-04-10T23:59:59.123+05:30', '2019-04-10'],
    ['2019-04-10 08:15', '2019-04-10'],
    ['2019/04/10', '2019-04-10'],
    ['2019/4/1', '2019-04-01'],
    ['2019-4-1', '2019-04-01'],
    ['20190410', '2019-04-10'],
    [20190410, '2019-04-10'],
    ['2020-02-29', '2020-02-29'],
    ['2000-02-29', '2000-02-29'],
  ];
  for (const [input, want] of ok) assert.deepEqual(parseDate(input), { kind: 'ok', date: want }, String(input));
});

test('parseDate rejects impossible or unreadable dates', () => {
  for (const input of ['2019-02-30', '2019-13-01', '2019-00-10', '2019-04-00', '1900-02-29', '2021-02-29',
    '2019-04-10T25:00:00Z', 'April 10, 2019', '10/04/2019', 'yesterday', '2019-04', { y: 2019 }, true, 3.5]) {
    assert.equal(parseDate(input).kind, 'bad', JSON.stringify(input));
  }
});

test('parseDate treats absent and empty values as no date', () => {
  for (const input of [undefined, null, '', '   ']) assert.deepEqual(parseDate(input), { kind: 'none' });
});

test('isCalendarDate knows month lengths and leap years', () => {
  assert.equal(isCalendarDate(2024, 2, 29), true);
  assert.equal(isCalendarDate(2023, 2, 29), false);
  assert.equal(isCalendarDate(2023, 4, 31), false);
  assert.equal(isCalendarDate(2023, 12, 31), true);
});

test('resolvePublished falls back and warns only for unreadable dates', () => {
  assert.deepEqual(resolvePublished('2019/04/10', '2000-01-01', 'f.csv', 3), { published: '2019-04-10' });
  assert.deepEqual(resolvePublished(undefined, '2000-01-01', 'f.csv', 3), { published: '2000-01-01' });
  const r = resolvePublished('soon', '2000-01-01', 'f.csv', 3);
  assert.equal(r.published, '2000-01-01');
  assert.equal(r.warning?.severity, 'warning');
  assert.equal(r.warning?.code, 'bad-date');
  assert.equal(r.warning?.line, 3);
  assert.equal(r.warning?.file, 'f.csv');
});
