/**
 * Events of one sentence: every verb (and nominal event) that matches the lexicon, with its
 * source and target from the clause analysis. Pure: returns candidates, assigns no ids.
 */
import type { Evidence, Mention, Token } from '../document/types.ts';
import { verbEntries, type EventLexicon, type LexiconEntry } from './lexicon.ts';
import { matchAt, matchPassiveObject, negatorInside, type PatternMatch } from './match.ts';
import { looksParticiple, type VerbGroup } from './verb-group.ts';
import { SubjectResolver } from './subject.ts';
import { findTarget, clauseEnd, isPreposition } from './clause.ts';
import { codeNominalEvents } from './nominal.ts';
import { breakAfter, type SentenceView } from './sentence-view.ts';
import { isSubjectPronoun, objectPronoun, type Discourse } from './discourse.ts';
import { governedGroup, habitualGerund, reporterOf, unrealisedObject } from './governors.ts';
import { complementCode, contentSubject, demandNounOver, directiveOver, isDirective } from './content.ts';
import { passiveActors, statePassive } from './passive.ts';
import { warningsAsThreats } from './warnings.ts';
import { accusingReports } from './accusing-reports.ts';
import { figurativeModifier, figurativeObject, meetingFigure, placeObject, violentCode, violentProtest, weaponSubject } from './instruments.ts';
import { participleModifier, participleOfNoun, standingRelation } from './participles.ts';
import { arrival, expulsion, jointExercise } from './recodes.ts';
import { gerundOfTime, verbLike } from './verb-like.ts';
import { elidedObject } from './noun-phrases.ts';

export interface EventCandidate {
  sentenceIndex: number;
  sources: Mention[];
  targets: Mention[];
  entry: LexiconEntry;
  match: PatternMatch;
  group: VerbGroup | null;
  evidence: Evidence[];
  /** The CAMEO code of the act a demand or appeal asks for ("demanded that Israel ease ..."): refines 100/020. */
  demanded?: string;
}

export interface SentenceCoding {
  candidates: EventCandidate[];
  /** Verbs that matched a pattern but gave no event, and why (for `dyad explain`). */
  dropped: Array<{ token: number; entry: string; reason: string }>;
}

/** Verbs whose object's act, in the infinitive after them, was done: "forced Iran to resume talks". */
const COMPELLING = new Set(['force', 'compel', 'oblige']);

/** Sources that speak for a state (the state itself, its government, army or police). */
const STATE_SECTORS = new Set(['', 'GOV', 'MIL', 'COP']);

