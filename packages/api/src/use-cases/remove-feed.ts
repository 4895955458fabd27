import { eq, feeds, writeTransaction, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { requireFeedAccess } from './feed-access';

/** Stops following a feed. The documents it brought stay in the case; only the feed and its item log go. */
export function removeFeed({ db, actor }: { db: Db; actor: Actor }, input: { feedId: string }) {
  return writeTransaction(db, (tx) => {
    const feed = requireFeedAccess(tx, actor, input.feedId);
    tx.delete(feeds).where(eq(feeds.id, feed.id)).run();
    recordActivity(tx, actor, { caseId: feed.caseId, action: 'feed.removed', entityType: 'feed', entityId: feed.id, before: { url: feed.url, itemsImported: feed.itemsImported } });
    return { id: feed.id };
  });
}
