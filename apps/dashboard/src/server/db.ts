import 'server-only';
import { getDb, startCheckpointTimer, type Db } from '@claimdesk/db';

const globalForTimer = globalThis as unknown as { claimdeskCheckpoints?: boolean };

/**
 * The dashboard's single connection to the database file (migrated on first open). Anything that blocks this
 * connection blocks every request of the server, so: waiting for another process's write lock stops after 50 ms
 * (longer waits are retried asynchronously: the API's retryWhenBusy middleware, whenNotBusy), and the WAL is
 * checkpointed on a timer rather than after commits (see autoCheckpoint in @claimdesk/db).
 */
export function db(): Db {
  const connection = getDb({ busyTimeoutMs: 50, autoCheckpoint: false });
  if (!globalForTimer.claimdeskCheckpoints) {
    globalForTimer.claimdeskCheckpoints = true;
    startCheckpointTimer(connection);
  }
  return connection;
}
