/** `dyad explain FILE [--sentence N]`: every stage's decision for one sentence, or for all. */
import type { Command } from 'commander';
import { readInputs } from '../ingest/index.ts';
import { createCoder, codeArticle, type ArticleCoding, type SentenceTrace } from '../pipeline/coder.ts';
import { DyadError } from '../util/errors.ts';
import { addDictionaryOption, addInputOptions, addTimeBoundOption, dictionaryPath, parseInputFormat, parseMillis, parsePublished } from './options.ts';
import { ArticleTimeout, codingFailure } from '../pipeline/deadline.ts';
import { ActorDictionary } from '../actors/dictionary/store.ts';
import { printDiagnostic } from './diagnostics.ts';

interface ExplainOptions {
  sentence?: string;
  article?: string;
  published?: string;
  inputFormat?: string;
  lexicon?: string;
  dictionary?: string;
  maxArticleMs?: string;
}

export function registerExplain(program: Command): void {
  addTimeBoundOption(addDictionaryOption(addInputOptions(
    program
      .command('explain')
      .description('show stage by stage how a sentence was coded: tokens, actors, dates, clause, rule')
      .argument('<file>', 'an article file (the first record, or the one named by --article)')
      .option('-s, --sentence <n>', 'the sentence index (0-based, as in the event records)')
      .option('-a, --article <id>', 'the article id within a JSONL or CSV file'),
  ))).action(async (file: string, options: ExplainOptions) => {
    const dictionary = ActorDictionary.load(dictionaryPath(options)).list();
    const maxArticleMs = parseMillis('--max-article-ms', options.maxArticleMs);
    const coder = createCoder({ keepNegated: true, lexiconDir: options.lexicon, dictionary, maxArticleMs });
    const published = parsePublished(options.published);
    for await (const item of readInputs([file], { published, format: parseInputFormat(options.inputFormat) })) {
      if (item.kind === 'diagnostic') {
        printDiagnostic(item.diagnostic);
        continue;
      }
      if (options.article && item.article.id !== options.article) continue;
      let coding: ArticleCoding;
      try {
        coding = codeArticle(coder, item.article, { explain: true });
      } catch (error) {
        if (!(error instanceof ArticleTimeout)) throw error;
        printDiagnostic(codingFailure(item.article, error));
        program.setOptionValue('exitCode', 1);
        return;
      }
      const wanted = options.sentence === undefined ? undefined : Number(options.sentence);
      if (wanted !== undefined && !(Number.isInteger(wanted) && wanted >= 0 && wanted < coding.trace.length)) {
        throw new DyadError('USAGE', `--sentence must be 0 to ${coding.trace.length - 1}, got "${options.sentence}"`);
      }
      process.stdout.write(`article ${item.article.id}  published ${item.article.published ?? 'unknown'}  coder ${coder.coder}\n`);
      for (const t of coding.trace) if (wanted === undefined || t.sentence.index === wanted) process.stdout.write(explainSentence(coding, t, wanted !== undefined));
      return;
    }
    throw new DyadError('NOT_FOUND', options.article ? `no article "${options.article}" in ${file}` : `no article could be read from ${file}`);
  });
}

function explainSentence(coding: ArticleCoding, trace: SentenceTrace, verbose: boolean): string {
  const { doc } = coding;
  const s = trace.sentence;
  const lines = [`\n[${s.index}] ${doc.article.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`];
  if (verbose) {
    const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => `${t.text}/${t.pos}${t.lemma !== t.lower ? `(${t.lemma})` : ''}`);
    lines.push(`  tokens   ${tokens.join(' ')}`);
  }
  for (const m of trace.mentions) {
    const why = m.evidence.map((e) => `${e.rule}${e.note ? ` (${e.note})` : ''}`).join('; ');
    lines.push(`  actor    "${m.text}" -> ${m.code}  ${m.name}  [${m.kind}]  by ${why}`);
  }
  for (const d of trace.dates) lines.push(`  date     "${d.text}" -> ${d.value} (${d.precision}) by ${d.rule}`);
  for (const c of trace.coding.candidates) {
    const verb = c.match.matched.map((i) => doc.tokens[i].text).join(' ');
    const flags = c.group ? [c.group.negated && 'negated', c.group.passive && 'passive', c.group.future && 'future', c.group.hedged && 'hedged'].filter(Boolean).join(',') : 'nominal';
    lines.push(`  clause   "${verb}" matched ${c.match.entry.id} (${c.match.entry.cameo}: ${c.match.entry.reason}) ${flags ? `[${flags}]` : ''}`);
    lines.push(`           source ${c.sources.map((m) => m.code).join('+') || '-'}  target ${c.targets.map((m) => m.code).join('+') || '-'}  via ${c.evidence.map((e) => e.rule).join(', ')}`);
  }
  for (const d of trace.coding.dropped) lines.push(`  dropped  "${doc.tokens[d.token].text}" ${d.entry}: ${d.reason}`);
  for (const e of coding.events.filter((x) => x.sentenceIndex === s.index)) {
    const date = e.date ? `${e.date.value} (${e.date.precision}, ${e.date.basis})` : 'no date';
    const also = e.mentions > 1 ? `  ${e.mentions} mentions (sentences ${e.sentenceIndexes.join(', ')})` : '';
    lines.push(`  event    ${e.source.code} -> ${e.target?.code ?? '-'}  ${e.cameo}  ${date}${e.negated ? '  NEGATED' : ''}${e.hedged ? '  hedged' : ''}  id ${e.id}${also}`);
  }
  for (const e of coding.events) {
    for (const m of e.merged.filter((x) => x.sentenceIndex === s.index)) {
      lines.push(`  merged   ${m.source.code} -> ${m.target?.code ?? '-'}  ${m.cameo}  "${m.verb.text}": the event of sentence ${e.sentenceIndex} again, id ${e.id}`);
    }
  }
  for (const { event: e, reason } of coding.dropped.filter((x) => x.event.sentenceIndex === s.index)) {
    lines.push(`  left out ${e.source.code} -> ${e.target?.code ?? '-'}  ${e.cameo}  "${e.verb.text}": ${reason}`);
  }
  return `${lines.join('\n')}\n`;
}
