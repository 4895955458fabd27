import { closeSync, openSync, statSync, utimesSync } from 'node:fs';
import { setTimeout as pause } from 'node:timers/promises';
import type { Db } from './client';

/**
 * SQLite does not queue connections waiting for the write lock: a waiter gets it only by trying while it is free.
 * A long run of short transactions (an import) leaves the lock free for a moment after each, and a waiter whose
 * event loop was busy at that moment waits for the next transaction, and the next. So waiters leave a mark (the
 * modification time of a small file beside the database, seen by every process) each time they find the lock
 * taken, and a bulk writer, after each transaction, holds back while the mark is fresh: until the waiter has got
 * in (it stops marking) or a short limit passes. Measured (tests/bench/results/workflow-http.md): without it,
 * reviewers' writes during a 100k-claim import had a p99 of 309 ms.
 */
const MARK_EVERY_MS = 2;
/** A waiter tries every ≤ 4 ms (pauseBeforeRetry); a mark older than this means nobody is waiting now. */
const FRESH_MS = 8;
const lastMark = new WeakMap<Db, number>();

function markFile(db: Db): string | null {
  const name = db.$client.name;
  return name && name !== ':memory:' && !db.$client.memory ? `${name}-waiting` : null;
}

/** Called by a waiter each time it finds the lock taken. Best effort: a mark that cannot be left is skipped. */
export function markWaiting(db: Db): void {
  const now = Date.now();
  if (now - (lastMark.get(db) ?? 0) < MARK_EVERY_MS) return;
  lastMark.set(db, now);
  const file = markFile(db);
  if (!file) return;
  try {
    utimesSync(file, now / 1000, now / 1000);
  } catch {
    try {
      closeSync(openSync(file, 'a'));
    } catch {
      // a read-only directory: waiters just take their chances
    }
  }
}

function someoneWaiting(db: Db): boolean {
  const file = markFile(db);
  if (!file) return false;
  try {
    return Date.now() - statSync(file).mtimeMs < FRESH_MS;
  } catch {
    return false;
  }
}

/**
 * For a bulk writer between its transactions: leaves the lock free for `gapMs`, then longer (in 2 ms steps, up to
 * `maxMs`) while another connection is waiting for it.
 */
export async function leaveLockFree(db: Db, gapMs: number, maxMs = 24): Promise<void> {
  await pause(gapMs);
  for (let waited = gapMs; waited < maxMs && someoneWaiting(db); waited += 2) await pause(2);
}
