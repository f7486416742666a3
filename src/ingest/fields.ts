/**
 * Field names shared by the record readers (JSONL, CSV): which input keys
 * fill which Article field, first match wins; everything else goes to extra.
 */

export const TEXT_KEYS = ['text', 'body', 'content'] as const;
export const DATE_KEYS = ['published', 'date', 'publish_date'] as const;
export const ID_KEYS = ['id'] as const;
export const STRING_FIELDS = ['url', 'title', 'source'] as const;

export type StringField = (typeof STRING_FIELDS)[number];
