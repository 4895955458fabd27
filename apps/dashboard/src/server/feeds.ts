import { startFeedScheduler } from '@claimdesk/api';
import { readServerEnv } from '../env';
import { db } from './db';

const globalForFeeds = globalThis as unknown as { claimdeskFeeds?: boolean };

/** One scheduler per server process; leases in the database keep processes sharing it from polling a feed twice. */
export function startFeeds(): void {
  const env = readServerEnv();
  if (env.CLAIMDESK_FEEDS === '0' || globalForFeeds.claimdeskFeeds) return;
  globalForFeeds.claimdeskFeeds = true;
  startFeedScheduler({ db: db(), everyMs: env.CLAIMDESK_FEED_TICK_SECONDS * 1000 });
}
