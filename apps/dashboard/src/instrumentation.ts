import { readServerEnv } from './env';

/** Runs once when the server process starts: the feed scheduler lives here, beside the requests it shares a connection with. */
export async function register() {
  const env = readServerEnv();
  if (env.NEXT_RUNTIME !== 'nodejs' || env.CLAIMDESK_FEEDS === '0') return;
  const { startFeeds } = await import('./server/feeds');
  startFeeds(env.CLAIMDESK_FEED_TICK_SECONDS * 1000);
}
