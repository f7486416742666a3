import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atVerb, locate, where } from './helpers.ts';

test('Lahore is Lahore, Pakistan, with its coordinates and province', () => {
  const l = locate('Pakistan and China signed an agreement at the Governor House in Lahore on Monday.');
  assert.ok(l);
  assert.equal(l.name, 'Lahore');
  assert.equal(l.country, 'PAK');
  assert.equal(l.admin1, 'Punjab');
  assert.equal(l.feature, 'city');
  assert.ok(Math.abs(l.lat - 31.55) < 0.05 && Math.abs(l.lon - 74.34) < 0.05);
});

test('Washington as a place is the US capital', () => {
  assert.equal(where('The Pakistani foreign minister held talks with Blinken in Washington on Monday.'), 'Washington, D.C. USA city');
  assert.equal(where('Khan visited Washington in March.'), 'Washington, D.C. USA city');
  assert.equal(where('Protesters rallied in Washington state on Sunday.'), 'Washington USA admin1');
});

test('Georgia by context: the country near Tbilisi and Russia, the US state near Atlanta', () => {
  assert.equal(where('Russian troops moved closer to Tbilisi. Russia and Georgia held talks in Georgia on Friday.'), 'Georgia GEO country');
  assert.equal(where('The mayor of Atlanta urged calm. Protesters clashed with police in Georgia on Friday.'), 'Georgia USA admin1');
});

test('places after trips, visits and place nouns', () => {
  assert.equal(where('Prime Minister Sharif met President Xi during a trip to Beijing last week.'), 'Beijing CHN city');
  assert.equal(where('Protesters rallied in the northern city of Mosul.'), 'Mosul IRQ city');
  assert.equal(where('Police raided a house in Pakistan\'s capital Islamabad.'), 'Islamabad PAK city');
  assert.equal(where('Troops fired on protesters in Punjab province, Pakistan.'), 'Punjab PAK admin1');
  assert.equal(where('Police arrested protesters in Moscow.'), 'Moscow RUS city');
});

test('a country name is a country, never a building or a university', () => {
  assert.equal(where('Troops clashed with rebels in Jordan on Monday.'), 'Jordan JOR country');
  assert.equal(where('Police clashed with students at Harvard University.'), '-');
  assert.equal(where('Police clashed with students at the University of Georgia.'), '-');
});

test('a place that is only an actor is no location', () => {
  assert.equal(where('Beijing accuses Washington of meddling.'), '-');
  assert.equal(where('Islamabad criticised Kabul on Monday.'), '-');
  assert.equal(where('China increased its investment in Pakistan.'), '-');
});

test('a comment on an act does not happen where the act did', () => {
  assert.equal(where('Pakistan condemned the attack on its embassy in Kabul.'), '-');
  assert.equal(where('Taiwan accused China of sending warships near Taiwan.'), '-');
  assert.equal(where('Pakistani and Afghan officials condemned the violence at a meeting in Doha.'), 'Doha QAT city');
});

test('no place in a relative clause the verb is not in; water and compass words are no places', () => {
  const text = 'Pakistan, which hosted the talks in Doha, criticised India on Monday.';
  assert.equal(atVerb(text, 'hosted'), 'Doha QAT');
  assert.equal(atVerb(text, 'criticised', '111'), '-');
  assert.equal(where('Houthi rebels attacked a ship in the Red Sea.'), '-');
  assert.equal(where('Police fired tear gas at protesters outside the US embassy in Islamabad.'), 'Islamabad PAK city');
});

test('a verbal act is placed where it was said, not where its topic is', () => {
  assert.equal(where('France raised concerns about the situation in Syria.'), '-');
  assert.equal(where('The Iranian foreign minister criticised Israel at a news conference in Doha.'), 'Doha QAT city');
  assert.equal(where('Russia will hold military exercises near Kaliningrad.'), 'Kaliningrad RUS city');
});

test('institutions and targets are no places', () => {
  assert.equal(where('The Israeli prime minister addressed lawmakers in Congress.'), '-');
  assert.equal(where('Iran fired missiles at the US.'), '-');
  assert.equal(where('Police arrested protesters in Lagos.'), 'Lagos NGA city');
});
