/**
 * What the recognisers remember while reading one article, in order: countries named so far
 * (for the article's dominant country), the last country of each role, persons by name and
 * surname, acronyms defined in the text, and the actors in order (for "the two countries").
 * One ArticleState per findMentions call: nothing survives between documents.
 */
import type { ActorKind, Mention } from '../document/types.ts';

export interface Actor {
  code: string;
  name: string;
  country: string | null;
  sector: string | null;
  kind: ActorKind;
  /** Set when an actor dictionary entry coded it (its dated codes, for the event's date). */
  dictionary?: Mention['dictionary'];
}

export interface Remembered {
  actor: Actor;
  /** The words of the mention that named it. */
  text: string;
  sentence: number;
  /** The titles.tsv id of the role word that named it, when a role did ("title.envoy"). */
  head?: string;
  /** Its country was inferred (context.*, coref.*), not stated by the text. */
  inferred?: boolean;
  /** The token after the mention (mentions recorded by remember()). */
  tokenEnd?: number;
}

export interface PersonRecord extends Remembered {
  keys: string[];
}

export class ArticleState {
  private readonly scores = new Map<string, { score: number; first: number }>();
  private seen = 0;
  readonly roles = new Map<string, Remembered>();
  readonly persons: PersonRecord[] = [];
  readonly surnames = new Map<string, PersonRecord>();
  readonly acronyms = new Map<string, Remembered>();
  /** Unknown organisations read from their name (unknown-organisations.ts), by token keys. */
  readonly organisations = new Map<string, Remembered>();
  /** Where the report was filed (dateline.ts): the home of offices the text gives no country. */
  dateline: { iso3: string; text: string } | null = null;
  /** Actors in the order they were mentioned (collectives add their members). */
  readonly recent: Remembered[] = [];

  /**
   * Count a mention of a country. A country stated with one of its institutions ("Pakistan's
   * Cabinet", "Chinese President") weighs 2: an article names its home country's offices.
   */
  countCountry(iso3: string, weight: number): void {
    const s = this.scores.get(iso3);
    if (s) s.score += weight;
    else this.scores.set(iso3, { score: weight, first: this.seen++ });
  }

  /** The most mentioned country so far (other than `except`); ties go to the one mentioned first. */
  dominant(except?: string): { iso3: string; score: number } | undefined {
    let best: { iso3: string; score: number; first: number } | undefined;
    for (const [iso3, s] of this.scores) {
      if (iso3 === except) continue;
      if (!best || s.score > best.score || (s.score === best.score && s.first < best.first)) best = { iso3, ...s };
    }
    return best && { iso3: best.iso3, score: best.score };
  }

  /**
   * Where an ethnic group of `origin` lives: the last country named as such (not one of its
   * institutions) other than origin, else the most mentioned other country.
   */
  homeOf(origin: string | null): string | undefined {
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const a = this.recent[k].actor;
      if (a.kind === 'state' && a.sector === null && a.country && a.country !== origin) return a.country;
    }
    const top = this.dominant();
    return top && top.iso3 !== origin ? top.iso3 : undefined;
  }

  /**
   * Of `homelands`, the one the article names most so far (its focus: a passing "fled to Iraq" in a
   * story from Syria does not move it), ties to the one named last; undefined when it names none.
   */
  homeAmong(homelands: readonly string[]): string | undefined {
    const top = Math.max(0, ...homelands.map((c) => this.scores.get(c)?.score ?? 0));
    const tied = homelands.filter((c) => top > 0 && (this.scores.get(c)?.score ?? 0) === top);
    if (tied.length < 2) return tied[0];
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const c = this.recent[k].actor.country;
      if (c && tied.includes(c)) return c;
    }
    return tied[0];
  }

  addPerson(record: PersonRecord): void {
    this.persons.push(record);
    if (record.keys.length < 2) return;
    this.surnames.set(record.keys[record.keys.length - 1], record);
    // Chinese and Korean names put the family name first ("Xi Jinping" -> "Xi").
    const first = record.keys[0];
    if (record.keys.length === 2 && first.length <= 2) this.surnames.set(first, record);
  }

  /** The person whose full name starts at keys[i], longest first. */
  personAt(keys: readonly string[], i: number, end: number): { record: PersonRecord; end: number } | undefined {
    let best: { record: PersonRecord; end: number } | undefined;
    for (const p of this.persons) {
      const n = p.keys.length;
      if (n < 2 || i + n > end || (best && best.end - i >= n)) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = keys[i + k] === p.keys[k] || (k === n - 1 && keys[i + k] === p.keys[k] + "'s");
      if (ok) best = { record: p, end: i + n };
    }
    return best;
  }
}
