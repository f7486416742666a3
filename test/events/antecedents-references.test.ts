/**
 * The references left after "it", "they" and "them" (src/events/person-objects.ts,
 * references.ts, definites.ts): "him" and "her" as objects, possessives that own a role
 * ("its forces", "his government", "the country's army") and definite descriptions that refer
 * back ("the group", "the militants", "the country", "the kingdom", "the state"). Invented sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coding, dyadsAt } from '../pipeline/helpers.ts';

/** The mention whose text is `word` (the last one), with its code and the rule of its reference. */
function mentionOf(text: string, word: string): { code: string; rule?: string; note?: string } | undefined {
  const m = coding(text).mentions.filter((x) => x.text === word).pop();
  const ref = m?.evidence.find((e) => e.rule.startsWith('coref.possessive') || e.rule.startsWith('coref.definite'));
  return m && { code: m.code, rule: ref?.rule, note: ref?.note };
}

test('"him" as an object is the man named in the sentence before', () => {
  const text = 'Chilean President Manuel Ortega landed in Lima on Thursday. Peruvian President Pedro Salas welcomed him at the palace.';
  const [event] = coding(text).events.filter((e) => e.verb.text.includes('welcomed'));
  assert.equal(event.target?.code, 'CHLGOV');
  const ev = event.evidence.find((e) => e.rule === 'coref.object-pronoun:him');
  assert.match(ev?.note ?? '', /"him" refers to Chilean President Manuel Ortega \(a man: given name "Manuel"\), the nearest person of that gender in the sentence before/);
});

test('"her" as an object skips the man and the clause subject; "her ministry" is no object', () => {
  const text = 'Spanish Foreign Minister Maria Llorente flew to Rabat on Monday. Moroccan Prime Minister Jose Benali thanked her for the visit.';
  assert.deepEqual(dyadsAt(text, 'thanked'), ['MARGOV>ESPGOV:051']);
  const possessive = 'Spanish Foreign Minister Maria Llorente flew to Rabat on Monday. Moroccan officials thanked her ministry for the visit.';
  const events = coding(possessive).events.filter((e) => e.verb.text.includes('thanked'));
  assert.equal(events.some((e) => e.evidence.some((x) => x.rule === 'coref.object-pronoun:her')), false);
});

test('"him" is never the subject of its own clause: the other man of the sentence', () => {
  const text = 'Kenyan President John Mwangi met Ugandan President Peter Okello in Kampala and praised him for the border deal.';
  assert.deepEqual(dyadsAt(text, 'praised'), ['KENGOV>UGAGOV:051']);
});

test('"him" of unknown gender only when one person may be meant', () => {
  const one = 'Ghanaian minister Kwesi Adjei arrived in Lome on Monday. Later a Beninese envoy criticised him.';
  assert.deepEqual(dyadsAt(one, 'criticised'), ['BENGOV>GHAGOV:111']);
  const two = 'Ghanaian minister Kwesi Adjei met Togolese minister Kossi Agbo in Lome. Later a Beninese envoy criticised him.';
  const events = coding(two).events.filter((e) => e.verb.text.includes('criticised'));
  assert.equal(events.some((e) => e.evidence.some((x) => x.rule === 'coref.object-pronoun:him')), false);
});

test('"its troops" belong to the state "its" refers to, not to the article\'s country', () => {
  const text = 'Togolese officials met in Lome on Monday. The Togolese cabinet condemned Ghana. Ghana rejected the charge and said its troops would stay at the border.';
  const m = mentionOf(text, 'troops');
  assert.equal(m?.code, 'GHAMIL');
  assert.equal(m?.rule, 'coref.possessive:its');
  assert.match(m?.note ?? '', /"its" refers to "Ghana"/);
  // in an infinitive, the object before "to" owns: "urged Serbia to withdraw its troops"
  assert.equal(mentionOf('The Hungarian government urged Serbia to withdraw its troops from the border.', 'troops')?.code, 'SRBMIL');
  // a country right before "and" owns "its", not a subject of the sentence before
  const conjunct = 'Iran condemned the raid on Monday. "The Iraqi nation and its government will not bow," the Iranian statement said.';
  assert.equal(mentionOf(conjunct, 'government')?.code, 'IRQGOV');
});

test('"its fighters" after an armed group are the group', () => {
  const text = 'Hezbollah fired a barrage of rockets at Kiryat Shmona on Friday. Lebanese mediators said its fighters would observe a truce.';
  assert.equal(mentionOf(text, 'fighters')?.code, 'LBNREBHEZ');
});

test('"our fighters" in a quotation are the speaker\'s, not an earlier group of the same role', () => {
  const text = 'Iranian militias shelled the ridge. The Syrian Democratic Forces said: "Our fighters took the village after heavy clashes."';
  assert.equal(mentionOf(text, 'fighters')?.code, 'SYRREBSDF');
  assert.equal(mentionOf('"Our troops will answer any attack," the Turkish defence ministry said.', 'troops')?.code, 'TURMIL');
  // a quotation whose speaker the sentence does not name owns nothing
  assert.notEqual(mentionOf('Iranian militias shelled the ridge. "Our fighters took the village," a resident said.', 'fighters')?.code, 'SYRREBSDF');
});