export function codeSentence(view: SentenceView, lexicon: EventLexicon, discourse: Discourse, expand: (m: Mention) => Mention[]): SentenceCoding {
  const { tokens, sentence } = view;
  const candidates: EventCandidate[] = [];
  const dropped: SentenceCoding['dropped'] = [];
  const consumed = new Set<number>();
  const resolver = new SubjectResolver(view, discourse);

  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = tokens[i];
    if (consumed.has(i) || !verbLike(view, i)) continue;
    const entries = verbEntries(lexicon, token);
    if (!entries) continue;
    const governed = governedGroup(tokens, resolver.group(i), sentence.tokenStart, sentence.tokenEnd);
    const scope = { tokens, end: clauseEnd(view, i + 1), mentionAt: view.mentionAt };
    const wide = { tokens, end: breakAfter(view, i + 1), mentionAt: view.mentionAt };
    // "a curfew was imposed": a passive whose subject is the object of a pattern comes first ("the sanctions imposed by" is a noun phrase)
    const group = resolver.group(i);
    const match = (group.passive && group.start < i ? matchPassiveObject(wide, entries, i, group.start) : null) ?? matchAt(wide, entries, i);
    if (!match) continue;
    if (complementCoded(view, lexicon, match)) continue; // "vowed to fight": the complement is the event, its modality from "vowed"
    if (inBeforePhrase(view, match)) {
      // "the speech he gave in Riyadh", "sits in a war room": "in" opens a phrase; no "give in", no sit-in
      dropped.push({ token: i, entry: match.entry.id, reason: '"in" before a noun phrase is a preposition, not a particle' });
      continue;
    }
    if (governed.governingNoun !== undefined && nounCodes(view, lexicon, governed.governingNoun, i)) {
      // "Finland's refusal to extradite": the noun's pattern codes the refusal, with its own code
      dropped.push({ token: i, entry: match.entry.id, reason: `coded by the governing noun ("${tokens[governed.governingNoun].text} to")` });
      continue;
    }
    const possibility = governed.possibility ?? unrealisedObject(tokens, match.matched, match.entry.cameo) ?? habitualGerund(tokens, i);
    if (possibility) {
      // "its ability to provide assistance", "a chance to meet", "announced a possible ban": a possibility, not an act
      dropped.push({ token: i, entry: match.entry.id, reason: `a possibility ("${possibility}"), not an act` });
      continue;
    }
    const helper = helpedBy(view, i);
    if (helper >= 0 && consumed.has(helper)) {
      dropped.push({ token: i, entry: match.entry.id, reason: 'complement of "help" in a coded event: its purpose' });
      continue;
    }
    const content = directiveOver(view, resolver, candidates, resolver.group(i).start);
    if (content) {
      // "demanded that the US cancel ...": what is demanded, of whom; no act of the US
      const { directive } = content;
      for (const k of match.matched) consumed.add(k);
      if (content.direct) directive.demanded ??= match.entry.cameo;
      if (!directive.targets.length) directive.targets = resolver.subjectOf(i).mentions;
      dropped.push({ token: i, entry: match.entry.id, reason: `content of a demand or appeal ("${tokens[directive.match.tokenStart].text}")` });
      continue;
    }
    const demandNoun = demandNounOver(view, resolver, resolver.group(i).start);
    if (demandNoun >= 0) {
      dropped.push({ token: i, entry: match.entry.id, reason: `content of a demand or appeal ("${tokens[demandNoun].text}")` });
      continue;
    }
    const negatedGroup = negatedInside(governed.group, tokens, match);
    // "other villages retaken from the rebels": a participle after a noun that is no actor modifies it (a passive with no "by")
    const question = questionOf(view, negatedGroup.start);
    if (question === 'possible') {
      // "Will China hit back at Japan?": a question about what may happen tells no act, nor anyone's threat
      dropped.push({ token: i, entry: match.entry.id, reason: 'a question about a possible act' });
      continue;
    }
    // "were killed or wounded": a participle joined to a passive verb is passive too
    let before = i - 2; // "prosecuted properly and detained": adverbs after the first participle
    while (tokens[before]?.pos === 'ADV' && before > sentence.tokenStart) before--;
    const joinedPassive = negatedGroup.start === i && /^(and|or)$/.test(tokens[i - 1]?.lower ?? '') && tokens[before]?.pos === 'VERB' && resolver.group(before).passive && looksParticiple(tokens[i]);
    const modified = joinedPassive || participleModifier(view, i, negatedGroup.start) ? { ...negatedGroup, passive: true } : negatedGroup;
    const g = question === 'asked' && !modified.hedged ? { ...modified, hedged: true, markers: [...modified.markers, '?'] } : modified;
    if (g.start === i && participleOfNoun(view, i)) {
      // "joining a militia fighting the rebels": the group fights; it is no actor, and no one further left is its subject
      for (const k of match.matched) consumed.add(k);
      dropped.push({ token: i, entry: match.entry.id, reason: `its subject is "${tokens[i - 1].text}", no actor` });
      continue;
    }
    for (const k of match.matched) consumed.add(k);
    const complements = consumeComplements(tokens, match.tokenStart, match.tokenEnd, scope.end, consumed);

    let sources: Mention[];
    let targets: Mention[];
    const evidence: Evidence[] = [];
    const figureOfMeeting = tokens[i].lemma === 'meet' ? meetingFigure(view, lexicon.instruments, match.tokenEnd, scope.end) : null;
    if (figureOfMeeting) {
      dropped.push({ token: i, entry: match.entry.id, reason: `figurative: met a reaction or a requirement ("${figureOfMeeting}"), no meeting` });
      continue;
    }
    if (g.passive && standingRelation(tokens, g.start, i)) {
      dropped.push({ token: i, entry: match.entry.id, reason: 'a participle describing a standing relation ("Assad, backed by Moscow"): no act' });
      continue;
    }
    if (g.passive && !statePassive(tokens, i)) {
      const passive = passiveActors(view, lexicon, resolver, match, g.start, scope.end, wide.end);
      if (!passive) {
        dropped.push({ token: i, entry: match.entry.id, reason: 'passive without an actor as agent ("by ...")' });
        continue;
      }
      sources = passive.sources;
      evidence.push(...passive.evidence);
      // "a curfew was imposed on the city": the subject is the pattern's object, the target comes after the verb
      targets = passive.patients ?? targetAfter(view, match, sources, expand).filter((t) => !sources.some((s) => s.span.start === t.span.start) && !within(t, sources));
    } else {
      const subject = resolver.subjectOf(i);
      sources = subject.mentions;
      if (!sources.length && violentCode(lexicon.instruments, match.entry.cameo)) {
        // "A car bomb killed 12 people": the weapon stands for an unnamed attacker
        const weapon = weaponSubject(view, lexicon.instruments, resolver.search(g.start).boundary, g.start);
        if (weapon) {
          sources = [weapon];
          evidence.push(...weapon.evidence);
        }
      } else if (sources.length) evidence.push({ stage: 'events', rule: subject.rule, text: sources.map((m) => m.text).join(' + '), ...(subject.note ? { note: subject.note } : {}) });
      const figure = violentCode(lexicon.instruments, match.entry.cameo) && bareVerb(tokens, match) ? figurativeObject(view, lexicon.instruments, match.tokenEnd, scope.end) : null;
      if (figure) {
        // "killed off any challenge to the mayor", "torpedoed the talks": a figure of speech
        dropped.push({ token: i, entry: match.entry.id, reason: `figurative: the object is a thing said or planned ("${figure}")` });
        continue;
      }
      const place = bareVerb(tokens, match) ? placeObject(view, lexicon.instruments, match.entry.cameo, match.tokenEnd, scope.end) : null;
      if (place) {
        // "helped defend the besieged city": fighting for a place, no defence in words
        dropped.push({ token: i, entry: match.entry.id, reason: `a place ("${place}") defended is fought for, not defended in words` });
        continue;
      }
      if (violentCode(lexicon.instruments, match.entry.cameo) && struggleTo(tokens, match)) {
        // "the minister fought hard to keep the talks on track": a struggle for a purpose, no fighting
        dropped.push({ token: i, entry: match.entry.id, reason: 'figurative: "fight to" do something is a struggle, no fighting' });
        continue;
      }
      targets = targetAfter(view, match, sources, expand);
      // "released them", "warned it of sanctions": an object pronoun that refers to an actor is the target
      const object = match.target ? undefined : objectPronoun(discourse, view, i, match.tokenEnd, sources);
      if (object?.mentions.length) {
        targets = object.mentions;
        evidence.push({ stage: 'events', rule: object.rule, text: targets.map((m) => m.text).join(' + '), note: object.note });
      }
    }
    const figureOfWar = violentCode(lexicon.instruments, match.entry.cameo) ? figurativeModifier(view, lexicon.instruments, match.matched, false) : null;
    if (figureOfWar) {
      dropped.push({ token: i, entry: match.entry.id, reason: `figurative: "${figureOfWar}" is no violence` });
      continue;
    }
    if (match.entry.anchor === 'clash' && sources.length && [...sources, ...targets].every(speaksForItself)) {
      // "Macron and Meloni clashed in public": leaders clash in words
      dropped.push({ token: i, entry: match.entry.id, reason: 'a clash between persons is a dispute in words, no fighting' });
      continue;
    }
    if (!sources.length) {
      dropped.push({ token: i, entry: match.entry.id, reason: 'no source actor in the clause' });
      consumed.delete(i); // "Fighting between A and B resumed": the word may still be a nominal event
      // "Sanctions forced Iran to resume talks": what a verb of compulsion made its object do is done, and still codes
      if (COMPELLING.has(token.lemma)) for (const k of complements) consumed.delete(k);
      continue;
    }
    resolver.sources.set(i, sources);
    const condition = conditionOf(view, resolver, resolver.group(i).start);
    if (condition) {
      // "if Assad used chemical weapons again": a condition, not something that happened
      dropped.push({ token: i, entry: match.entry.id, reason: `hypothetical: inside a "${condition}" clause` });
      continue;
    }
    if ((match.entry.cameo === '042' || match.entry.cameo === '043') && match.entry.pattern.endsWith(' to') && tokens[match.tokenEnd]?.pos === 'VERB') {
      // "travelled to join Isis": "to" opens a purpose, there is no destination
      dropped.push({ token: i, entry: match.entry.id, reason: '"to" before a verb: a purpose, not a destination' });
      continue;
    }
    let recode: string | null = null;
    const arrived = match.entry.cameo === '042' ? arrival(view, sources, targets) : null;
    if (arrived && 'drop' in arrived) {
      dropped.push({ token: i, entry: match.entry.id, reason: arrived.drop });
      continue;
    }
    const refined = arrived ?? jointExercise(view, match.entry.cameo, match, sources, targets) ?? expulsion(match.entry.cameo, targets);
    if (refined) {
      recode = refined.cameo;
      evidence.push(refined.evidence);
      if ('mutual' in refined) targets = [];
    }
    if (g.obligation && !g.negated && !g.passive) {
      // "Britain said Sudan must withdraw": Britain demands it of Sudan; a bare "Sudan must withdraw" is no act
      const reporter = reporterOf(view, resolver, g.start);
      if (!reporter.length) {
        dropped.push({ token: i, entry: match.entry.id, reason: 'obligation ("must") with no reporting actor: not an act' });
        continue;
      }
      evidence.push({ stage: 'events', rule: 'clause.obligation-reporter', text: reporter.map((m) => m.text).join(' + ') });
      targets = sources;
      sources = reporter;
    } else {
      // "Kenya said Somali militants had attacked ...": the event is the militants'; Kenya reports it
      const reporter = reporterOf(view, resolver, g.start).filter((m) => !sources.some((s) => s.code === m.code));
      if (reporter.length) evidence.push({ stage: 'events', rule: 'reported-speech', text: reporter.map((m) => m.text).join(' + '), note: reporter.map((m) => m.code).join(' + ') });
    }
    if (governed.rule) evidence.push({ stage: 'events', rule: governed.rule, text: governed.text });
    const demanded = isDirective(match.entry) ? complementCode(view, lexicon, complements) : undefined;
    if (isDirective(match.entry) && !targets.length) targets = contentSubject(view, match);
    if (violentCode(lexicon.instruments, match.entry.cameo)) targets = targets.map(capitalAsPlace); // "suicide bombers attacked Kabul": the city, not the Afghan government
    // "protesters stormed a police station": a violent protest (145), not an assault by civilians
    const riot = violentProtest(lexicon.instruments, match.entry.cameo, sources);
    if (riot) evidence.push({ stage: 'events', rule: 'event.violent-protest', text: sources.map((m) => m.text).join(' + '), note: `${match.entry.cameo} by protesters is CAMEO 145` });
    recode ??= riot ? '145' : null;
    candidates.push({ sentenceIndex: sentence.index, sources, targets, entry: recode ? { ...match.entry, cameo: recode } : match.entry, match, group: g, evidence, demanded });
  }
  codeNominalEvents(view, lexicon, consumed, candidates, dropped);
  return { candidates: accusingReports(view, warningsAsThreats(view, sharedAddressees(candidates), dropped)), dropped };
}

