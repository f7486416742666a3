/** The actor dictionary in coding: names found in text, codes at a date, actors learned from text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedEvent, Mention } from '../../../src/document/types.ts';
import { analyse } from '../../../src/nlp/wink.ts';
import { findMentions } from '../../../src/actors/index.ts';
import { KnownActors, displayName, entryActor } from '../../../src/actors/dictionary/known.ts';
import { learnedActors, rememberLearned } from '../../../src/actors/dictionary/learn.ts';
import { recodeAtEventDate } from '../../../src/actors/dictionary/recode.ts';
import { ActorDictionary, type ActorEntry } from '../../../src/actors/dictionary/store.ts';
import { kb, only, rules } from '../helpers.ts';

const VELLIN: ActorEntry = {
  id: 'mara-vellin',
  name: 'MARA VELLIN',
  aliases: ['VELLIN'],
  codes: [
    { code: 'FRAELI', until: '2019-05-31' },
    { code: 'FRAGOV', from: '2019-06-01' },
  ],
  source: 'import',
};
const LANTERN: ActorEntry = { id: 'order-of-the-lantern', name: 'Order of the Lantern', aliases: [], codes: [{ code: 'NGOLAN' }], source: 'user' };

function mentionsWith(text: string, entries: ActorEntry[], published: string | null = '2020-03-01'): Mention[] {
  const doc = analyse({ id: 't', text, published, origin: { file: 't' } });
  return findMentions(doc, kb(), new KnownActors(entries));
}

const isCountry = (iso3: string) => kb().countries.has(iso3);

test('a dictionary name is coded with the code in force at the article date, with evidence', () => {
  const m = only(mentionsWith('Mara Vellin criticised the budget on Monday.', [VELLIN]), 'Mara Vellin');
  assert.equal(m.code, 'FRAGOV');
  assert.equal(m.country, 'FRA');
  assert.equal(m.sector, 'GOV');
  assert.equal(m.kind, 'person');
  assert.equal(m.name, 'Mara Vellin');
  assert.deepEqual(rules(m), ['dictionary:mara-vellin']);
  assert.match(m.evidence[0].note!, /FRAGOV in force on 2020-03-01/);
  assert.equal(m.dictionary?.id, 'mara-vellin');

  const before = only(mentionsWith('Mara Vellin criticised the budget.', [VELLIN], '2018-01-10'), 'Mara Vellin');
  assert.equal(before.code, 'FRAELI');
});

test('an alias and later surnames follow the entry; a longer name is somebody else', () => {
  const ms = mentionsWith('VELLIN spoke first. Mara Vellin then left. Vellin returned.', [VELLIN]);
  assert.deepEqual(
    ms.map((m) => `${m.text}=${m.code}`),
    ['VELLIN=FRAGOV', 'Mara Vellin=FRAGOV', 'Vellin=FRAGOV'],
  );
  const other = mentionsWith('Jonas Vellin, a farmer, protested.', [VELLIN]);
  assert.ok(!other.some((m) => m.code === 'FRAGOV'), JSON.stringify(other.map((m) => m.code)));
});

test('the text wins over the dictionary: a role with a stated country codes the person', () => {
  const m = only(mentionsWith('German Foreign Minister Mara Vellin met reporters.', [VELLIN]), 'German Foreign Minister Mara Vellin');
  assert.equal(m.country, 'DEU');
});

test('a role without a country takes the dictionary entry of the name after it', () => {
  const m = only(mentionsWith('President Mara Vellin met reporters.', [VELLIN]), 'President Mara Vellin');
  assert.equal(m.code, 'FRAGOV');
  assert.ok(rules(m).includes('dictionary:mara-vellin'));
});

test('organisations from the dictionary; no dictionary, no mention', () => {
  const m = only(mentionsWith('The Order of the Lantern condemned the raid.', [LANTERN]), 'Order of the Lantern');
  assert.equal(m.code, 'NGOLAN');
  assert.equal(m.kind, 'organisation');
  assert.equal(m.country, null);
  assert.ok(!mentionsWith('The Order of the Lantern condemned the raid.', []).some((x) => x.code === 'NGOLAN'));
});

test('lower-case words never match a dictionary name', () => {
  const lamp: ActorEntry = { id: 'lamp', name: 'LAMP', aliases: [], codes: [{ code: 'NGOLMP' }], source: 'import' };
  assert.deepEqual(mentionsWith('They lit a lamp in Paris.', [lamp]).map((m) => m.code), ['FRA']);
});

test('entryActor: country and sector from the code, kind inferred; none when no code is in force', () => {
  const un = entryActor({ id: 'un', name: 'UNITED NATIONS', aliases: [], codes: [{ code: 'IGOUNO' }], source: 'import' }, null, isCountry);
  assert.deepEqual({ ...un }, { code: 'IGOUNO', name: 'United Nations', country: null, sector: null, kind: 'igo' });
  const closed: ActorEntry = { ...VELLIN, codes: [{ code: 'FRAELI', until: '2001-01-01' }] };
  assert.equal(entryActor(closed, '2020-01-01', isCountry), null);
  assert.equal(displayName("JEAN-PAUL O'NEILL"), "Jean-Paul O'Neill");
  assert.equal(displayName('Mara Vellin'), 'Mara Vellin');
});

test('events re-read a dictionary actor at their own date', () => {
  const [m] = mentionsWith('Mara Vellin criticised the budget.', [VELLIN]);
  const event = { source: m, target: null, date: { value: '2018-11', precision: 'month', basis: 'text', rule: 't' } } as unknown as CodedEvent;
  const then = recodeAtEventDate(event, isCountry);
  assert.equal(then.source.code, 'FRAELI');
  assert.equal(then.source.sector, 'ELI');
  assert.match(then.source.evidence.at(-1)!.note!, /event's date 2018-11-01: FRAELI/);
  const now = { ...event, date: { ...event.date!, value: '2020-02-02', precision: 'day' } } as CodedEvent;
  assert.equal(recodeAtEventDate(now, isCountry), now);
});

test('learned: persons whose role and country the text states; nothing inferred', () => {
  const ms = mentionsWith(
    'Russian Foreign Minister Sergei Lavrov met Tomas Reyes, Chile\'s interior minister, in Moscow. Prime Minister Hana Okafor spoke later. Lavrov left.',
    [],
  );
  const learned = learnedActors(ms, '2021-04-02');
  assert.deepEqual(
    learned.map((e) => [e.name, e.codes[0].code, e.role, e.firstSeen]),
    [
      ['Sergei Lavrov', 'RUSGOV', 'foreign-minister', '2021-04-02'],
      ['Tomas Reyes', 'CHLGOV', 'interior-minister', '2021-04-02'],
    ],
  );
});

test('a learned actor is remembered, widened, and codes a later article that names only him', () => {
  const dict = new ActorDictionary();
  const first = learnedActors(mentionsWith('Russian Foreign Minister Sergei Lavrov arrived.', []), '2021-04-02');
  const stored = rememberLearned(dict, first[0])!;
  assert.equal(stored.source, 'learned');
  assert.equal(stored.lastSeen, '2021-04-02');
  assert.equal(rememberLearned(dict, first[0]), null, 'the same sighting changes nothing');
  const later = { ...first[0], firstSeen: '2022-01-01', lastSeen: '2022-01-01' };
  assert.equal(rememberLearned(dict, later)?.lastSeen, '2022-01-01');

  const m = only(mentionsWith('Sergei Lavrov criticised the plan.', dict.list(), '2023-05-05'), 'Sergei Lavrov');
  assert.equal(m.code, 'RUSGOV');
  assert.deepEqual(rules(m), ['dictionary:sergei-lavrov']);

  const moved = { ...first[0], codes: [{ code: 'RUSELI' }], firstSeen: '2024-01-01', lastSeen: '2024-01-01' };
  rememberLearned(dict, moved);
  const entry = dict.byName('Sergei Lavrov')!;
  assert.deepEqual(entry.codes, [{ code: 'RUSGOV' }, { code: 'RUSELI', from: '2024-01-01' }]);
});
