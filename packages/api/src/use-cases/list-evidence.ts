import { and, asc, eq, evidence, users, type Db } from '@claimdesk/db';
import type { ReviewItemType } from '@claimdesk/claim-model/workflow';
import type { Actor } from '../actor';
import { loadReviewItem } from '../review/review-item';

/** The evidence attached to an item, oldest first. */
export function listEvidence({ db, actor }: { db: Db; actor: Actor }, input: { itemType: ReviewItemType; itemId: string }) {
  loadReviewItem(db, actor, input.itemType, input.itemId);
  return db
    .select({ evidence, addedByName: users.name })
    .from(evidence)
    .leftJoin(users, eq(users.id, evidence.addedBy))
    .where(and(eq(evidence.itemType, input.itemType), eq(evidence.itemId, input.itemId)))
    .orderBy(asc(evidence.addedAt))
    .all()
    .map((r) => ({ ...r.evidence, addedByName: r.addedByName }));
}