/**
 * A bare governing entry ("vow to", "agree to", "reach a consensus to") whose complement verb has an entry of its own:
 * the complement codes the event ("swore to fight" is a threat of force, not a pledge).
 */
function complementCoded(view: SentenceView, lexicon: EventLexicon, match: PatternMatch): boolean {
  const { entry } = match;
  if (entry.pattern !== `${entry.anchor} to` && !(entry.cameo === '030' && entry.pattern.endsWith(' to'))) return false;
  const { tokens } = view;
  let j = match.tokenEnd;
  while (tokens[j]?.pos === 'ADV') j++;
  if (j >= view.sentence.tokenEnd || !verbLike(view, j)) return false;
  const entries = verbEntries(lexicon, tokens[j]);
  return entries !== undefined && matchAt({ tokens, end: breakAfter(view, j + 1), mentionAt: view.mentionAt }, entries, j) !== null;
}

/** "to help defend", "to help him oust": the "help" whose bare infinitive is verb `i`, or -1. */
function helpedBy(view: SentenceView, i: number): number {
  const { tokens, sentence } = view;
  let j = i - 1;
  const object = view.mentionCovering(j);
  if (object) j = object.tokenStart - 1;
  else if (tokens[j]?.pos === 'PRON') j--;
  return j >= sentence.tokenStart && tokens[j].lemma === 'help' ? j : -1;
}

