/**
 * Peoples and named bodies built around a country word:
 *   "Iraqi Kurds", "Bosnian Serbs"       a demonym before a people (words.tsv): that country's civilians (CVL)
 *   "ethnic Albanians (in Serbia)"       an ethnic group: the country where it lives, when the text says
 *   "Rwandan Patriotic Front", "Kenya Anti-Corruption Commission"
 *                                        a country word starting a capitalised name that ends in an
 *                                        organisation word: an organisation of that country
 */
import { countryName } from './knowledge.ts';
import { remember, type Ctx, type Step } from './mentions.ts';
import { isCapitalised } from './normalise.ts';
import { countryAhead, evidence, makeMention, tokenText } from './resolve.ts';
import { placeAt } from './roles.ts';
import type { Atom } from './scanner.ts';
import type { Actor } from './state.ts';

const MAX_NAME = 7;

/** "Iraqi Kurds", "Bosnian Serbs": a demonym before the plural name of a people. */
export function peopleAfterDemonym(ctx: Ctx, a: Atom): Step | null {
  const { scan } = ctx;
  if (a.target.type !== 'country' || a.target.form !== 'demonym' || a.possessive) return null;
  // Only peoples (words.tsv): "Chinese Canadians" are Canadians, not a people of China.
  if (!scan.is('people', a.end) || !isCapitalised(scan.token(a.end)!.text)) return null;
  const end = a.end + 1;
  const iso3 = a.target.iso3;
  const text = tokenText(scan.doc, a.start, end);
  return people(ctx, a.start, end, iso3, [evidence(a.target.id, text, `a people of ${countryName(scan.kb, iso3)}: civilians of that country`)]);
}

/**
 * "Albanians of southern Serbia", "Hungarians in Romania": a people (words.tsv) located by a
 * place of another country are civilians of that country, like "ethnic Albanians in Serbia".
 */
export function locatedPeople(ctx: Ctx, a: Atom): Step | null {
  const { scan } = ctx;
  if (a.target.type !== 'country' || a.target.form !== 'plural' || !scan.is('people', a.start) || a.possessive) return null;
  if (!scan.is('located-prep', a.end) && scan.lower(a.end) !== 'of') return null;
  const place = placeAt(scan, a.end + 1);
  if (!place || place.iso3 === a.target.iso3) return null;
  const note = `a people located in ${countryName(scan.kb, place.iso3!)}: civilians of that country`;
  return people(ctx, a.start, place.end, place.iso3!, [evidence('context.ethnic', tokenText(scan.doc, a.start, place.end), note)]);
}

/** "ethnic Albanians", "ethnic Turks in Bulgaria", "ethnic Kurds": token i is "ethnic". */
export function ethnicGroup(ctx: Ctx, i: number): Step | null {
  const { scan, state } = ctx;
  if (scan.lower(i) !== 'ethnic') return null;
  let end = -1;
  let origin: string | null = null;
  const a = scan.atomAt(i + 1);
  if (a?.target.type === 'country' && a.target.form === 'plural') {
    end = a.end;
    origin = a.target.iso3;
  } else if (a?.target.type === 'country' && a.target.form === 'demonym' && scan.is('people', a.end)) {
    end = a.end + 1; // "ethnic Albanian Muslims"
    origin = a.target.iso3;
  } else if (scan.is('people', i + 1)) {
    end = i + 2;
  }
  if (end < 0) return null;
  const group = tokenText(scan.doc, i, end);
  const place = scan.is('located-prep', end) || scan.lower(end) === 'of' ? placeAt(scan, end + 1) : null;
  const home = state.homeOf(origin) ?? countryAhead(scan, end, { not: origin })?.iso3;
  let iso3: string | null;
  let note: string;
  if (place) {
    iso3 = place.iso3;
    end = place.end;
    note = `ethnic group located in ${countryName(scan.kb, iso3!)}: coded with that country`;
  } else if (home) {
    iso3 = home;
    note = `ethnic group: coded with ${countryName(scan.kb, iso3)}, the country the article last named (or names most, or names next)`;
  } else {
    iso3 = origin;
    note = 'ethnic group: no other country named, coded with the demonym';
  }
  if (!iso3) return { end };
  return people(ctx, i, end, iso3, [evidence('context.ethnic', group, note)]);
}

function people(ctx: Ctx, start: number, end: number, iso3: string, ev: ReturnType<typeof evidence>[]): Step {
  const actor: Actor = { code: iso3 + 'CVL', name: countryName(ctx.scan.kb, iso3) ?? iso3, country: iso3, sector: 'CVL', kind: 'state' };
  const m = makeMention(ctx.scan.doc, start, end, actor, ev);
  remember(ctx, m, actor);
  return { end, mention: m };
}

/**
 * "Rwandan Patriotic Front", "Serbian Workers' Union": the country word begins a capitalised name
 * whose last word is an organisation word (words.tsv org-head). Returns the atom stretched over
 * the name, or null ("China Daily", "Pakistan-China Economic Corridor" are no organisations here).
 */
export function organisationName(ctx: Ctx, a: Atom): Atom | null {
  const { scan } = ctx;
  if (a.possessive || scan.headline) return null;
  let head = -1;
  let k = a.end;
  while (k < scan.end && k - a.end < MAX_NAME) {
    const t = scan.token(k)!;
    const w = scan.lower(k);
    const capNext = isCapitalised(scan.token(k + 1)?.text ?? '');
    if (isCapitalised(t.text) && !scan.is('not-name', k) && t.pos !== 'PUNCT') {
      if (scan.is('org-head', k)) head = k;
      k++;
    } else if ((w === 'of' || w === 'for' || w === 'and' || w === '&' || w === "'") && capNext && k > a.end) {
      k++;
    } else if (w === '-' && !t.spaceBefore && capNext && !scan.token(k + 1)!.spaceBefore) {
      k++;
    } else {
      break;
    }
  }
  return head < 0 ? null : { ...a, end: head + 1 };
}