test('"his government" is the government of the only man who may be meant', () => {
  const text = 'Polish President Tomasz Nowak met Swedish Prime Minister Anna Lind in Gdansk. His government later expelled two Belarusian diplomats.';
  const m = mentionOf(text, 'government');
  assert.equal(m?.code, 'POLGOV');
  assert.equal(m?.rule, 'coref.possessive:his');
  // with two men before it, "his" is left to the actor stage
  const two = 'Polish President Jan Nowak met Czech Prime Minister Pavel Dvorak in Gdansk. His government later expelled two Belarusian diplomats.';
  assert.equal(mentionOf(two, 'government')?.rule, undefined);
  // a "he" before the one person of the sentence may be meant too
  const he = 'That he acted after a call with Czech Prime Minister Pavel Dvorak, and without telling his government, surprised Warsaw.';
  assert.equal(mentionOf(he, 'government')?.rule, undefined);
  assert.equal(mentionOf('Czech Prime Minister Pavel Dvorak said his government would expel two Russian diplomats.', 'government')?.rule, 'coref.possessive:his');
});

test('"the country\'s army" is the army of the country named before', () => {
  const text = 'The Zambian foreign ministry summoned the Malawian ambassador on Monday. Malawi tested a new rocket on Tuesday. The country\'s army said the launch was a success.';
  const m = mentionOf(text, 'army');
  assert.equal(m?.code, 'MWIMIL');
  assert.equal(m?.rule, 'coref.possessive:the country');
});

test('"the militants" are the armed group named before', () => {
  const text = 'Boko Haram abducted 40 farmers near Maiduguri on Monday. The militants later released them.';
  assert.deepEqual(dyadsAt(text, 'released'), ['NGAREBBKH>NGAAGR:0841']);
  assert.equal(mentionOf(text, 'militants')?.rule, 'coref.definite:militants');
  // never an armed group of their own sentence: "the SDF, advancing against the militants"
  const own = 'Boko Haram fighters, who have been attacking army posts, clashed on Monday with the militants near Maiduguri.';
  assert.equal(mentionOf(own, 'militants')?.rule, undefined);
});

test('"the group" and "the movement" are the group named before', () => {
  const text = 'The Taliban seized a district centre in Ghazni on Sunday. The movement warned Afghan forces to leave the area. The group also attacked a police post.';
  assert.deepEqual(dyadsAt(text, 'warned'), ['AFGREBTAL>AFGMIL:012']);
  assert.deepEqual(dyadsAt(text, 'attacked').map((d) => d.split('>')[0]), ['AFGREBTAL']);
  // a group of people that is no actor comes between: "the group" refers to nothing
  const people = 'A group of pilgrims was stopped near Kandahar by the Taliban on Tuesday. The group later thanked the police.';
  assert.deepEqual(dyadsAt(people, 'thanked'), []);
});

test('"the organisation" after a rights group is that group', () => {
  const text = 'Amnesty International accused Egypt of torturing detainees. The organisation urged Egypt to free them.';
  assert.deepEqual(dyadsAt(text, 'urged').map((d) => d.split('>')[0]), ['NGOHRIAMN']);
});

test('"the group" gives way to a group the article names more when the most recent is no subject', () => {
  const subject = 'Hamas is refusing to leave the crossing. Hamas gunmen fired on the border post on Sunday. Islamic Jihad fighters shelled a kibbutz on Monday. Witnesses said the group still holds the crossing.';
  assert.equal(mentionOf(subject, 'group')?.code, 'PSEREBPIJ');
  const object = 'Hamas is refusing to leave the crossing. Hamas gunmen fired on the border post on Sunday. Israeli snipers killed three Islamic Jihad fighters on Monday. Witnesses said the group still holds the crossing.';
  assert.equal(mentionOf(object, 'group'), undefined);
});

test('"the country" and "the kingdom" are the country named before', () => {
  assert.deepEqual(dyadsAt('Pakistan tested a new cruise missile on Tuesday. The country also warned India against any attack.', 'warned'), ['PAK>IND:130']);
  assert.deepEqual(dyadsAt('Jordan recalled its ambassador from Tel Aviv. The kingdom also suspended gas talks with Israel.', 'suspended').map((d) => d.split('>')[0]), ['JOR']);
  // with several countries before it in its own sentence, "the country" refers to none
  const several = 'Britain is in talks with Kenya over moving its troops from Somalia after the decision to withdraw from the country.';
  assert.equal(coding(several).mentions.find((x) => x.text === 'country'), undefined);
  // an army is abroad, and a clause subject does not act on itself as an object
  assert.equal(coding('There are about 900 Kenyan troops in the country.').mentions.find((x) => x.text === 'country'), undefined);
  assert.equal(coding('The Kenyan government is planning to withdraw its police from the country.').mentions.find((x) => x.text === 'country'), undefined);
});

test('"the state" only as a bare subject, and never in a country of states', () => {
  assert.equal(mentionOf('In Egypt, the state has continued to jail reporters.', 'state')?.code, 'EGY');
  assert.equal(mentionOf('Egypt said state media would report the result.', 'state'), undefined);
  assert.equal(mentionOf('Nigeria sent troops to Borno. The state has suffered years of attacks.', 'state'), undefined);
});

test('across a paragraph break a description refers back two sentences at most, unless its kind is unique', () => {
  const far = 'Ethiopia accused Eritrea of massing troops.\n\nAid agencies said food was short. Donors met in Geneva. Talks stalled on Friday.\n\nThe country said it would respond.';
  assert.equal(coding(far).mentions.some((m) => m.text === 'country'), false);
  const unique = 'Eritrea massed troops on the border.\n\nAid agencies said food was short. Donors met in Geneva. Talks stalled on Friday.\n\nThe country said it would respond.';
  assert.equal(coding(unique).mentions.find((m) => m.text === 'country')?.code, 'ERI');
});
