/**
 * Word lists of the places stage. The actor lexicon's word classes (lexicon/actors/words.tsv:
 * place-prep, building, org-head, not-name) are reused as they are; these are the few the actor
 * stage does not need.
 */
import { COMPASS } from '../actors/roles.ts';

export interface PlaceWords {
  /** "in", "at", "near" ...: a place after them is where something happened. */
  preps: ReadonlySet<string>;
  /** "House", "University", "Hotel": a name followed by one is a building, not the town. */
  buildings: ReadonlySet<string>;
  /** Capitalised words that are never a place (months, weekdays, honorifics). */
  notNames: ReadonlySet<string>;
}

/** The actor lexicon's word classes as the places stage reads them (ActorKnowledge.words). */
export function placeWords(classes: ReadonlyMap<string, ReadonlySet<string>>): PlaceWords {
  const get = (c: string) => classes.get(c) ?? new Set<string>();
  return {
    preps: get('place-prep'),
    buildings: new Set([...get('building'), ...get('org-head'), ...EXTRA_BUILDINGS]),
    notNames: get('not-name'),
  };
}

/** Names of institutions the actor lexicon files as organisations rather than buildings. */
const EXTRA_BUILDINGS = ['embassy', 'consulate', 'parliament', 'airbase', 'port', 'prison', 'jail', 'museum', 'tower', 'towers', 'plaza', 'gate', 'market', 'bazaar', 'valley'];

/** Words before "to" that make the place after it a destination reached: "a trip to Beijing". */
export const TRAVEL_BEFORE_TO: ReadonlySet<string> = new Set([
  'trip', 'visit', 'travel', 'journey', 'tour', 'fly', 'arrive', 'go', 'come', 'return', 'head', 'mission', 'voyage', 'sail', 'drive', 'march', 'walk', 'move', 'deploy', 'dispatch', 'send',
]);
/** Verbs whose direct object, when a place, is where the event happened: "visited Beijing". */
export const PLACE_OBJECT_VERBS: ReadonlySet<string> = new Set(['visit', 'tour']);
/** Nouns before "in" that make it no location: "investment in China", "interference in Pakistan". */
export const NOT_LOCATIVE_BEFORE: ReadonlySet<string> = new Set([
  'interest', 'interests', 'investment', 'investments', 'invest', 'role', 'stake', 'confidence', 'faith', 'trust', 'involvement', 'interference',
  'meddling', 'intervention', 'change', 'increase', 'rise', 'fall', 'decline', 'participation', 'share', 'belief', 'believe', 'interfere', 'meddle', 'intervene', 'invested', 'interested', 'involved', 'born',
]);
/** Words skipped between a preposition and a place name: "in the northern city of Mosul". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'capital', 'city', 'town', 'village', 'province', 'state', 'region', 'district', 'county', 'port', 'border', 'area', 'territory',
  'suburbs', 'outskirts', 'heart', 'centre', 'center', 'of', ',', 'provincial', 'federal', 'restive', 'neighbouring', 'neighboring', 'nearby',
  'coastal', 'southern', 'northern', 'eastern', 'western', 'central', 'historic', 'ancient', 'troubled', 'disputed', 'remote', 'tribal',
  'commercial', 'financial', 'port', 'garrison', 'holy', 'frontier', 'mountainous', 'country', "'s", 'downtown', 'streets',
  ...COMPASS,
]);
/** After a name: the feature it must be ("Punjab province", "Washington state", "Moscow city"). */
export const FEATURE_AFTER: ReadonlyMap<string, 'admin1' | 'city'> = new Map([
  ['province', 'admin1'], ['state', 'admin1'], ['region', 'admin1'], ['city', 'city'], ['town', 'city'],
]);
/** Before a name: "the city of Mosul", "the province of Sindh". */
export const FEATURE_BEFORE: ReadonlyMap<string, 'admin1' | 'city'> = new Map([
  ['province', 'admin1'], ['state', 'admin1'], ['region', 'admin1'], ['city', 'city'], ['town', 'city'], ['village', 'city'], ['capital', 'city'],
]);
/** A name ending in one of these, or followed by one, is water, not the land unit of that name ("the Red Sea"). */
export const WATER: ReadonlySet<string> = new Set(['sea', 'ocean', 'gulf', 'strait', 'straits', 'river', 'lake', 'bay', 'channel', 'canal', 'shoal', 'island', 'islands']);

/** CAMEO roots (and codes) of comments on other acts: statements, appeals, meetings, praise, demands, disapproval, rejection, threats. */
export const COMMENT_CODES: readonly string[] = ['01', '02', '04', '051', '10', '11', '12', '13'];
/** Nouns of acts a comment is about: "condemned the attack on its embassy in Kabul" was not in Kabul. */
export const ACT_NOUNS: ReadonlySet<string> = new Set([
  'attack', 'bombing', 'blast', 'explosion', 'killing', 'strike', 'airstrike', 'raid', 'violence', 'clash', 'shooting', 'massacre',
  'crackdown', 'arrest', 'detention', 'fighting', 'offensive', 'incursion', 'operation', 'invasion', 'occupation', 'election', 'vote',
  'referendum', 'test', 'execution', 'assassination', 'murder', 'abduction', 'kidnapping', 'death', 'deployment', 'exercise', 'drill',
]);
/** Verbal acts (statements, appeals, praise, demands, disapproval, rejection, threats): said somewhere, about something. */
export const VERBAL_CODES: readonly string[] = ['01', '02', '051', '10', '11', '12', '13'];
/** Nouns that may stand between a verbal act and where it was said: "told reporters in Kabul", "said at a news conference in Doha". */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'reporter', 'journalist', 'statement', 'conference', 'meeting', 'speech', 'interview', 'summit', 'talk', 'news', 'briefing', 'rally',
  'gathering', 'ceremony', 'session', 'forum', 'visit', 'trip', 'audience', 'crowd', 'supporter', 'parliament', 'lawmaker', 'television',
  'broadcast', 'address', 'event', 'dinner', 'lunch', 'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Relative pronouns and subordinators that open a clause of their own (clauses.ts): a place in it is not the scene of a verb outside it. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose', 'while', 'whereas', 'although', 'though', 'because']);
/** Open a clause after a comma or dash (", as foreign ministers gathered in Brussels"), or before a verb ("as the army withdrew"). */
export const OPENERS_AFTER_COMMA: ReadonlySet<string> = new Set(['as']);
/** Open a clause only when a verb follows before any preposition: "after Trump confirmed", not "after a raid in Kabul". */
export const OPENERS_BEFORE_VERB: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'once']);
/** Open a clause after a comma, right before a verb: ", and slash the numbers deployed in Afghanistan". */
export const CONJUNCTS: ReadonlySet<string> = new Set(['and', 'but']);
