import { eq, feeds, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';
import { notFound } from '../errors';

/** A feed of a case the actor may see; any other is "not found", so its existence does not leak. */
export function requireFeedAccess(db: Db, actor: Actor, feedId: string) {
  const feed = db.select().from(feeds).where(eq(feeds.id, feedId)).get();
  if (!feed) throw notFound('The feed');
  try {
    requireCaseAccess(db, actor, feed.caseId);
  } catch {
    throw notFound('The feed');
  }
  return feed;
}
