import { startFeedScheduler } from '@claimdesk/api';
import { db } from './db';

const globalForFeeds = globalThis as unknown as { claimdeskFeeds?: boolean };

/** One scheduler per server process; leases in the database keep processes sharing it from polling a feed twice. */
export function startFeeds(everyMs: number): void {
  if (globalForFeeds.claimdeskFeeds) return;
  globalForFeeds.claimdeskFeeds = true;
  startFeedScheduler({ db: db(), everyMs });
}
