import { alias, and, asc, assignments, eq, users, type Db } from '@claimdesk/db';
import type { ReviewItemType } from '@claimdesk/claim-model/workflow';
import type { Actor } from '../actor';
import { loadReviewItem } from '../review/review-item';

/** Every hand-over of an item: who had it, who assigned it, from when to when. */
export function listAssignmentHistory({ db, actor }: { db: Db; actor: Actor }, input: { itemType: ReviewItemType; itemId: string }) {
  loadReviewItem(db, actor, input.itemType, input.itemId);
  const by = alias(users, 'assigned_by_user');
  return db
    .select({ assigneeId: assignments.assigneeId, assigneeName: users.name, assignedBy: assignments.assignedBy, assignedByName: by.name, assignedAt: assignments.assignedAt, endedAt: assignments.endedAt })
    .from(assignments)
    .leftJoin(users, eq(users.id, assignments.assigneeId))
    .leftJoin(by, eq(by.id, assignments.assignedBy))
    .where(and(eq(assignments.itemType, input.itemType), eq(assignments.itemId, input.itemId)))
    .orderBy(asc(assignments.assignedAt), asc(assignments.id))
    .all();
}