/** The target of a match with these sources: the pattern's own, else the clause's after the verb (never a source's own country or a member). */
function targetAfter(view: SentenceView, match: PatternMatch, sources: Mention[], expand: (m: Mention) => Mention[]): Mention[] {
  if (match.target) return [match.target];
  if (match.entry.cameo === '0831') return []; // "quit over Trump's decision": a resignation is aimed at no one

  const members = sources.flatMap(expand);
  const exclude = new Set(members.map((m) => m.code));
  const countries = new Set(members.flatMap((m) => (m.country ? [m.country] : [])));
  const states = new Set(members.flatMap((m) => (m.country && STATE_SECTORS.has(m.sector ?? '') ? [m.country] : [])));
  const persons = new Set(members.filter((m) => m.kind === 'person').map((m) => m.name));
  const found = findTarget(view, match.tokenStart + 1, exclude, countries, states, match.entry.cameo, match.matched, persons.size === members.length ? persons : new Set());
  // "killed three policemen and wounded five": the count stands for the noun of the verb before
  const elided = found.length ? undefined : elidedObject(view, match.tokenEnd - 1, match.tokenStart);
  return elided && !exclude.has(elided.code) ? [elided] : found;
}

/** Is the mention inside the phrase of these actors ("by A, B and Iran's Zarif": Iran is no target)? */
function within(m: Mention, actors: readonly Mention[]): boolean {
  return actors.length > 0 && m.tokenStart >= Math.min(...actors.map((a) => a.tokenStart)) && m.tokenEnd <= Math.max(...actors.map((a) => a.tokenEnd));
}

