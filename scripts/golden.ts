/**
 * Golden files: the JSONL records of every example article, kept in test/golden/. The golden
 * test compares against them; after an intended change, regenerate with `npm run golden` and
 * review the diff like code.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readInputs } from '../src/ingest/index.ts';
import { createCoder, codeArticle, type Coder } from '../src/pipeline/coder.ts';
import { toRecord } from '../src/output/record.ts';
import { REPO_ROOT } from '../src/util/paths.ts';

export const EXAMPLES = join(REPO_ROOT, 'examples');
export const GOLDEN = join(REPO_ROOT, 'test', 'golden');

/** The records of one example file, one JSON line each, without the coder stamp (it changes with every lexicon edit). */
export async function goldenLines(coder: Coder, file: string): Promise<string> {
  const lines: string[] = [];
  for await (const item of readInputs([file])) {
    if (item.kind !== 'article') throw new Error(`${file}: ${item.diagnostic.message}`);
    const coding = codeArticle(coder, item.article);
    for (const e of coding.events) {
      const s = coding.doc.sentences[e.sentenceIndex];
      const { coder: _stamp, ...record } = toRecord(e, item.article, item.article.text.slice(s.start, s.end), coder.cameo, coder.coder);
      lines.push(JSON.stringify(record));
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES).filter((f) => /\.(txt|jsonl)$/.test(f)).sort().map((f) => join(EXAMPLES, f));
}

export function goldenPath(file: string): string {
  return join(GOLDEN, `${basename(file)}.golden.jsonl`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const coder = createCoder();
  for (const file of exampleFiles()) {
    const text = await goldenLines(coder, file);
    writeFileSync(goldenPath(file), text);
    process.stdout.write(`${goldenPath(file)}: ${text.split('\n').filter(Boolean).length} events\n`);
  }
}
