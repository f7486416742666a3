/** Quotations and their speakers: "I" and "we" inside a quotation are the speaker its sentence names (src/events/quotes.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../../src/pipeline/coder.ts';
import { findQuotations, markKind, type Quotation } from '../../src/events/quotes.ts';
import { code, dyads, sharedCoder } from '../pipeline/helpers.ts';

function coded(text: string) {
  return codeArticle(sharedCoder(), { id: 'test', text, published: '2024-05-15', origin: { file: 'test' } });
}

/** Each quotation's words and how its speaker was found: 'We will go. => quote.after.speaker-verb actor "Chinese foreign ministry spokesman"'. */
function quotations(text: string): string[] {
  const { doc, mentions } = coded(text);
  const words = (q: Quotation) => text.slice(doc.tokens[q.open + 1].start, doc.tokens[q.close - 1].end);
  return findQuotations(doc, mentions).map((q) => {
    const a = q.attribution;
    return `${words(q)} => ${a ? `${a.rule} ${a.speaker.kind} "${a.speaker.text}"` : '-'}`;
  });
}

/** Reasons why verbs of the text gave no event. */
function dropped(text: string): string[] {
  return coded(text).trace.flatMap((t) => t.coding.dropped.map((d) => d.reason));
}

test('straight quote marks open when glued to the word after, close when glued to the word before', () => {
  const { doc } = coded('He said: "We go," and left.');
  const marks = doc.tokens.flatMap((t, i) => (t.text === '"' ? [markKind(doc.tokens, i)] : []));
  assert.deepEqual(marks, ['open', 'close']);
});

test('the speaker after the closing mark, before or after the verb of speech', () => {
  assert.deepEqual(quotations('"We will go," the Chinese foreign ministry spokesman said.'), ['We will go, => quote.after.speaker-verb actor "Chinese foreign ministry spokesman"']);
  assert.deepEqual(quotations('“We will go,” said the Indian foreign secretary.'), ['We will go, => quote.after.verb-speaker actor "Indian foreign secretary"']);
  assert.deepEqual(quotations('"We will go," he told reporters.'), ['We will go, => quote.after.speaker-verb pronoun "he"']);
});

test('the speaker before the opening mark, and "according to"', () => {
  assert.deepEqual(quotations('The Norwegian prime minister told reporters in Oslo on Monday: "We will go."'), ['We will go. => quote.before.speaker-verb actor "Norwegian prime minister"']);
  assert.deepEqual(quotations('According to the Kenyan interior ministry, "we will go."'), ['we will go. => quote.according-to actor "Kenyan interior ministry"']);
});

test('a participle of speech takes the subject of the verb of speech it hangs on; "was quoted as saying"; a participle inside the speaker phrase', () => {
  assert.deepEqual(quotations('The Nepali defence minister said the struggle would continue, adding: "We will go."'), ['We will go. => quote.before.speaker-verb actor "Nepali defence minister"']);
  assert.deepEqual(quotations('"We will go," the Estonian foreign minister was quoted as saying by a news agency.'), ['We will go, => quote.after.speaker-verb actor "Estonian foreign minister"']);
  assert.deepEqual(quotations('"We will go," Kurdish fighters based in Kobani said.'), ['We will go, => quote.after.speaker-verb actor "Kurdish fighters"']);
});

test('a speaker who is no actor is named as such, not replaced by an actor inside or after the phrase', () => {
  assert.deepEqual(quotations('"We will go," a source close to the Iranian government said.'), ['We will go, => quote.after.speaker-verb other "a source close"']);
  assert.deepEqual(quotations('"We will go," said Amira Haddad, a teacher in Beirut.'), ['We will go, => quote.after.verb-speaker other "Amira Haddad"']);
});

test('a statement speaks for the actor it comes from', () => {
  assert.deepEqual(quotations('"We will go," a statement from the Egyptian foreign ministry said.'), ['We will go, => quote.after.speaker-verb actor "Egyptian foreign ministry"']);
});

test('a quotation over two sentences, and one opening the next sentence, keep the speaker', () => {
  assert.deepEqual(quotations('The Egyptian foreign minister said: "We will go. We will stay."'), ['We will go. We will stay. => quote.before.speaker-verb actor "Egyptian foreign minister"']);
  assert.deepEqual(quotations('"We will go," the Egyptian foreign minister said. "We will stay."'), [
    'We will go, => quote.after.speaker-verb actor "Egyptian foreign minister"',
    'We will stay. => quote.continues actor "Egyptian foreign minister"',
  ]);
});

