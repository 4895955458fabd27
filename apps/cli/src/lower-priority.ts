import { readdirSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/**
 * Lowers this process's CPU priority, every thread of it, so people using the dashboard on the same machine win
 * the CPU over a bulk import. On Linux a priority belongs to a thread: setting the process's reaches only the
 * main thread, while V8's garbage-collector helpers and libuv's pool, started before, would keep competing at
 * normal priority. Best effort: lowering a priority needs no privileges, and where it fails the import just runs.
 */
export function lowerPriority(): void {
  let threads: number[] = [];
  try {
    threads = readdirSync('/proc/self/task').map(Number).filter(Number.isInteger);
  } catch {
    // not Linux: the process priority is the best there is
  }
  for (const id of threads.length > 0 ? threads : [0]) {
    try {
      setPriority(id, constants.priority.PRIORITY_BELOW_NORMAL);
    } catch {
      // a thread that ended meanwhile, or not permitted here
    }
  }
}