/** "vowed not to return", "reached no agreement": a negator inside the pattern negates it ("not to" refuses). */
function negatedInside(g: VerbGroup, tokens: Token[], match: PatternMatch): VerbGroup {
  const at = negatorInside(tokens, match);
  if (at < 0) return g;
  const refusal = g.refusal || g.future || tokens[at + 1]?.lower === 'to';
  return { ...g, negated: true, refusal, markers: [...g.markers, tokens[at].text] };
}

/** Complement verbs of a matched verb ("agreed to deepen", "for negotiating") belong to its event. */
function consumeComplements(tokens: Token[], start: number, from: number, end: number, consumed: Set<number>): number[] {
  const out: number[] = [];
  // "accused X of torturing", "accused X of violating human rights": the match's own gerund heads a list
  let last = -1;
  for (let k = start + 1; k < from; k++) if (tokens[k].lower.endsWith('ing') && tokens[k].pos !== 'PROPN') last = k;
  for (let i = from; i < end; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB' || gerundOfTime(tokens, i)) continue;
    const prev = tokens[i - 1];
    const gerund = t.lower.endsWith('ing');
    // "accused X of violating rights, ignoring the law and sending ...": conjoined gerunds share the complement
    const conjoined = gerund && last >= 0 && (prev?.lower === 'and' || prev?.lower === 'or' || (prev?.text === ',' && listGoesOn(tokens, i + 1, end)));
    if (prev?.lower === 'to' || (gerund && prev !== undefined && isPreposition(prev)) || conjoined) {
      consumed.add(i);
      out.push(i);
      last = i;
    }
  }
  return out;
}

