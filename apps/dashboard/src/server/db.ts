import 'server-only';
import { getDb } from '@claimdesk/db';

/**
 * The dashboard's single connection to the database file (migrated on first open). Waiting for another process's
 * write lock blocks the whole server, so it waits at most 50 ms; longer waits are retried asynchronously
 * (the API's retryWhenBusy middleware, whenNotBusy), while other requests are served.
 */
export const db = () => getDb({ busyTimeoutMs: 50 });
