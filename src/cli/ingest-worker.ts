/**
 * One ingest worker thread: builds its own coder, then codes the batches of articles the
 * main thread sends and sends back their records (the main thread alone writes the store).
 * A defect that throws on one article costs that article, never the batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../document/types.ts';
import { codeArticle, createCoder, type CoderOptions } from '../pipeline/coder.ts';
import { toRecord, type EventRecord } from '../output/record.ts';

export interface WorkerInit {
  coder: CoderOptions;
}

export interface CodeJob {
  job: number;
  articles: Article[];
}

export type CodedArticle = { article: Article; records: EventRecord[] } | { article: Article; error: string };

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

function code(article: Article): CodedArticle {
  try {
    const coding = codeArticle(coder, article);
    const records = coding.events.map((e) => {
      const s = coding.doc.sentences[e.sentenceIndex];
      return toRecord(e, article, article.text.slice(s.start, s.end), coder.cameo, coder.coder);
    });
    return { article, records };
  } catch (error) {
    return { article, error: (error as Error).message };
  }
}

port.on('message', ({ job, articles }: CodeJob) => {
  send({ kind: 'coded', job, results: articles.map(code) });
});
