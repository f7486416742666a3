/** JSON schemas shared by the routes: every query, path and body parameter is checked against one. */

export const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'a day, YYYY-MM-DD' } as const;
export const DYAD = {
  type: 'string',
  pattern: '^[A-Za-z0-9]{0,15}-[A-Za-z0-9]{0,15}$',
  description: 'SOURCE-TARGET actor code prefixes: PAK-CHN matches PAKGOV -> CHNMIL; PAK- and -CHN leave one side free',
} as const;
export const ACTOR = { type: 'string', pattern: '^[A-Za-z0-9]{1,15}$', description: 'actor code prefix on either side of the event (PAK matches PAKGOV)' } as const;
export const CAMEO = { type: 'string', pattern: '^\\d{2,4}$', description: 'CAMEO code prefix: a root (03), base (036) or full code (0311)' } as const;
export const QUAD = { type: 'integer', minimum: 1, maximum: 4, description: 'quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict' } as const;
export const WORDS = { type: 'string', minLength: 1, maxLength: 200, description: 'words that must all occur in the evidence sentence (case-insensitive)' } as const;
const NUM = '-?\\d{1,3}(\\.\\d{1,8})?';
export const BBOX = {
  type: 'string',
  pattern: `^${NUM},${NUM},${NUM},${NUM}$`,
  description: 'location box minLon,minLat,maxLon,maxLat (events with a location inside it)',
} as const;

/** The event filters of /events and /network. */
export const EVENT_FILTERS = {
  dyad: DYAD,
  actor: ACTOR,
  cameo: CAMEO,
  root: { type: 'string', pattern: '^\\d{2}$', description: 'CAMEO root, 2 digits' },
  quad: QUAD,
  from: { ...DATE, description: 'events dated on or after this day' },
  to: { ...DATE, description: 'events dated on or before this day' },
  q: WORDS,
  bbox: BBOX,
} as const;

export const ERROR = {
  type: 'object',
  properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' } },
} as const;
