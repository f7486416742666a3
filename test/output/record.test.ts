/** The event record: mention counts, PLOVER coding, the reporter of reported speech, the PLOVER-primary record. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCameo } from '../../src/ontology/cameo.ts';
import { toRecord } from '../../src/output/record.ts';
import { toPloverRecord } from '../../src/output/plover-record.ts';
import { formatTable } from '../../src/output/table.ts';
import { mergeMentions } from '../../src/pipeline/merge-mentions.ts';
import type { Article } from '../../src/document/types.ts';
import { event } from '../pipeline/build-event.ts';

const cameo = loadCameo();
const article: Article = { id: 'a1', text: '', published: '2025-03-10', origin: { file: 'a1.txt' } };

function record(e: Parameters<typeof toRecord>[0]) {
  return toRecord(e, article, 'The sentence.', cameo, 'dyad 0.0.0 lex:000000');
}

test('an event read once has one mention in its own sentence; a merged one counts all', () => {
  const single = record(event('CHL>PER', '112', 2, 40));
  assert.equal(single.mentions, 1);
  assert.deepEqual(single.sentence_indexes, [2]);
  const [merged] = mergeMentions([event('CHL>PER', '112', 2, 40), event('CHL>PER', '112', 5, 300)]).events;
  const r = record(merged);
  assert.equal(r.sentence_index, 2);
  assert.equal(r.mentions, 2);
  assert.deepEqual(r.sentence_indexes, [2, 5]);
});

test('the reporter of reported speech comes from the events stage\'s evidence', () => {
  const reported = event('SYR>TUR', '190', 0, 30, {
    evidence: [
      { stage: 'events', rule: 'clause.subject', text: 'Syria' },
      { stage: 'events', rule: 'reported-speech', text: 'Iraq\'s foreign minister', note: 'IRQGOV' },
    ],
  });
  assert.deepEqual(record(reported).evidence, { verb: 'verb', rule: 'rule.190', reporter: { text: 'Iraq\'s foreign minister', code: 'IRQGOV' } });
  assert.equal(record(event('SYR>TUR', '190', 0, 30)).evidence.reporter, null);
  const uncoded = event('SYR>TUR', '190', 0, 30, { evidence: [{ stage: 'events', rule: 'reported-speech', text: 'a witness' }] });
  assert.deepEqual(record(uncoded).evidence.reporter, { text: 'a witness', code: null });
});

test('PLOVER event, mode and contexts from the conversion table; none for public statements', () => {
  assert.deepEqual(record(event('IND>PAK', '042', 0, 1)).plover, { event: 'CONSULT', mode: 'visit', context: [] });
  assert.deepEqual(record(event('IND>PAK', '196', 0, 1)).plover, { event: 'ASSAULT', mode: null, context: ['legal', 'military'] });
  assert.deepEqual(record(event('IND>PAK', '0312', 0, 1)).plover, { event: 'AGREE', mode: null, context: ['military'] });
  assert.deepEqual(record(event('IND>-', '013', 0, 1)).plover, { event: null, mode: null, context: [] });
});

test('the PLOVER record puts event_type, mode and context first and keeps CAMEO as one secondary object', () => {
  const r = toPloverRecord(record(event('IND>PAK', '1124', 1, 10)));
  assert.ok(r);
  assert.deepEqual(Object.keys(r), [
    'id', 'article_id', 'published', 'sentence_index', 'sentence', 'mentions', 'sentence_indexes', 'source', 'target',
    'event_type', 'mode', 'context', 'cameo', 'date', 'date_precision', 'date_basis', 'location', 'negated', 'hedged', 'evidence', 'coder',
  ]);
  assert.deepEqual([r.event_type, r.mode, r.context], ['ACCUSE', 'allege', ['military', 'legal']]);
  assert.deepEqual(r.cameo, { code: '1124', root: '11', quad_class: 3, goldstein: -2 });
  assert.equal(toPloverRecord(record(event('IND>-', '020', 1, 10))), null, 'an appeal has no PLOVER type');
});

test('the table shows the mention count and, for PLOVER, event type, mode and context before CAMEO', () => {
  const [merged] = mergeMentions([event('CHL>PER', '112', 2, 40), event('CHL>PER', '112', 5, 300), event('CHL>PER', '112', 6, 400)]).events;
  const cameoTable = formatTable([record(merged)], 'a1').split('\n');
  assert.match(cameoTable[1], /^date +source +cameo +target +gs +plover +n +verb +sentence$/);
  assert.match(cameoTable[2], / 112 +PER PER +-2\.0 +ACCUSE +3 +verb /);
  const ploverTable = formatTable([record(merged)], 'a1', 'plover').split('\n');
  assert.match(ploverTable[1], /^date +source +plover +mode +target +context +cameo +n +verb +sentence$/);
  assert.match(ploverTable[2], / ACCUSE +disapprove +PER PER +- +112 +3 /);
});
