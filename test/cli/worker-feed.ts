/**
 * An invented JSONL feed for the tests of `dyad worker`'s bounds and quarantine
 * (worker-unit.test.ts, test/store/queue-limits.test.ts), read with --max-article-bytes 1500
 * and --max-sentence-tokens 30.
 */
const GOOD = [
  'Norway offered Iceland emergency aid after the flooding on Monday.',
  'Ghana criticized Togo over new port fees on Tuesday.',
  'Kenya and Uganda agreed to reopen a border market.',
  'Peru recalled its ambassador from Chile after the dispute.',
];
/** 56 words, no full stop: with the sentence before it, one sentence over a bound of 30 tokens. */
const RAMBLING = `Ghana praised Togo for the new customs office ${'and the market traders of the border towns welcomed the plan '.repeat(4)}`;

const line = (id: string, text: string) => JSON.stringify({ id, text, published: '2025-04-08', source: 'Invented Wire' });

/** A feed of 8 lines: good, oversize, good, not JSON, long sentence, good, no text, good. */
export function feed(): string {
  return [
    line('w1', GOOD[0]),
    line('w2-huge', `${GOOD[1]} `.repeat(35)),
    line('w3', GOOD[2]),
    '{"id": "w4", "text": "Kenya praised',
    line('w5-long', `${GOOD[3]} ${RAMBLING}`),
    line('w6', GOOD[1]),
    JSON.stringify({ id: 'w7' }),
    line('w8', `${GOOD[3]} ${GOOD[0]}`),
  ].join('\n') + '\n';
}

/** What the feed leaves out, as `code@file:line`, in reading order. */
export const FEED_QUARANTINE = ['too-large@feed.jsonl:2', 'bad-json@feed.jsonl:4', 'long-sentence@feed.jsonl:5', 'missing-text@feed.jsonl:7'];

/** The feed's articles that are stored (w5-long without its long sentence), and those that are not. */
export const FEED_STORED = ['w1', 'w3', 'w5-long', 'w6', 'w8'];
export const FEED_LEFT_OUT = ['w2-huge', 'w4', 'w7'];
