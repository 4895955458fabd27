import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as workerThreads from 'node:worker_threads';
import type { Worker } from 'node:worker_threads';
import { findWorkspaceRoot } from './workspace-root';

/**
 * A thread with its own connection to the database file that runs the WAL checkpoints a timer asks for. A checkpoint
 * copies the WAL's pages into the database file and syncs both to disk; on a server's event loop that blocked every
 * request for as long as the disk took (100–250 ms per checkpoint on a busy machine during a feed round, of which
 * about 10 ms was CPU). From another connection a PASSIVE checkpoint does the same work without blocking this one's
 * readers or writers.
 */
export interface CheckpointThread {
  /** Asks for a PASSIVE checkpoint (none is queued while one runs); resolves once it has run. */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

// Plain CommonJS evaluated in the thread: nothing for a bundler to follow, no TypeScript loader needed.
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 0');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  let error = null;
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (e) {
    if (!String(e && e.code).startsWith('SQLITE_BUSY')) error = String((e && e.message) || e);
  }
  parentPort.postMessage(error);
});
`;

// Reached opaquely, as in the API's file-preparer pool: Turbopack would otherwise try to bundle the thread.
const WorkerThread = Reflect.get(workerThreads, 'Worker') as typeof Worker;

export function startCheckpointThread(path: string): CheckpointThread {
  // better-sqlite3 as this package resolves it (the dashboard's bundle does not move node_modules).
  const driver = createRequire(join(findWorkspaceRoot(), 'packages', 'db', 'package.json')).resolve('better-sqlite3');
  const worker = new WorkerThread(SOURCE, { eval: true, workerData: { path, driver } });
  worker.unref();
  let running: Promise<void> | null = null;
  let done: (() => void) | null = null;
  const settle = () => {
    running = null;
    done?.();
    done = null;
  };
  worker.on('message', (error: string | null) => {
    if (error) console.error('[db] checkpoint failed:', error);
    settle();
  });
  worker.on('error', (error) => {
    console.error('[db] the checkpoint thread failed:', error);
    settle();
  });
  let alive = true;
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      alive = false;
      settle();
      resolve();
    }),
  );
  return {
    checkpoint() {
      if (!alive) return Promise.resolve();
      running ??= new Promise<void>((resolve) => {
        done = resolve;
        worker.postMessage('checkpoint');
      });
      return running;
    },
    async close() {
      if (alive) worker.postMessage('close');
      await exited;
    },
  };
}
