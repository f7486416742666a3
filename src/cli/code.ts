/** `dyad code PATH...`: code articles and print their events as a table or JSONL. */
import type { Command } from 'commander';
import { readInputs } from '../ingest/index.ts';
import { createCoder, codeArticle } from '../pipeline/coder.ts';
import { toRecord } from '../output/record.ts';
import { formatTable } from '../output/table.ts';
import { DyadError } from '../util/errors.ts';
import { addInputOptions, parseInputFormat, parsePublished } from './options.ts';
import { printDiagnostic } from './diagnostics.ts';

interface CodeOptions {
  format: string;
  published?: string;
  inputFormat?: string;
  lexicon?: string;
  keepNegated?: boolean;
}

export function registerCode(program: Command): void {
  addInputOptions(
    program
      .command('code')
      .description('code news articles into events (files, directories, or - for stdin)')
      .argument('<paths...>', 'text, JSONL or CSV files, directories, or -')
      .option('-f, --format <format>', 'table or jsonl', 'table')
      .option('--keep-negated', 'also print negated events (flagged negated: true)'),
  ).action(async (paths: string[], options: CodeOptions) => {
    if (options.format !== 'table' && options.format !== 'jsonl') throw new DyadError('USAGE', `--format must be table or jsonl, got "${options.format}"`);
    const coder = createCoder({ keepNegated: options.keepNegated , lexiconDir: options.lexicon });
    const published = parsePublished(options.published);
    let articles = 0;
    let errors = 0;
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
      const records = coding.events.map((e) => {
        const s = coding.doc.sentences[e.sentenceIndex];
        return toRecord(e, article, article.text.slice(s.start, s.end), coder.cameo, coder.coder);
      });
      if (options.format === 'jsonl') {
        for (const r of records) process.stdout.write(`${JSON.stringify(r)}\n`);
      } else {
        process.stdout.write(`${formatTable(records, article.id)}\n\n`);
      }
    }
    process.stderr.write(`dyad: ${articles} article${articles === 1 ? '' : 's'} coded${errors ? `, ${errors} input error${errors === 1 ? '' : 's'} (skipped)` : ''}\n`);
    if (!articles && errors) program.setOptionValue('exitCode', 1);
  });
}
