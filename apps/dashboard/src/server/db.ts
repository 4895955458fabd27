import 'server-only';
import { getDb, startCheckpointTimer, type Db } from '@claimdesk/db';

const globalForTimer = globalThis as unknown as { claimdeskCheckpoints?: boolean };

/**
 * The dashboard's single connection to the database file (migrated on first open). Anything that blocks this
 * connection blocks every request of the server, so: it never waits synchronously for another process's write
 * lock (SQLite's busy handler sleeps on the event loop: 50 ms per attempt, at 30 writes/s during a bulk import,
 * froze the server for seconds); a write that finds the lock taken is retried asynchronously (the API's
 * retryWhenBusy middleware, whenNotBusy) while other requests are served. Reads never wait for the lock in WAL
 * mode. The WAL is checkpointed on a timer rather than after commits (see autoCheckpoint in @claimdesk/db), and
 * not while another process is writing (an import checkpoints its own writes; see createCheckpointer), and
 * statement journals stay in memory (an import through the dashboard writes bulk statements, see tempStoreInMemory).
 */
export function db(): Db {
  const connection = getDb({ busyTimeoutMs: 0, autoCheckpoint: false, tempStoreInMemory: true });
  if (!globalForTimer.claimdeskCheckpoints) {
    globalForTimer.claimdeskCheckpoints = true;
    startCheckpointTimer(connection, 5000, { leaveToOtherWriters: true });
  }
  return connection;
}
