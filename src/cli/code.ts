/** `dyad code PATH...`: code articles and print their events as a table or JSONL. */
import type { Command } from 'commander';
import { readInputs } from '../ingest/index.ts';
import { createCoder, codeArticle } from '../pipeline/coder.ts';
import { toRecord } from '../output/record.ts';
import { toPloverRecord } from '../output/plover-record.ts';
import { formatTable } from '../output/table.ts';
import { DyadError } from '../util/errors.ts';
import { addDictionaryOption, addInputOptions, addReliabilityOptions, dictionaryPath, parseBounds, parseInputFormat, parseOntology, parsePublished, type ReliabilityCliOptions } from './options.ts';
import { Quarantine } from '../ingest/quarantine.ts';
import { ActorDictionary } from '../actors/dictionary/store.ts';
import { learnedActors, rememberLearned } from '../actors/dictionary/learn.ts';
import type { Coder } from '../pipeline/coder.ts';
import type { Mention } from '../document/types.ts';
import { printDiagnostic } from './diagnostics.ts';
import { longSentenceWarnings } from '../ingest/long-sentences.ts';
import { codingFailure } from '../pipeline/deadline.ts';

interface CodeOptions extends ReliabilityCliOptions {
  format: string;
  published?: string;
  inputFormat?: string;
  lexicon?: string;
  keepNegated?: boolean;
  ontology?: string;
  dictionary?: string;
  learn?: boolean;
}

export function registerCode(program: Command): void {
  addReliabilityOptions(addDictionaryOption(addInputOptions(
    program
      .command('code')
      .description('code news articles into events (files, directories, or - for stdin)')
      .argument('<paths...>', 'text, JSONL or CSV files, directories, or -')
      .option('-f, --format <format>', 'table or jsonl', 'table')
      .option('--ontology <ontology>', 'primary coding: cameo, or plover (events PLOVER has no type for are left out)', 'cameo')
      .option('--keep-negated', 'also print negated events (flagged negated: true)')
      .option('--learn', 'remember persons whose role and country the text states: use them for later articles and save them in the dictionary'),
  ))).action(async (paths: string[], options: CodeOptions) => {
    if (options.format !== 'table' && options.format !== 'jsonl') throw new DyadError('USAGE', `--format must be table or jsonl, got "${options.format}"`);
    const ontology = parseOntology(options.ontology);
    const dictionaryFile = dictionaryPath(options);
    const dictionary = ActorDictionary.load(dictionaryFile);
    const { maxArticleBytes, maxSentenceTokens, maxArticleMs } = parseBounds(options);
    const coder = createCoder({ keepNegated: options.keepNegated, lexiconDir: options.lexicon, dictionary: dictionary.list(), maxSentenceTokens, maxArticleMs });
    const quarantine = new Quarantine(options.quarantine);
    const report = quarantine.reporter(printDiagnostic);
    let learned = 0;
    const published = parsePublished(options.published);
    let articles = 0;
    let errors = 0;
    let untyped = 0;
    for await (const item of readInputs(paths, { published, format: parseInputFormat(options.inputFormat), maxArticleBytes })) {
      if (item.kind === 'diagnostic') {
        report(item.diagnostic);
        if (item.diagnostic.severity === 'error') errors++;
        continue;
      }
      const { article } = item;
      let coding;
      try {
        coding = codeArticle(coder, article);
      } catch (error) {
        // out of time (--max-article-ms), or a defect in dyad: it costs one article, never the batch
        report(codingFailure(article, error));
        errors++;
        continue;
      }
      articles++;
      for (const d of longSentenceWarnings(article, coding.longSentences, coder.options.maxSentenceTokens, coding.doc.sentences)) report(d);
      if (options.learn) learned += learnFrom(coder, dictionary, coding.mentions, article.published);
      const all = coding.events.map((e) => {
        const s = coding.doc.sentences[e.sentenceIndex];
        return toRecord(e, article, article.text.slice(s.start, s.end), coder.cameo, coder.coder);
      });
      const records = ontology === 'plover' ? all.filter((r) => r.plover.event !== null) : all;
      untyped += all.length - records.length;
      if (options.format === 'jsonl') {
        for (const r of records) process.stdout.write(`${JSON.stringify(ontology === 'plover' ? toPloverRecord(r) : r)}\n`);
      } else {
        process.stdout.write(`${formatTable(records, article.id, ontology)}\n\n`);
      }
    }
    quarantine.close();
    if (options.learn && learned) dictionary.save(dictionaryFile);
    const left = untyped ? `, ${untyped} event${untyped === 1 ? '' : 's'} without a PLOVER type left out` : '';
    process.stderr.write(`dyad: ${articles} article${articles === 1 ? '' : 's'} coded${left}${options.learn ? `, ${learned} actor${learned === 1 ? '' : 's'} learned or updated in ${dictionaryFile}` : ''}${errors ? `, ${errors} input error${errors === 1 ? '' : 's'} (skipped)` : ''}${quarantine.path ? `, ${quarantine.summary()}` : ''}\n`);
    if (!articles && errors) program.setOptionValue('exitCode', 1);
  });
}

/** Remember what one article teaches, and use it for the articles after it; the number of entries changed. */
function learnFrom(coder: Coder, dictionary: ActorDictionary, mentions: Mention[], published: string | null): number {
  let changed = 0;
  for (const entry of learnedActors(mentions, published)) {
    const stored = rememberLearned(dictionary, entry);
    if (!stored) continue;
    coder.known.add(stored);
    changed++;
  }
  return changed;
}
