import { and, eq, gte, presence, users, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';
import { PRESENCE_TTL_MS } from './heartbeat-presence';

/** Who else is looking at the case right now, and at which dispute. */
export function listPresence({ db, actor }: { db: Db; actor: Actor }, input: { caseId: string }) {
  requireCaseAccess(db, actor, input.caseId);
  return db
    .select({ userId: presence.userId, name: users.name, disputeId: presence.disputeId, seenAt: presence.seenAt })
    .from(presence)
    .innerJoin(users, eq(users.id, presence.userId))
    .where(and(eq(presence.caseId, input.caseId), gte(presence.seenAt, Date.now() - PRESENCE_TTL_MS)))
    .all();
}
