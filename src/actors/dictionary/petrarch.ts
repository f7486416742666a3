/**
 * The PETRARCH / Phoenix `.actors` dictionary format, read and written (see docs/ACTORS.md):
 *
 *   BARACK_OBAMA_            # a primary name starts an entry; a [CODE] may follow on the line
 *   +OBAMA_                  # synonyms
 *       [USAELI 080101-090119]
 *       [USAGOV >090120]     # from 2009-01-20 on; <YYMMDD: until; A-B: a range (inclusive)
 *
 * Names are upper case with words joined by underscores (a trailing underscore is dropped).
 * `#` starts a comment anywhere on a line; blank lines separate entries. A bad line is a
 * DyadError naming file and line; `parseActors` turns it into a diagnostic and skips the entry.
 */
import type { Diagnostic } from '../../document/types.ts';
import { DyadError } from '../../util/errors.ts';
import { addCode, isActorCode, isCalendarDate, type ActorCode } from './codes.ts';

/** Two-digit years below the pivot are 20YY, the others 19YY: 49 -> 2049, 50 -> 1950. */
export const TWO_DIGIT_YEAR_PIVOT = 50;

export interface PetrarchEntry {
  /** Words joined by single spaces, upper case: "BARACK OBAMA". */
  name: string;
  aliases: string[];
  codes: ActorCode[];
  /** 1-based line of the primary name. */
  line: number;
}

export interface ParseResult {
  entries: PetrarchEntry[];
  diagnostics: Diagnostic[];
}

type Where = { file: string; line: number };

function fail(reason: string, where: Where): never {
  throw new DyadError('INPUT_INVALID', reason, where);
}

/** YYMMDD (two-digit year rule above) or YYYYMMDD -> YYYY-MM-DD. */
export function parseDictDate(text: string, where: Where): string {
  const m = /^(\d{2}|\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) fail(`bad date "${text}": expected YYMMDD or YYYYMMDD`, where);
  let year = Number(m[1]);
  if (m[1].length === 2) year += year < TWO_DIGIT_YEAR_PIVOT ? 2000 : 1900;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isCalendarDate(year, month, day)) fail(`bad date "${text}": no such day`, where);
  return `${String(year).padStart(4, '0')}-${m[2]}-${m[3]}`;
}

/** YYYY-MM-DD -> YYMMDD when the two-digit rule reads it back to the same year, else YYYYMMDD. */
export function formatDictDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const year = Number(y);
  const lo = 1900 + TWO_DIGIT_YEAR_PIVOT;
  return year >= lo && year < lo + 100 ? `${y.slice(2)}${m}${d}` : `${y}${m}${d}`;
}

/** The inside of one bracket group: `USAGOV`, `USAGOV >090120`, `USAELI <090119`, `USAELI 780101-000101`. */
export function parseCodeGroup(inner: string, where: Where): ActorCode {
  const m = /^\s*(\S+)\s*(.*?)\s*$/.exec(inner);
  if (!m || m[1] === '') fail('empty code "[]"', where);
  const code = m[1].toUpperCase();
  if (!isActorCode(code)) fail(`bad code "${m[1]}": letters and digits only`, where);
  const restriction = m[2].replace(/\s+/g, '');
  if (restriction === '') return { code };
  if (restriction.startsWith('>')) return { code, from: parseDictDate(restriction.slice(1), where) };
  if (restriction.startsWith('<')) return { code, until: parseDictDate(restriction.slice(1), where) };
  const range = /^(\d+)-(\d+)$/.exec(restriction);
  if (!range) fail(`bad date restriction "${m[2]}" for ${code}: expected >YYMMDD, <YYMMDD or YYMMDD-YYMMDD`, where);
  const from = parseDictDate(range[1], where);
  const until = parseDictDate(range[2], where);
  if (from > until) fail(`date range of ${code} ends (${until}) before it starts (${from})`, where);
  return { code, from, until };
}

