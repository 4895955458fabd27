import { and, eq, lt, presence, writeTransaction, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';
import { notFound } from '../errors';
import { loadReviewItem } from '../review/review-item';

/** A viewer counts as present for this long after their last heartbeat (clients beat every ~10 s). */
export const PRESENCE_TTL_MS = 30_000;

/** Records that the actor is looking at a case, and at which dispute. Stored in the database so every server process sees it. */
export function heartbeatPresence({ db, actor }: { db: Db; actor: Actor }, input: { caseId: string; disputeId?: string | null }) {
  if (actor.id === null) return { ok: true };
  const userId = actor.id;
  requireCaseAccess(db, actor, input.caseId);
  if (input.disputeId) {
    const { item } = loadReviewItem(db, actor, 'dispute', input.disputeId);
    if (item.caseId !== input.caseId) throw notFound('The dispute');
  }
  const now = Date.now();
  writeTransaction(db, (tx) => {
    tx.insert(presence)
      .values({ caseId: input.caseId, userId, disputeId: input.disputeId ?? null, seenAt: now })
      .onConflictDoUpdate({ target: [presence.caseId, presence.userId], set: { disputeId: input.disputeId ?? null, seenAt: now } })
      .run();
    tx.delete(presence).where(and(eq(presence.caseId, input.caseId), lt(presence.seenAt, now - 10 * PRESENCE_TTL_MS))).run();
  });
  return { ok: true };
}
