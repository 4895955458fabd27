import { randomUUID } from 'node:crypto';
import { caseMembers, comments, eq, users, writeTransaction, type Db } from '@claimdesk/db';
import { z } from 'zod';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { commentBody, mentionHandles } from '../review/comment-body';
import { idInput, itemTypeInput } from '../review/inputs';
import { loadReviewItem } from '../review/review-item';

export const addCommentInput = z.object({ itemType: itemTypeInput, itemId: idInput, body: commentBody });

/** The members of a case a comment @mentions, by email or by the part of the email before the `@`. */
export function resolveMentions(db: Db, caseId: string, body: string): string[] {
  const handles = mentionHandles(body);
  if (handles.length === 0) return [];
  const members = db.select({ id: users.id, email: users.email }).from(caseMembers).innerJoin(users, eq(users.id, caseMembers.userId)).where(eq(caseMembers.caseId, caseId)).all();
  return members.filter((m) => handles.includes(m.email) || handles.includes(m.email.split('@')[0] ?? '')).map((m) => m.id);
}

/** Any member comments on a claim or dispute (Markdown, with @mentions). Comments do not change the item's version. */
export function addComment({ db, actor }: { db: Db; actor: Actor }, rawInput: z.input<typeof addCommentInput>) {
  const input = addCommentInput.parse(rawInput);
  return writeTransaction(db, (tx) => {
    const { item } = loadReviewItem(tx, actor, input.itemType, input.itemId);
    const now = Date.now();
    const row = { id: randomUUID(), caseId: item.caseId, itemType: input.itemType, itemId: input.itemId, authorId: actor.id, body: input.body, mentions: resolveMentions(tx, item.caseId, input.body), createdAt: now, editedAt: null };
    tx.insert(comments).values(row).run();
    recordActivity(tx, actor, { caseId: item.caseId, action: 'comment.added', entityType: input.itemType, entityId: input.itemId, after: { commentId: row.id, mentions: row.mentions } }, now);
    return row;
  });
}