/** A list of gerunds continues after `from`: "..., ignoring the law and sending ...". */
function listGoesOn(tokens: Token[], from: number, end: number): boolean {
  for (let i = from; i < end - 1; i++) if ((tokens[i].lower === 'and' || tokens[i].lower === 'or') && tokens[i + 1].pos === 'VERB' && tokens[i + 1].lower.endsWith('ing')) return true;
  return false;
}

/** Passive patient inside a phrase before the verb: "A proposal by the United States was blocked". */

const CONDITIONS = new Set(['if', 'unless', 'whether']);
/** "must agree before they demobilize", "until it withdraws": a temporal clause in the present tense tells of the future. */
const FUTURE_TEMPORAL = new Set(['before', 'until']);

/** The conditional word opening the clause of a verb group, if any ("if", "unless", "whether"; "before" with a present verb). */
function conditionOf(view: SentenceView, resolver: SubjectResolver, groupStart: number): string | null {
  const at = resolver.search(groupStart).boundary;
  const v = view.tokens[groupStart];
  const present = v.lower === v.lemma || v.lower === `${v.lemma}s` || /^(is|are|has|does)$/.test(v.lower);
  // "only if they seek help": the boundary may be the clause's subject pronoun, right after "if"
  const word = [view.tokens[at], isSubjectPronoun(view.tokens[at]?.lower ?? '') ? view.tokens[at - 1] : undefined].find((t) => t && (CONDITIONS.has(t.lower) || (present && FUTURE_TEMPORAL.has(t.lower))));
  return word ? word.lower : null;
}

const PARTICLES = new Set(['off', 'up', 'down', 'out']);

/** The match ends with its verb or the verb's particle ("killed off", "attempting to kill"): its object is not part of the pattern. */
function bareVerb(tokens: Token[], match: PatternMatch): boolean {
  const last = tokens[Math.max(...match.matched)];
  return last.pos === 'VERB' || PARTICLES.has(last.lower);
}

/** Verbs whose bare "in" is a particle ("gave in", "caved in", "sat in"), never a place's preposition as in "arrived in". */
const IN_PARTICLE_VERBS = new Set(['give', 'sit', 'cave']);

/** A bare particle "verb in" pattern whose "in" opens a noun phrase or a named place: "gave in Riyadh", "sits in a room". */
function inBeforePhrase(view: SentenceView, match: PatternMatch): boolean {
  const { tokens } = view;
  const last = match.matched[match.matched.length - 1];
  if (match.matched.length !== 2 || tokens[last].lower !== 'in' || last !== match.tokenEnd - 1 || !IN_PARTICLE_VERBS.has(tokens[match.tokenStart].lemma)) return false;
  const next = tokens[last + 1];
  return next !== undefined && (view.mentionAt.has(last + 1) || ['DET', 'PROPN', 'NUM', 'NOUN', 'PRON'].includes(next.pos));
}

