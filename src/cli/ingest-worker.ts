/**
 * One ingest worker thread: builds its own coder, then codes the batches of articles the
 * main thread sends and sends back the rows to store (src/store/prepare.ts); the main thread
 * alone writes the store. An article whose content and coder match what the store holds is
 * not coded again. A defect that throws on one article costs that article, never the batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article, Diagnostic } from '../document/types.ts';
import { longSentenceWarnings } from '../ingest/long-sentences.ts';
import { codeArticle, createCoder, type CoderOptions } from '../pipeline/coder.ts';
import { codingFailure } from '../pipeline/deadline.ts';
import { toRecord } from '../output/record.ts';
import { contentHash } from '../store/keys.ts';
import { prepareArticle, type PreparedArticle } from '../store/prepare.ts';
import type { ArticleState } from '../store/types.ts';

export interface WorkerInit {
  coder: CoderOptions;
}

export interface CodeJob {
  job: number;
  /** Each article with what the store holds of it (null: nothing). */
  articles: Array<{ article: Article; stored: ArticleState | null }>;
}

export type CodedArticle =
  | { kind: 'coded'; article: Article; prepared: PreparedArticle; warnings?: Diagnostic[] }
  | { kind: 'unchanged'; article: Article }
  | { kind: 'failed'; article: Article; error: string; diagnostic?: Diagnostic };

export type WorkerMessage =
  | { kind: 'ready'; coder: string }
  | { kind: 'failed'; error: string }
  | { kind: 'coded'; job: number; results: CodedArticle[] };

const port = parentPort;
if (!port) throw new Error('ingest-worker.ts runs in a worker thread');
const send = (message: WorkerMessage) => port.postMessage(message);

let coder: ReturnType<typeof createCoder>;
try {
  coder = createCoder((workerData as WorkerInit).coder);
  send({ kind: 'ready', coder: coder.coder });
} catch (error) {
  send({ kind: 'failed', error: (error as Error).message });
  port.close();
}

function code({ article, stored }: CodeJob['articles'][number]): CodedArticle {
  if (stored && stored.coder === coder.coder && stored.contentHash === contentHash(article)) return { kind: 'unchanged', article };
  try {
    const coding = codeArticle(coder, article);
    const records = coding.events.map((e) => {
      const s = coding.doc.sentences[e.sentenceIndex];
      return toRecord(e, article, article.text.slice(s.start, s.end), coder.cameo, coder.coder);
    });
    const prepared = prepareArticle({ article, records, coder: coder.coder });
    const warnings = longSentenceWarnings(article, coding.longSentences, coder.options.maxSentenceTokens, coding.doc.sentences);
    return warnings.length ? { kind: 'coded', article, prepared, warnings } : { kind: 'coded', article, prepared };
  } catch (error) {
    return { kind: 'failed', article, error: (error as Error).message, diagnostic: codingFailure(article, error) };
  }
}

port.on('message', ({ job, articles }: CodeJob) => {
  send({ kind: 'coded', job, results: articles.map(code) });
});
