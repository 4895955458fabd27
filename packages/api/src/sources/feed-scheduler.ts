import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '@claimdesk/db';
import { pollDueFeeds, type FeedPollReport } from '../use-cases/poll-feeds';

/** This process's name on the feed leases it takes. */
export const PROCESS_OWNER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export interface FeedScheduler {
  /** One round now (a round already running is not doubled): what tests and "poll now" drive. */
  tick(): Promise<FeedPollReport[]>;
  stop(): void;
}

/**
 * Polls the database's due feeds every `everyMs` from inside the server process. Leases in the database (not
 * this timer) decide who polls a feed, so several processes on one database can each run a scheduler.
 */
export function startFeedScheduler({ db, everyMs = 15_000, clock = Date.now, owner = PROCESS_OWNER }: { db: Db; everyMs?: number; clock?: () => number; owner?: string }): FeedScheduler {
  let running: Promise<FeedPollReport[]> | null = null;
  let stopped = false;
  const tick = () => {
    if (stopped) return Promise.resolve([]);
    running ??= pollDueFeeds(db, { owner, now: clock() })
      .catch((error: unknown) => {
        console.error('[feeds] a polling round failed:', error);
        return [];
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return {
    tick,
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