/** A pattern of the noun at `noun` (nouns.tsv) matches there and takes in the verb at `verb`. */
function nounCodes(view: SentenceView, lexicon: EventLexicon, noun: number, verb: number): boolean {
  const { tokens } = view;
  const entries = lexicon.nouns.get(tokens[noun].lemma) ?? lexicon.nouns.get(tokens[noun].lower);
  const match = entries ? matchAt({ tokens, end: clauseEnd(view, noun + 1), mentionAt: view.mentionAt }, entries, noun) : null;
  return match !== null && match.matched.includes(verb);
}

const POLITICAL_SECTORS = new Set(['GOV', 'LEG', 'OPP', 'PTY', 'JUD', 'ELI']);

/** A person, or a political office named by its title ("the Brazilian president"): its clashes are in words. */
function speaksForItself(m: Mention): boolean {
  return m.kind === 'person' || (POLITICAL_SECTORS.has(m.sector ?? '') && m.evidence.some((e) => e.rule.startsWith('title.')));
}

/** "fought hard to keep", "battling to save": the fighting verb alone, then "to" and a verb. */
function struggleTo(tokens: Token[], match: PatternMatch): boolean {
  if (match.matched.length !== 1 || !['fight', 'battle', 'struggle'].includes(tokens[match.tokenStart].lemma)) return false;
  let k = match.tokenEnd;
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.lower === 'hard') k++;
  return tokens[k]?.lower === 'to' && tokens[k + 1]?.pos === 'VERB';
}

const QUESTION_MODALS = new Set(['will', 'would', 'could', 'can', 'should', 'shall', 'might', 'may']);

/**
 * A question asks, it does not tell: with a modal before the verb ("Will Russia hit back at the
 * US?") it is about a possible act ('possible'); any other verb of a question is hedged ('asked').
 */
function questionOf(view: SentenceView, groupStart: number): 'possible' | 'asked' | null {
  const { tokens, sentence } = view;
  let last = sentence.tokenEnd - 1;
  while (last > sentence.tokenStart && /^["'“”’»)]$/.test(tokens[last].text)) last--;
  if (tokens[last]?.text !== '?') return null;
  for (let k = sentence.tokenStart; k < groupStart; k++) if (QUESTION_MODALS.has(tokens[k].lower)) return 'possible';
  return 'asked';
}

/** A capital read as its government ("Paris" = FRAGOV) that is attacked is the city: the country as a place. */
function capitalAsPlace(m: Mention): Mention {
  const capital = m.evidence.find((e) => e.rule.startsWith('wc.capital.'));
  if (!capital || m.sector !== 'GOV' || m.country === null || m.evidence.some((e) => e.rule.startsWith('title.'))) return m;
  const evidence = [...m.evidence, { stage: 'events' as const, rule: 'event.capital-attacked', text: m.text, note: 'a capital that is attacked is the city, not its government' }];
  return { ...m, code: m.country, sector: null, evidence };
}

/**
 * "It demanded the release of the crew and called on Jakarta to return the vessel": a demand
 * with no addressee of its own, conjoined with one that names it, is made of the same actor.
 */
function sharedAddressees(candidates: EventCandidate[]): EventCandidate[] {
  return candidates.map((c, n) => {
    const next = candidates[n + 1];
    if (!next || c.targets.length || !isDirective(c.entry) || !isDirective(next.entry) || !next.targets.length) return c;
    if (!next.evidence.some((e) => e.rule === 'clause.conjoined') || next.sources.some((s, k) => s.code !== c.sources[k]?.code)) return c;
    return { ...c, targets: next.targets, evidence: [...c.evidence, { stage: 'events', rule: 'clause.conjoined-addressee', text: next.targets.map((m) => m.text).join(' + ') }] };
  });
}
