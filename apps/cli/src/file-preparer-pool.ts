import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Lexicon } from '@claimdesk/claim-model/lexicon';
import type { FilePreparer, ImportItem, ImportResult, PreparedFile } from '@claimdesk/api/prepare-file';

type Answer = { position: number; prepared: PreparedFile | ImportResult } | { position: number; error: string };

/**
 * Prepares an import's files (metadata, main text, claim engine: about a fifth of a large import's time) in worker
 * threads, so the main thread only stores them. One thread fewer than the machine has cores, at least one.
 * A file whose preparation fails is rejected with a sentence; the others go on.
 */
export function startFilePreparerPool(lexicon: Lexicon, threads = Math.max(1, availableParallelism() - 1)): FilePreparer {
  const waiting = new Map<number, { name: string; resolve: (result: PreparedFile | ImportResult) => void }>();
  const failed = (name: string): ImportResult => ({ name, status: 'rejected', reason: 'The file could not be read because of an internal error; nothing was saved. Try again.' });
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(new URL('./prepare-worker.mjs', import.meta.url), { workerData: { lexicon } });
    worker.on('message', (answer: Answer) => {
      const entry = waiting.get(answer.position);
      if (!entry) return;
      waiting.delete(answer.position);
      if ('error' in answer) {
        console.error(`[import] ${entry.name} could not be prepared: ${answer.error}`);
        entry.resolve(failed(entry.name));
      } else entry.resolve(answer.prepared);
    });
    // A worker that dies takes its files with it: each is rejected, the import goes on with the others.
    worker.on('error', (error) => {
      console.error('[import] a preparing thread failed:', error);
      for (const [position, entry] of waiting) if (assigned.get(position) === worker) entry.resolve(failed(entry.name));
    });
    return worker;
  });
  const assigned = new Map<number, Worker>();
  let next = 0;
  return {
    prepare(position: number, item: ImportItem) {
      return new Promise((resolve) => {
        const worker = workers[next++ % workers.length];
        if (!worker) return resolve(failed(item.file.name));
        waiting.set(position, { name: item.file.name, resolve });
        assigned.set(position, worker);
        worker.postMessage({ position, item });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
