// A file-preparing thread (file-preparer-pool.ts): prepares one file at a time (metadata, main text, claim engine)
// while the main thread serves requests or stores the files before it. Loaded by prepare-worker.mjs.
import { parentPort } from 'node:worker_threads';
import type { Lexicon } from '@claimdesk/claim-model/lexicon';
import { prepareFile, type ImportItem } from './prepare-file';
import type { PreparerAnswer, PreparerRequest } from './preparer-messages';

// The pool sends a lexicon only when it differs from the last one this thread used (imports of one case in a row).
let lexicon: Lexicon | undefined;

parentPort?.on('message', (request: PreparerRequest) => {
  if (request.lexicon) lexicon = request.lexicon;
  const answer = (): Exclude<PreparerAnswer, { ready: true }> => {
    if (!lexicon) return { jobId: request.jobId, error: 'no lexicon was sent to this thread' };
    try {
      return { jobId: request.jobId, prepared: prepareFile(request.position, request.item as ImportItem, lexicon) };
    } catch (error) {
      return { jobId: request.jobId, error: error instanceof Error ? error.message : String(error) };
    }
  };
  parentPort?.postMessage(answer());
});

parentPort?.postMessage({ ready: true } satisfies PreparerAnswer);
