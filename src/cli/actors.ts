/** `dyad actors ...`: list, show, add, edit, import and export the persistent actor dictionary. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DyadError } from '../util/errors.ts';
import { printDiagnostic } from './diagnostics.ts';
import { addCode, codeAt, describeCode, isActorCode, isIsoDate, type ActorCode } from '../actors/dictionary/codes.ts';
import { formatActors, parseActors } from '../actors/dictionary/petrarch.ts';
import { ActorDictionary, addAlias, type ActorEntry } from '../actors/dictionary/store.ts';
import { addDictionaryOption, dictionaryPath } from './options.ts';

interface DictOptions {
  dictionary?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

interface EntryOptions {
  from?: string;
  until?: string;
  alias?: string[];
  role?: string;
  country?: string;
}

/** The options `add` and `edit` share: the code's period, aliases, role and country. */
function withEntryOptions(command: Command): Command {
  return command
    .option('--from <date>', 'the code applies from this date (YYYY-MM-DD)')
    .option('--until <date>', 'the code applies until this date (YYYY-MM-DD)')
    .option('--alias <alias>', 'another name (repeatable)', collect)
    .option('--role <role>', 'role, e.g. president')
    .option('--country <iso3>', 'country code, e.g. USA');
}

function usage(message: string): never {
  throw new DyadError('USAGE', message);
}

function checkDate(option: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isIsoDate(value)) usage(`${option} must be a date YYYY-MM-DD, got "${value}"`);
  return value;
}

