import { and, asc, comments, eq, users, type Db } from '@claimdesk/db';
import type { ReviewItemType } from '@claimdesk/claim-model/workflow';
import type { Actor } from '../actor';
import { loadReviewItem } from '../review/review-item';

/** The discussion of an item, oldest first, with author names. */
export function listComments({ db, actor }: { db: Db; actor: Actor }, input: { itemType: ReviewItemType; itemId: string }) {
  loadReviewItem(db, actor, input.itemType, input.itemId);
  return db
    .select({ id: comments.id, authorId: comments.authorId, authorName: users.name, body: comments.body, mentions: comments.mentions, createdAt: comments.createdAt, editedAt: comments.editedAt })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.itemType, input.itemType), eq(comments.itemId, input.itemId)))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .all();
}
