import { eq, feeds, writeTransaction, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { requireFeedAccess } from './feed-access';

/** Pausing stops polling; resuming makes the next poll due at once. */
export function setFeedPaused({ db, actor }: { db: Db; actor: Actor }, input: { feedId: string; paused: boolean }) {
  return writeTransaction(db, (tx) => {
    const feed = requireFeedAccess(tx, actor, input.feedId);
    if (feed.paused === input.paused) return { id: feed.id, paused: feed.paused };
    const now = Date.now();
    tx.update(feeds).set({ paused: input.paused, ...(input.paused ? {} : { nextPollAt: now, failures: 0 }) }).where(eq(feeds.id, feed.id)).run();
    recordActivity(tx, actor, { caseId: feed.caseId, action: input.paused ? 'feed.paused' : 'feed.resumed', entityType: 'feed', entityId: feed.id, after: { url: feed.url } }, now);
    return { id: feed.id, paused: input.paused };
  });
}
