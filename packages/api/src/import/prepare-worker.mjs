// The entry of a file-preparing thread. Plain JavaScript on purpose: the dashboard's Next server runs no TypeScript
// loader, and on Node 20 a worker does not inherit the one the command line runs under (the --import loader is not
// applied in workers), so this file registers tsx's loader in the thread itself and then loads the TypeScript worker.
import { constants, setPriority } from 'node:os';
import { register } from 'tsx/esm/api';

// Preparing files is background work: the dashboard's requests, and the import's own storing thread, come first.
// Lowered before anything else, so the threads this one starts (the loader's) inherit the lower priority. On Linux
// `setPriority(0, …)` applies to the calling thread alone. Best effort, as in lower-priority.ts.
try {
  setPriority(0, constants.priority.PRIORITY_BELOW_NORMAL);
} catch {
  // not permitted here: the import just runs
}
register();
await import('./prepare-in-worker.ts');