/** A dictionary name ("BARACK_OBAMA_", "Barack Obama") -> "BARACK OBAMA"; throws when unusable. */
export function normaliseName(text: string, where?: Where): string {
  const name = text.split(/[_\s]+/).filter(Boolean).join(' ').toUpperCase();
  const at = where ?? { file: '', line: 0 };
  if (name === '') fail('empty name', at);
  if (/[#[\]<>{}]/.test(name) || name.startsWith('+')) fail(`bad name "${text.trim()}": "#", "[", "]", "<", ">", "{", "}" and a leading "+" are not allowed`, at);
  return name;
}

export interface ParsedLine {
  kind: 'name' | 'alias' | 'codes';
  /** The name or alias (kind name/alias). */
  text: string;
  codes: ActorCode[];
}

/** One line without its comment; null for a blank line. Throws DyadError on a broken line. */
export function parseLine(raw: string, where: Where): ParsedLine | null {
  const hash = raw.indexOf('#');
  const content = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
  if (content === '') return null;
  let text = '';
  const groups: string[] = [];
  let open = -1;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (ch === '[') {
      if (open >= 0) fail('"[" inside a code: missing "]"', where);
      open = i;
    } else if (ch === ']') {
      if (open < 0) fail('"]" without "["', where);
      groups.push(content.slice(open + 1, i));
      open = -1;
    } else if (open < 0) {
      if (groups.length > 0 && !/\s/.test(ch)) fail(`text after a code: "${content.slice(i)}"`, where);
      text += ch;
    }
  }
  if (open >= 0) fail('"[" without "]"', where);
  const codes = groups.map((g) => parseCodeGroup(g, where));
  text = text.trim();
  if (text === '') return { kind: 'codes', text: '', codes };
  if (text.startsWith('+')) return { kind: 'alias', text: normaliseName(text.slice(1), where), codes };
  return { kind: 'name', text: normaliseName(text, where), codes };
}

function reasonOf(error: DyadError): string {
  const prefix = error.file ? `${error.file}${error.line ? `:${error.line}` : ''}: ` : '';
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

/** Parse a whole `.actors` file. Bad entries are skipped with an error diagnostic each. */
export function parseActors(text: string, file: string): ParseResult {
  const entries: PetrarchEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  // the entry being read; bad: a line of it failed, the rest of it is skipped
  let current: { entry: PetrarchEntry; bad: boolean } | null = null;
  const report = (line: number, message: string, code = 'actors-invalid') =>
    diagnostics.push({ severity: 'error', file, line, code, message });
  const close = () => {
    if (current && !current.bad) {
      const { entry } = current;
      if (entry.codes.length === 0) report(entry.line, `actor ${entry.name} has no code; entry skipped`, 'actors-no-code');
      else entries.push(entry);
    }
    current = null;
  };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const where = { file, line: i + 1 };
    if (raw.trim() === '') {
      close();
      continue;
    }
    let parsed: ParsedLine | null;
    try {
      parsed = parseLine(raw, where);
    } catch (error) {
      if (!(error instanceof DyadError)) throw error;
      const startsEntry = !/^\s*[+[]/.test(raw) && !/^\s*\]/.test(raw);
      const name = current && !startsEntry ? ` ${current.entry.name}` : '';
      report(i + 1, `${reasonOf(error)}; entry${name} skipped`);
      if (startsEntry) close();
      if (current) current.bad = true;
      else current = { entry: { name: '', aliases: [], codes: [], line: i + 1 }, bad: true };
      continue;
    }
    if (parsed === null) continue; // a comment line
    if (parsed.kind === 'name') {
      close();
      current = { entry: { name: parsed.text, aliases: [], codes: [], line: i + 1 }, bad: false };
    } else if (current === null) {
      report(i + 1, `${parsed.kind === 'alias' ? 'synonym' : 'code'} before any actor name; line skipped`);
      current = { entry: { name: '', aliases: [], codes: [], line: i + 1 }, bad: true };
      continue;
    } else if (parsed.kind === 'alias') {
      const { entry } = current;
      if (parsed.text !== entry.name && !entry.aliases.includes(parsed.text)) entry.aliases.push(parsed.text);
    }
    for (const c of parsed.codes) addCode(current.entry.codes, c);
  }
  close();
  return { entries, diagnostics };
}

/** "BARACK OBAMA" -> "BARACK_OBAMA". */
export function formatName(name: string): string {
  return normaliseName(name).replace(/ /g, '_');
}

export function formatCode(c: ActorCode): string {
  if (c.from && c.until) return `[${c.code} ${formatDictDate(c.from)}-${formatDictDate(c.until)}]`;
  if (c.from) return `[${c.code} >${formatDictDate(c.from)}]`;
  if (c.until) return `[${c.code} <${formatDictDate(c.until)}]`;
  return `[${c.code}]`;
}

/** Write entries as a `.actors` file; `header` lines become `#` comments at the top. */
export function formatActors(entries: ReadonlyArray<Pick<PetrarchEntry, 'name' | 'aliases' | 'codes'>>, header: string[] = []): string {
  const out: string[] = header.map((h) => `# ${h}`);
  if (out.length) out.push('');
  for (const e of entries) {
    out.push(formatName(e.name));
    for (const a of e.aliases) out.push(`+${formatName(a)}`);
    for (const c of e.codes) out.push(`\t${formatCode(c)}`);
    out.push('');
  }
  return out.join('\n');
}
