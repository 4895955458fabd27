import { readdirSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/**
 * Lowers the CPU priority of every thread of this process but the calling (main) one, so people using the dashboard
 * on the same machine win the CPU over a bulk import's preparing and garbage collecting. On Linux a priority belongs
 * to a thread: setting the process's reaches only the main thread. The main thread keeps its priority because it is
 * the one holding the database's write lock while it stores a chunk: lowered, it could be starved of CPU while
 * holding it whenever the dashboard was busy, and reviewers' writes waited meanwhile (priority inversion; see
 * tests/bench/results/workflow-http.md). Threads started later, the file preparers, lower themselves first thing
 * (packages/api/src/import/prepare-worker.mjs). Best effort: lowering needs no privileges, and where it fails the import just runs.
 */
export function lowerOtherThreads(): void {
  let threads: number[] = [];
  try {
    threads = readdirSync('/proc/self/task').map(Number).filter(Number.isInteger);
  } catch {
    // not Linux: threads cannot be told apart, and the process keeps its priority
  }
  for (const id of threads) {
    if (id === process.pid) continue;
    try {
      setPriority(id, constants.priority.PRIORITY_BELOW_NORMAL);
    } catch {
      // a thread that ended meanwhile, or not permitted here
    }
  }
}
