import type { DatePrecision, Span } from '../document/types.ts';
import type { Direction, Ymd } from './calendar.ts';

export type Tense = 'past' | 'present' | 'future';

export interface DateMention {
  /** Offsets into the ARTICLE text (sentence offset + sentenceStart). */
  span: Span;
  /** The words. */
  text: string;
  /** YYYY-MM-DD | YYYY-MM | YYYY according to precision. */
  value: string;
  precision: DatePrecision;
  /** Id of the rule that read it, e.g. 'chrono.weekday-past', 'year.in', 'month.mid'. */
  rule: string;
  /**
   * Id of the marker that puts the date in a future or planned clause ("will meet on Friday",
   * "scheduled for Thursday"): the day something is planned for, read forward. It never dates an
   * event (planned.ts, docs/DATES.md).
   */
  planned?: string;
  /** Id of the rule that makes it the date of a statement ("said on Tuesday"): a future act stated in the sentence takes it. */
  statement?: string;
  /** This date anchors an offset ("a week after ... on March 3"): the offset's span. */
  anchorFor?: Span;
}

/** A date read from a sentence, offsets relative to the sentence text. */
export interface Candidate {
  start: number;
  end: number;
  value: string;
  precision: DatePrecision;
  rule: string;
  /** Span of the offset phrase this date anchors (event-offsets.ts). */
  anchorFor?: { start: number; end: number };
}

/** What every reader gets: the sentence and the article's point in time. */
export interface ReadContext {
  text: string;
  /** Article date, or null: then nothing relative to it may be returned. */
  pub: Ymd | null;
  /** past for past/present tense (news reports what happened), future for the future tense. */
  dir: Direction;
}