/** A code from --code/--add-code with --from/--until. */
function codeOption(option: string, code: string, from?: string, until?: string): ActorCode {
  const upper = code.toUpperCase();
  if (!isActorCode(upper)) usage(`${option} must be letters and digits (e.g. USAGOV), got "${code}"`);
  const c: ActorCode = { code: upper };
  if (checkDate('--from', from)) c.from = from;
  if (checkDate('--until', until)) c.until = until;
  if (c.from && c.until && c.from > c.until) usage(`--until ${c.until} is before --from ${c.from}`);
  return c;
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || /[#[\]<>{}]/.test(trimmed) || trimmed.startsWith('+')) usage(`bad actor name "${name}": it must not be empty nor contain "#", "[", "]", "<", ">", "{", "}" or start with "+"`);
  return trimmed;
}

function findOne(dict: ActorDictionary, key: string, file: string): ActorEntry {
  const found = dict.find(key);
  if (found.length === 0) throw new DyadError('NOT_FOUND', `no actor "${key}" in ${file}`);
  if (found.length > 1) usage(`"${key}" is an alias of ${found.map((e) => e.id).join(', ')}; give an id`);
  return found[0];
}

function tableRow(e: ActorEntry): string {
  const codes = e.codes.map(describeCode).join('; ');
  return `${e.id.padEnd(28)} ${e.name.padEnd(28)} ${codes}${e.aliases.length ? `  (${e.aliases.length} alias${e.aliases.length === 1 ? '' : 'es'})` : ''}`;
}

function showEntry(e: ActorEntry, at: string | undefined): string {
  const lines = [`id       ${e.id}`, `name     ${e.name}`, `source   ${e.source}`];
  if (e.role) lines.push(`role     ${e.role}`);
  if (e.country) lines.push(`country  ${e.country}`);
  if (e.firstSeen || e.lastSeen) lines.push(`seen     ${e.firstSeen ?? '?'} .. ${e.lastSeen ?? '?'}`);
  for (const a of e.aliases) lines.push(`alias    ${a}`);
  for (const c of e.codes) lines.push(`code     ${describeCode(c)}`);
  lines.push(at ? `code at ${at}: ${codeAt(e, at) ?? '(none)'}` : `code (no date): ${codeAt(e, null) ?? '(none)'}`);
  return lines.join('\n');
}

export function registerActors(program: Command): void {
  const actors = program.command('actors').description('the persistent actor dictionary (list, show, add, edit, import, export)');

  addDictionaryOption(actors.command('list').description('list the actors in the dictionary'))
    .option('-f, --format <format>', 'table or jsonl', 'table')
    .action((options: DictOptions & { format: string }) => {
      if (options.format !== 'table' && options.format !== 'jsonl') usage(`--format must be table or jsonl, got "${options.format}"`);
      const dict = ActorDictionary.load(dictionaryPath(options));
      for (const e of dict.list()) process.stdout.write(`${options.format === 'jsonl' ? JSON.stringify(e) : tableRow(e)}\n`);
    });

  addDictionaryOption(actors.command('show').description('show one actor: its names, codes and the code in force').argument('<name-or-id>'))
    .option('--at <date>', 'also give the code in force at this date (YYYY-MM-DD)')
    .action((key: string, options: DictOptions & { at?: string }) => {
      const file = dictionaryPath(options);
      const entry = findOne(ActorDictionary.load(file), key, file);
      process.stdout.write(`${showEntry(entry, checkDate('--at', options.at))}\n`);
    });

  withEntryOptions(addDictionaryOption(actors.command('add').description('add an actor with a code').argument('<name>')))
    .option('--code <code>', 'actor code, e.g. USAGOV')
    .action((name: string, options: DictOptions & EntryOptions & { code?: string }) => {
      if (!options.code) usage('dyad actors add needs --code CODE');
      const code = codeOption('--code', options.code, options.from, options.until);
      const file = dictionaryPath(options);
      const dict = ActorDictionary.load(file);
      const entry = dict.add({ name: checkName(name), aliases: (options.alias ?? []).map(checkName), codes: [code], role: options.role, country: options.country?.toUpperCase(), source: 'user' });
      dict.save(file);
      process.stdout.write(`added ${entry.id}: ${describeCode(code)}\n`);
    });

  withEntryOptions(addDictionaryOption(actors.command('edit').description('change an actor: add a code or aliases, rename').argument('<id>')))
    .option('--add-code <code>', 'add a code (with --from/--until for its period)')
    .option('--name <name>', 'rename (the id stays; the old name becomes an alias)')
    .action((key: string, options: DictOptions & EntryOptions & { addCode?: string; name?: string }) => {
      if (!options.addCode && !options.alias && !options.name && !options.role && !options.country) usage('dyad actors edit needs --add-code, --alias, --name, --role or --country');
      if (!options.addCode && (options.from || options.until)) usage('--from and --until go with --add-code');
      const code = options.addCode ? codeOption('--add-code', options.addCode, options.from, options.until) : null;
      const file = dictionaryPath(options);
      const dict = ActorDictionary.load(file);
      const entry = findOne(dict, key, file);
      if (options.name) dict.rename(entry, checkName(options.name));
      for (const a of options.alias ?? []) addAlias(entry, checkName(a));
      if (code) addCode(entry.codes, code);
      if (options.role) entry.role = options.role;
      if (options.country) entry.country = options.country.toUpperCase();
      dict.save(file);
      process.stdout.write(`edited ${entry.id}\n`);
    });

  addDictionaryOption(actors.command('import').description('merge a PETRARCH/Phoenix .actors dictionary into the dictionary').argument('<file>'))
    .action((input: string, options: DictOptions) => {
      if (!existsSync(input)) throw new DyadError('NOT_FOUND', `no such file: ${input}`);
      const { entries, diagnostics } = parseActors(readFileSync(input, 'utf8'), input);
      for (const d of diagnostics) printDiagnostic(d);
      const file = dictionaryPath(options);
      const dict = ActorDictionary.load(file);
      const counts = { added: 0, merged: 0, unchanged: 0 };
      for (const e of entries) counts[dict.merge(e, 'import').outcome]++;
      if (counts.added || counts.merged) dict.save(file);
      const skipped = diagnostics.length;
      process.stdout.write(
        `${input}: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} read: ${counts.added} added, ${counts.merged} merged, ${counts.unchanged} unchanged; ${skipped} error${skipped === 1 ? '' : 's'} (skipped)\n`,
      );
      if (entries.length === 0 && skipped > 0) program.setOptionValue('exitCode', 1);
    });

  addDictionaryOption(actors.command('export').description('print the dictionary as a .actors file or JSONL'))
    .option('-f, --format <format>', 'actors or jsonl', 'actors')
    .action((options: DictOptions & { format: string }) => {
      if (options.format !== 'actors' && options.format !== 'jsonl') usage(`--format must be actors or jsonl, got "${options.format}"`);
      const file = dictionaryPath(options);
      const entries = ActorDictionary.load(file).list();
      if (options.format === 'jsonl') for (const e of entries) process.stdout.write(`${JSON.stringify(e)}\n`);
      else process.stdout.write(formatActors(entries, [`exported by dyad from ${file}`, `${entries.length} actors`]));
    });
}
