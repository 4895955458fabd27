// The entry of an import's worker thread. Plain JavaScript on purpose: on Node 20 a worker does not inherit the
// TypeScript loader the command line runs under (the --import loader is not applied in workers), so this file
// registers tsx's loader in the thread itself and then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-in-worker.ts');
