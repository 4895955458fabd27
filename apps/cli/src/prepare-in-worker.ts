// A worker thread of `claimdesk import`: prepares files (metadata, main text, claim engine) while the main thread
// stores the ones before them. Loaded by prepare-worker.mjs, started by file-preparer-pool.ts with the case's lexicon.
import { parentPort, workerData } from 'node:worker_threads';
import type { Lexicon } from '@claimdesk/claim-model/lexicon';
import { prepareFile, type ImportItem } from '@claimdesk/api/prepare-file';

const lexicon = (workerData as { lexicon: Lexicon }).lexicon;

parentPort?.on('message', ({ position, item }: { position: number; item: ImportItem }) => {
  try {
    parentPort?.postMessage({ position, prepared: prepareFile(position, item, lexicon) });
  } catch (error) {
    parentPort?.postMessage({ position, error: error instanceof Error ? error.message : String(error) });
  }
});
