/**
 * Not a test: prints the average cost of findDates per sentence on a few thousand
 * synthetic news sentences (deterministic mix, about a third holding a date).
 * Run: node --import tsx test/time/speed-check.ts
 */
import { findDates } from '../../src/time/index.ts';

const SUBJECTS = ['Police', 'The army', 'Rebels', 'The foreign minister', 'Protesters', 'Officials in Kabul', 'The United Nations'];
const VERBS = ['arrested 20 people', 'attacked a convoy', 'met the delegation', 'condemned the strike', 'signed a 12-point deal', 'fired 3 rockets'];
const PLAIN_TAILS = [
  'near the border, according to a statement.',
  'after talks that lasted 14 hours.',
  ', officials said, adding that 2,000 troops remain.',
  'in the capital, where 1500 police were deployed.',
  ', the agency reported, citing two sources.',
  'as tensions rose across the region.',
  'and promised more aid to the 300 families affected.',
  'despite warnings from the government and the opposition.',
];
const DATE_TAILS = [
  'on Thursday, officials said.', 'on July 15.', 'in April 2015.', 'in mid-February.',
  'last month.', 'earlier this week.', 'in 2011, when the uprising began.', 'yesterday.',
  'two days ago.', 'on 15 July 2016 in Ankara.', 'last year.', 'on Sunday, September 4.',
];

let seed = 12345;
function next(n: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}

const sentences: string[] = [];
for (let i = 0; i < 4000; i++) {
  const tail = next(3) === 0 ? DATE_TAILS[next(DATE_TAILS.length)] : PLAIN_TAILS[next(PLAIN_TAILS.length)];
  sentences.push(`${SUBJECTS[next(SUBJECTS.length)]} ${VERBS[next(VERBS.length)]} ${tail}`);
}

const dated = sentences.map((s, i) => `${s.slice(0, -1)} ${DATE_TAILS[i % DATE_TAILS.length]}`);

function run(list: string[]): number {
  let found = 0;
  for (const s of list) found += findDates(s, 0, '2016-09-04').length;
  return found;
}

function measure(label: string, list: string[]): void {
  for (let i = 0; i < 3; i++) run(list); // warm-up
  const rounds = 10;
  const t0 = process.hrtime.bigint();
  let found = 0;
  for (let i = 0; i < rounds; i++) found = run(list);
  const us = Number(process.hrtime.bigint() - t0) / 1000 / (rounds * list.length);
  console.log(`${label}: ${list.length} sentences, ${found} dates per pass, ${us.toFixed(2)} microseconds per sentence`);
}

measure('news mix (1 in 3 dated)', sentences);
measure('worst case (every sentence dated)', dated);