test('a quotation left open ends with its sentence, or at the paragraph break when the text has one', () => {
  assert.deepEqual(quotations('The Egyptian foreign minister said: "We will go. We will stay.'), ['We will go. => quote.before.speaker-verb actor "Egyptian foreign minister"']);
  const text = 'The Egyptian foreign minister said: "We will go. We will stay.\n\n"We will return," he added.';
  assert.deepEqual(quotations(text), [
    'We will go. We will stay. => quote.before.speaker-verb actor "Egyptian foreign minister"',
    'We will return, => quote.after.speaker-verb pronoun "he"',
  ]);
});

test('"we" inside a quotation is the speaker, with the rule in the evidence', () => {
  const [event, ...rest] = code('"We condemn the sanctions imposed by Washington," the Chinese foreign ministry spokesman said.');
  assert.equal(rest.length, 0);
  assert.equal(`${event.source.code}>${event.target?.country}:${event.cameo}`, 'CHNGOV>USA:111');
  const why = event.evidence.find((e) => e.rule.startsWith('coref.quote-speaker'));
  assert.deepEqual(why && { rule: why.rule, text: why.text }, { rule: 'coref.quote-speaker:we', text: 'Chinese foreign ministry spokesman' });
});

test('"I" is the speaker; a verb governed by a first-person verb says how its subject was found', () => {
  assert.deepEqual(dyads('"I will visit Beijing next month," the Brazilian president told reporters.', { exact: true }), ['BRA>CHN:036']);
  const [event] = code('The Norwegian prime minister said: "We have decided to expel two Russian diplomats."');
  assert.equal(`${event.source.country}>${event.target?.country}:${event.cameo}`, 'NOR>RUS:161');
  assert.ok(event.evidence.some((e) => e.rule === 'coref.quote-speaker:we'));
});

test('the later sentences of a speech keep its speaker', () => {
  assert.deepEqual(dyads('The Egyptian foreign minister said: "We reject the Ethiopian proposal. We will also recall our ambassador from Addis Ababa."'), ['EGY>ETH:12', 'EGY>ETH:13']);
  assert.deepEqual(dyads('"Our patience has limits," the Lithuanian foreign minister said. "We have expelled the Belarusian ambassador."', { exact: true }), ['LTU>BLR:161']);
});

test('a speaker named by "he" or "she": a recent person known to be of that gender', () => {
  const text = 'German Foreign Minister Annalena Baerbock arrived in Kyiv on Monday. "We will send more air defence systems to Ukraine," she said.';
  assert.deepEqual(dyads(text), ['DEU>UKR:04', 'DEU>UKR:03']);
  // a person who is no actor, or of unknown gender, speaks for nobody
  assert.deepEqual(dyads('Maria Lopez, a nurse, spoke outside the hospital. "We will sue the Colombian government," she said.'), []);
  assert.deepEqual(dyads('"We will never negotiate with Israel," he said.'), []);
});

test('"we" outside a quotation, or in one without a speaker, or of a person who is no actor, gives no event, and explain says why', () => {
  assert.deepEqual(dyads('We spoke to two Iraqi officials in Erbil on Sunday.'), []);
  assert.ok(dropped('We spoke to two Iraqi officials in Erbil on Sunday.').some((r) => r.includes('"We" stands outside any quotation')));
  assert.deepEqual(dyads('"We will never negotiate with Israel."'), []);
  assert.deepEqual(dyads('"We condemn the attack on the Israeli embassy," said Amira Haddad, a teacher in Beirut.'), []);
  assert.ok(dropped('"We condemn the attack on the Israeli embassy," said Amira Haddad, a teacher in Beirut.').some((r) => r.includes('who is no actor')));
});

test('"we" is the subject: no actor further left in the clause stands in for it', () => {
  assert.deepEqual(dyads('In Iraq, we condemned the attack.'), []);
});

test('a pronoun after a closing mark does not take the subject of a verb inside the quotation; a scare quote between them changes nothing', () => {
  const text = 'The Lebanese foreign ministry issued a statement on Monday. "Israel bombed the port," it said, condemning the attack.';
  assert.deepEqual(dyads(text), ['LBN>-:01', 'ISR>-:19', 'LBN>-:11']);
  assert.deepEqual(dyads('Iran announced a possible ban on US flights "in the same fashion" when it was issuing warnings to Israel.', { exact: true }), ['IRN>ISR:130']);
});

test('"it said" and "they said" speak for nobody', () => {
  assert.deepEqual(dyads('The Lebanese foreign ministry issued a statement on Monday. "We condemn the Israeli strikes," it said.'), ['LBN>-:01']);
});
