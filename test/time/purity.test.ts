import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, resolveEventDate } from '../../src/time/index.ts';

const SENTENCES = [
  'The minister met rebel leaders on Thursday.',
  'On July 15 a faction of the army tried to seize power.',
  'Yesterday police arrested 20 people.',
  'Last week police arrested 20.',
  'In April 2015 the talks collapsed.',
  'Last night gunmen stormed a hotel.',
  'On Sunday, September 4, 2016, the G20 opened.',
  'The two leaders will meet on Friday.',
  'In 2011 protests erupted.',
];

function readAll(published: string | null): unknown {
  return SENTENCES.map((s) => findDates(s, 7, published, s.includes('will') ? 'future' : 'past'));
}

test('no clock: works when Date.now() and new Date() throw', () => {
  const RealDate = globalThis.Date;
  class NoClockDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) throw new Error('the time stage read the clock');
      super(...(args as [number]));
    }
    static override now(): number {
      throw new Error('the time stage read the clock');
    }
    static override [Symbol.hasInstance](x: unknown): boolean {
      return x instanceof RealDate;
    }
  }
  const expected = readAll('2016-09-04');
  globalThis.Date = NoClockDate as DateConstructor;
  try {
    assert.deepEqual(readAll('2016-09-04'), expected);
    assert.deepEqual(readAll(null), readAll(null));
    assert.equal(resolveEventDate([], { start: 0, end: 1 }, '2016-09-04')?.value, '2016-09-04');
  } finally {
    globalThis.Date = RealDate;
  }
});

test('same input, same output, whatever the machine time zone', () => {
  const saved = process.env.TZ;
  try {
    process.env.TZ = 'UTC';
    const utc = readAll('2016-09-04');
    for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York', 'Asia/Kolkata']) {
      process.env.TZ = tz;
      assert.deepEqual(readAll('2016-09-04'), utc, tz);
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test('repeated calls give identical results (no hidden state)', () => {
  assert.deepEqual(readAll('2017-02-08'), readAll('2017-02-08'));
  assert.deepEqual(readAll(null), readAll(null));
});
