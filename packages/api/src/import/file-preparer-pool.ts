import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import * as workerThreads from 'node:worker_threads';
import type { Worker } from 'node:worker_threads';
import type { Lexicon } from '@claimdesk/claim-model/lexicon';
import { findWorkspaceRoot } from '@claimdesk/db';
import { prepareFile, type FilePreparer, type ImportItem, type ImportResult, type PreparedFile } from './prepare-file';
import type { PreparerAnswer, PreparerRequest } from './preparer-messages';

/** A file that takes longer than this to prepare is rejected and its thread replaced (the page is hostile or broken). */
export const FILE_TIME_LIMIT_MS = 60_000;

export interface FilePreparerPoolOptions {
  /** Threads started at most (on demand); one fewer than the machine has cores, at least one. */
  threads?: number;
  fileTimeLimitMs?: number;
  /** The thread's entry; tests give one of their own. Resolved from the workspace, because Next moves bundled files. */
  workerPath?: string;
}

/** Threads that prepare import files (metadata, main text, claim engine) so the main thread never runs that CPU work. */
export interface FilePreparerPool {
  /**
   * A preparer for one import with its case's lexicon; closing it drops its waiting files and leaves the threads
   * running. `htmlOnly`: plain text is prepared on the calling thread (no parser, nothing to hang on), HTML here.
   */
  forImport(lexicon: Lexicon, options?: { htmlOnly?: boolean }): FilePreparer;
  /** Starts a thread now rather than at the first import (a thread takes a few seconds to load). */
  warm(): void;
  close(): Promise<void>;
}

interface Job {
  id: number;
  position: number;
  item: ImportItem;
  lexicon: Lexicon;
  owner: object;
  resolve: (result: PreparedFile | ImportResult) => void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  lexicon: Lexicon | null;
  timer: NodeJS.Timeout | null;
}

// Reached opaquely on purpose: Turbopack bundles whatever `new Worker(path)` could name, here the whole workspace
// (a `turbopackIgnore` comment is not honoured for it). The thread's entry is a file of the source tree, not bundled.
const WorkerThread = Reflect.get(workerThreads, 'Worker') as typeof Worker;

const rejected = (name: string, reason: string): ImportResult => ({ name, status: 'rejected', reason });
const INTERNAL = 'The file could not be read because of an internal error; nothing was saved. Try again.';

/**
 * Files wait in one queue and each thread takes one at a time, so the time limit counts only that file's own work.
 * A thread past the limit is terminated (that stops even a runaway loop) and replaced; a thread that dies rejects its
 * file the same way. Either way only that file is rejected, with its reason, and the import goes on with the others.
 */
export function startFilePreparerPool(options: FilePreparerPoolOptions = {}): FilePreparerPool {
  const maxThreads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const limitMs = options.fileTimeLimitMs ?? FILE_TIME_LIMIT_MS;
  const workerPath = options.workerPath ?? join(findWorkspaceRoot(), 'packages', 'api', 'src', 'import', 'prepare-worker.mjs');
  const queue: Job[] = [];
  const threads = new Set<Thread>();
  let nextJobId = 0;
  let closed = false;

  const finish = (thread: Thread, result: PreparedFile | ImportResult) => {
    const job = thread.job;
    if (thread.timer) clearTimeout(thread.timer);
    thread.job = null;
    thread.timer = null;
    job?.resolve(result);
  };

  const retire = (thread: Thread, result: ImportResult | null) => {
    threads.delete(thread);
    if (thread.job && result) finish(thread, result);
    void thread.worker.terminate();
    dispatch();
  };

  const spawn = (): Thread => {
    const thread: Thread = { worker: new WorkerThread(workerPath), ready: false, job: null, lexicon: null, timer: null };
    // The pool must not keep a command or a test alive; the files in flight do (their promises are awaited).
    thread.worker.unref();
    thread.worker.on('message', (answer: PreparerAnswer) => {
      if ('ready' in answer) {
        thread.ready = true;
        return dispatch();
      }
      if (thread.job?.id !== answer.jobId) return;
      if ('error' in answer) {
        console.error(`[import] ${thread.job.item.file.name} could not be prepared: ${answer.error}`);
        finish(thread, rejected(thread.job.item.file.name, INTERNAL));
      } else finish(thread, answer.prepared);
      dispatch();
    });
    thread.worker.on('error', (error) => {
      console.error('[import] a file-preparing thread failed:', error);
      retire(thread, thread.job ? rejected(thread.job.item.file.name, INTERNAL) : null);
    });
    thread.worker.on('exit', () => {
      if (threads.has(thread)) retire(thread, thread.job ? rejected(thread.job.item.file.name, INTERNAL) : null);
    });
    threads.add(thread);
    return thread;
  };

  const run = (thread: Thread, job: Job) => {
    thread.job = job;
    const request: PreparerRequest = { jobId: job.id, position: job.position, item: job.item };
    if (thread.lexicon !== job.lexicon) request.lexicon = job.lexicon;
    thread.lexicon = job.lexicon;
    thread.timer = setTimeout(() => {
      const limit = limitMs >= 1000 ? `${Math.round(limitMs / 1000)} s` : `${limitMs} ms`;
      console.error(`[import] ${job.item.file.name} took longer than ${limitMs} ms to prepare; its thread is replaced`);
      retire(thread, rejected(job.item.file.name, `Reading this file took longer than ${limit}, so it was stopped: the page is too complex. Import the article text as a .txt file.`));
    }, limitMs);
    thread.worker.postMessage(request);
  };

  function dispatch() {
    if (closed) return;
    while (queue.length > 0) {
      const idle = [...threads].find((t) => t.ready && t.job === null);
      if (!idle) {
        // As many threads start as files wait (up to the maximum); each takes a file once it has loaded.
        const starting = [...threads].filter((t) => !t.ready).length;
        for (let n = starting; n < queue.length && threads.size < maxThreads; n += 1) spawn();
        return;
      }
      const job = queue.shift();
      if (job) run(idle, job);
    }
  }

  return {
    forImport(lexicon: Lexicon, { htmlOnly = false } = {}): FilePreparer {
      const owner = {};
      return {
        prepare(position: number, item: ImportItem) {
          if (htmlOnly && !/\.html?$/i.test(item.file.name)) return Promise.resolve(prepareFile(position, item, lexicon));
          return new Promise((resolve) => {
            if (closed) return resolve(rejected(item.file.name, INTERNAL));
            queue.push({ id: nextJobId++, position, item, lexicon, owner, resolve });
            dispatch();
          });
        },
        async close() {
          for (let i = queue.length - 1; i >= 0; i -= 1) {
            const job = queue[i];
            if (job?.owner !== owner) continue;
            queue.splice(i, 1);
            job.resolve(rejected(job.item.file.name, 'The import stopped before this file was read; nothing was saved.'));
          }
        },
      };
    },
    warm() {
      if (!closed && threads.size === 0) spawn();
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.resolve(rejected(job.item.file.name, INTERNAL));
      const all = [...threads];
      threads.clear();
      for (const thread of all) if (thread.job) finish(thread, rejected(thread.job.item.file.name, INTERNAL));
      await Promise.all(all.map((t) => t.worker.terminate()));
    },
  };
}

const processWide = globalThis as unknown as { claimdeskFilePreparerPool?: FilePreparerPool };

/** The server's one pool, shared by every import of the process (Next may load this module more than once). */
export function sharedFilePreparerPool(): FilePreparerPool {
  processWide.claimdeskFilePreparerPool ??= startFilePreparerPool();
  return processWide.claimdeskFilePreparerPool;
}
