/**
 * "it" and "they" as subjects, "it" and "them" as objects (src/events/antecedents.ts): the first
 * noun phrase that agrees in number and kind, subjects before objects, actors in prepositional
 * phrases last; a noun phrase that names no actor stops the search. Invented sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coding, dyadsAt } from './helpers.ts';

/** The evidence of the first event whose verb contains `verb` with a rule starting "coref.". */
function corefAt(text: string, verb: string) {
  return coding(text).events.find((e) => e.verb.text.includes(verb))?.evidence.find((x) => x.rule.startsWith('coref.'));
}

/** The dropped reasons of verbs matching `word`. */
function droppedAt(text: string, word: string): string[] {
  const c = coding(text);
  return c.trace.flatMap((t) => t.coding.dropped.filter((d) => c.doc.tokens[d.token].lower === word).map((d) => d.reason));
}

test('"they" after a compound subject is both actors', () => {
  assert.deepEqual(dyadsAt('Kenya and Tanzania signed a border accord in Arusha. Later they criticised Uganda.', 'criticised'), ['KEN>UGA:111', 'TZA>UGA:111']);
});

test('"they" skips a subject that is one country for a plural object', () => {
  const text = 'Kenya accused the rebels of massacres in the north. They attacked a village on Sunday.';
  assert.deepEqual(dyadsAt(text, 'attacked'), ['REB>-:190']);
  const ev = corefAt(text, 'attacked');
  assert.equal(ev?.rule, 'coref.pronoun:they');
  assert.match(ev?.note ?? '', /"they" refers to "rebels".*sentence before.*plural/);
});

test('"it" is never a plural group: it skips "the rebels" for the army', () => {
  assert.deepEqual(dyadsAt('The rebels ambushed a Ugandan army patrol near the border. It shelled their camps on Monday.', 'shelled'), ['UGAMIL>-:194']);
});

test('"they" prefers the subject of the sentence before to its object', () => {
  assert.deepEqual(dyadsAt('Ugandan police arrested the protesters in Kampala. They later accused Kenya of funding the march.', 'accused'), ['UGACOP>KEN:1121']);
});

test('"they" refers to no single country when nothing plural comes before', () => {
  const text = 'Kenya criticised Uganda on Monday. They also accused Tanzania of lying.';
  assert.deepEqual(dyadsAt(text, 'accused'), []);
  assert.match(droppedAt(text, 'accused')[0] ?? '', /no source actor: "they" agrees with no noun phrase/);
});

test('"they" inside a quotation is not its speaker', () => {
  const text = 'The Kenyan government condemned the rebels on Friday. "They have burned our villages," the spokesman said.';
  assert.deepEqual(dyadsAt(text, 'burned'), ['REB>-:1712']);
});

test('"them" as object refers to the plural object of the same sentence', () => {
  const text = 'Police arrested three activists in Nairobi and later released them.';
  assert.deepEqual(dyadsAt(text, 'released'), ['KENCOP>KENOPP:0841']);
  const ev = coding(text).events.find((e) => e.verb.text.includes('released'))?.evidence.find((x) => x.rule === 'coref.object-pronoun:them');
  assert.match(ev?.note ?? '', /"them" refers to "activists in Nairobi"/);
});

test('an object "it" is the country the subject urged, and the conjoined verb keeps the subject', () => {
  assert.deepEqual(dyadsAt('The EU urged Iran to halt enrichment and warned it of sanctions.', 'warned'), ['IGOEUREEC>IRN:012']);
});

test('an object "it" that refers to a thing stays unresolved', () => {
  const text = 'Rebels ambushed the convoy near Goma on Friday. They attacked it with mortars.';
  assert.deepEqual(dyadsAt(text, 'attacked').map((d) => d.replace(/^\w+>/, '>')), ['>-:190']);
  assert.equal(corefAt(text, 'attacked')?.rule, 'coref.pronoun:they');
});

test('"X attacked them" is never X: the subject of the clause is no antecedent of its object pronoun', () => {
  assert.deepEqual(dyadsAt('Police detained dozens of protesters in Kampala. Police released them on Tuesday.', 'released'), ['UGACOP>UGACVL:0841']);
  assert.deepEqual(dyadsAt('Ugandan troops crossed into Kenya on Monday. Kenyan troops attacked them near the border.', 'attacked'), ['KENMIL>UGAMIL:190']);
});

test('"made it clear" is no object pronoun', () => {
  const out = coding('Uganda criticised Kenya on Monday. Tanzania condemned it and made it clear that talks were over.').events.filter((e) => e.evidence.some((x) => x.rule.startsWith('coref.object-pronoun')));
  assert.deepEqual(out.map((e) => `${e.verb.text}>${e.target?.code}`), ['condemned>UGA']);
});

test('"it" after a subject that names no actor refers to no actor: no older country takes the verb', () => {
  const text = 'Kenya criticised Uganda on Monday. The resolution was adopted on Tuesday. It urged Uganda to withdraw its troops.';
  assert.deepEqual(dyadsAt(text, 'urged'), []);
  assert.match(droppedAt(text, 'urged')[0] ?? '', /no source actor: "it" refers to "The resolution", which names no actor/);
});

test('a subject "they" of the sentence before stands for its antecedent', () => {
  // the rebels are three sentences back: only the chain of "they" reaches them
  const text = 'Chadian rebels crossed into Niger on Monday. They stayed near Bosso for a week. They waited there for supplies. They later attacked a Nigerien army camp.';
  assert.deepEqual(dyadsAt(text, 'attacked'), ['TCDREB>NERMIL:190']);
});

test('"X, along with Y," is plural for a later "they"', () => {
  assert.deepEqual(dyadsAt('Kenya, along with Uganda, criticised Tanzania on Monday. They also accused Rwanda of spying.', 'accused'), ['KEN>RWA:1125', 'UGA>RWA:1125']);
});

test('"they" fits a body of people: "the rebel movement said they"', () => {
  assert.deepEqual(dyadsAt('The Malian rebel movement said they had attacked a Malian army base.', 'attacked'), ['MLIREB>MLIMIL:190']);
});

test('in its own sentence the nearest clause subject comes first: "with Israel announcing it was"', () => {
  const text = 'Israel and Egypt are now divided, with Israel announcing it was suspending talks with Egypt.';
  assert.deepEqual(dyadsAt(text, 'suspending'), ['ISR>EGY:164']);
  assert.match(corefAt(text, 'suspending')?.note ?? '', /"it" refers to "Israel": a subject in its own sentence/);
});
