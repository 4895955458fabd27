import { asc, eq, feeds, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';

/** A case's feeds with what a lead needs to see they work: last poll, last error, items imported, next poll. */
export function listFeeds({ db, actor }: { db: Db; actor: Actor }, input: { caseId: string }) {
  requireCaseAccess(db, actor, input.caseId);
  return db
    .select({
      id: feeds.id,
      url: feeds.url,
      title: feeds.title,
      requiredWords: feeds.requiredWords,
      intervalSeconds: feeds.intervalSeconds,
      paused: feeds.paused,
      lastPolledAt: feeds.lastPolledAt,
      lastError: feeds.lastError,
      failures: feeds.failures,
      itemsImported: feeds.itemsImported,
      nextPollAt: feeds.nextPollAt,
    })
    .from(feeds)
    .where(eq(feeds.caseId, input.caseId))
    .orderBy(asc(feeds.createdAt))
    .all();
}
