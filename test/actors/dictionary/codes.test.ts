/** codeAt: the code in force at a date. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeAt } from '../../../src/actors/dictionary/codes.ts';

const vellin = {
  codes: [
    { code: 'ZZZELI', from: '1978-01-01', until: '2000-01-01' },
    { code: 'ZZZOPP', until: '2009-01-19' },
    { code: 'ZZZGOV', from: '2009-01-20' },
    { code: 'ZZZMIN', from: '1990-06-01', until: '1992-06-30' },
  ],
};

test('the most specific range containing the date wins', () => {
  assert.equal(codeAt(vellin, '1985-03-04'), 'ZZZELI'); // closed range over the open "until"
  assert.equal(codeAt(vellin, '1991-01-01'), 'ZZZMIN'); // the shorter of two closed ranges
  assert.equal(codeAt(vellin, '1978-01-01'), 'ZZZELI'); // bounds are inclusive
  assert.equal(codeAt(vellin, '2000-01-01'), 'ZZZELI');
  assert.equal(codeAt(vellin, '2000-01-02'), 'ZZZOPP'); // only the open-ended code is left
  assert.equal(codeAt(vellin, '2009-01-19'), 'ZZZOPP');
  assert.equal(codeAt(vellin, '2009-01-20'), 'ZZZGOV');
  assert.equal(codeAt(vellin, '2030-01-01'), 'ZZZGOV');
});

test('without a date: the unrestricted code, else the latest', () => {
  assert.equal(codeAt(vellin, null), 'ZZZGOV');
  assert.equal(codeAt({ codes: [{ code: 'A', until: '2001-01-01' }, { code: 'B', from: '1990-01-01', until: '2005-01-01' }] }, null), 'B');
  assert.equal(codeAt({ codes: [{ code: 'A', from: '2001-01-01' }, { code: 'B' }] }, null), 'B');
  assert.equal(codeAt({ codes: [] }, null), null);
});

test('an unrestricted code is the last resort; a date no code covers gives null', () => {
  const e = { codes: [{ code: 'BASE' }, { code: 'GOV', from: '2010-01-01' }, { code: 'ELI', from: '2000-01-01' }] };
  assert.equal(codeAt(e, '1999-12-31'), 'BASE');
  assert.equal(codeAt(e, '2005-01-01'), 'ELI');
  assert.equal(codeAt(e, '2011-01-01'), 'GOV'); // the nearer of two open-ended starts
  assert.equal(codeAt({ codes: [{ code: 'X', from: '2010-01-01', until: '2011-01-01' }] }, '2012-01-01'), null);
  assert.throws(() => codeAt(e, '2011-13-01'), /YYYY-MM-DD/);
});
