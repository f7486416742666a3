/** `dyad code PATH...`: code articles and print their events as a table or JSONL. */
import type { Command } from 'commander';
import { readInputs } from '../ingest/index.ts';
import { createCoder, codeArticle } from '../pipeline/coder.ts';
import { toRecord } from '../output/record.ts';
import { toPloverRecord } from '../output/plover-record.ts';
import { formatTable } from '../output/table.ts';
import { DyadError } from '../util/errors.ts';
import { addInputOptions, parseInputFormat, parseOntology, parsePublished } from './options.ts';
import { printDiagnostic } from './diagnostics.ts';

interface CodeOptions {
  format: string;
  published?: string;
  inputFormat?: string;
  lexicon?: string;
  keepNegated?: boolean;
  ontology?: string;
}

export function registerCode(program: Command): void {
  addInputOptions(
    program
      .command('code')
      .description('code news articles into events (files, directories, or - for stdin)')
      .argument('<paths...>', 'text, JSONL or CSV files, directories, or -')
      .option('-f, --format <format>', 'table or jsonl', 'table')
      .option('--ontology <ontology>', 'primary coding: cameo, or plover (events PLOVER has no type for are left out)', 'cameo')
      .option('--keep-negated', 'also print negated events (flagged negated: true)'),
  ).action(async (paths: string[], options: CodeOptions) => {
    if (options.format !== 'table' && options.format !== 'jsonl') throw new DyadError('USAGE', `--format must be table or jsonl, got "${options.format}"`);
    const ontology = parseOntology(options.ontology);
    const coder = createCoder({ keepNegated: options.keepNegated, lexiconDir: options.lexicon });
    const published = parsePublished(options.published);
    let articles = 0;
    let errors = 0;
    let untyped = 0;
    for await (const item of readInputs(paths, { published, format: parseInputFormat(options.inputFormat) })) {
      if (item.kind === 'diagnostic') {
        printDiagnostic(item.diagnostic);
        if (item.diagnostic.severity === 'error') errors++;
        continue;
      }
      const { article } = item;
      let coding;
      try {
        coding = codeArticle(coder, article);
      } catch (error) {
        // a defect in dyad must cost one article, never the batch: report it like bad input
        printDiagnostic({ severity: 'error', file: article.origin.file, line: article.origin.line, code: 'internal', message: `article ${article.id} could not be coded: ${(error as Error).message}` });
        errors++;
        continue;
      }
      articles++;
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
    const left = untyped ? `, ${untyped} event${untyped === 1 ? '' : 's'} without a PLOVER type left out` : '';
    process.stderr.write(`dyad: ${articles} article${articles === 1 ? '' : 's'} coded${left}${errors ? `, ${errors} input error${errors === 1 ? '' : 's'} (skipped)` : ''}\n`);
    if (!articles && errors) program.setOptionValue('exitCode', 1);
  });
}
