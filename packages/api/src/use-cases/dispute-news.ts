import { and, claims, disputeClaims, disputes, disputeViews, documents, eq, gt, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';
import { notFound } from '../errors';

interface Relation {
  kind: string;
}

/**
 * What joined a dispute since this person last looked at it, when the dispute is in conflict: the figures of
 * documents imported after their last visit ("new since you last looked"). Nothing on a first visit.
 */
export function disputeNews({ db, actor }: { db: Db; actor: Actor }, input: { disputeId: string }) {
  const dispute = db.select({ caseId: disputes.caseId, analysis: disputes.analysis }).from(disputes).where(eq(disputes.id, input.disputeId)).get();
  if (!dispute) throw notFound('The dispute');
  requireCaseAccess(db, actor, dispute.caseId);
  const seen = actor.id === null ? undefined : db.select({ seenAt: disputeViews.seenAt }).from(disputeViews).where(and(eq(disputeViews.userId, actor.id), eq(disputeViews.disputeId, input.disputeId))).get();
  const relations = (dispute.analysis as { relations?: Relation[] } | null)?.relations ?? [];
  const inConflict = relations.some((r) => r.kind === 'conflict');
  if (!seen || !inConflict) return { lastLookedAt: seen?.seenAt ?? null, claims: [] };
  const fresh = db
    .select({ claimId: claims.id, text: claims.text, documentId: documents.id, title: documents.title, outlet: documents.outlet, importedAt: documents.importedAt })
    .from(disputeClaims)
    .innerJoin(claims, eq(claims.id, disputeClaims.claimId))
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .where(and(eq(disputeClaims.disputeId, input.disputeId), gt(documents.importedAt, seen.seenAt)))
    .all();
  return { lastLookedAt: seen.seenAt, claims: fresh };
}

/** Remembers that this person looked at the dispute now. */
export function markDisputeSeen({ db, actor }: { db: Db; actor: Actor }, input: { disputeId: string }) {
  const dispute = db.select({ caseId: disputes.caseId }).from(disputes).where(eq(disputes.id, input.disputeId)).get();
  if (!dispute) throw notFound('The dispute');
  requireCaseAccess(db, actor, dispute.caseId);
  if (actor.id === null) return { seenAt: null };
  const seenAt = Date.now();
  db.insert(disputeViews).values({ userId: actor.id, disputeId: input.disputeId, seenAt }).onConflictDoUpdate({ target: [disputeViews.userId, disputeViews.disputeId], set: { seenAt } }).run();
  return { seenAt };
}
