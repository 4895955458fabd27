import { comments, eq, writeTransaction, type Db } from '@claimdesk/db';
import { mayEditComment } from '@claimdesk/claim-model/workflow';
import { z } from 'zod';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { forbidden, notFound } from '../errors';
import { commentBody } from '../review/comment-body';
import { idInput } from '../review/inputs';
import { loadReviewItem } from '../review/review-item';
import { resolveMentions } from './add-comment';

export const editCommentInput = z.object({ commentId: idInput, body: commentBody });

/** The author edits their comment; it is marked edited. The previous text is kept in the activity log. */
export function editComment({ db, actor }: { db: Db; actor: Actor }, rawInput: z.input<typeof editCommentInput>) {
  const input = editCommentInput.parse(rawInput);
  return writeTransaction(db, (tx) => {
    const comment = tx.select().from(comments).where(eq(comments.id, input.commentId)).get();
    if (!comment) throw notFound('The comment');
    try {
      loadReviewItem(tx, actor, comment.itemType, comment.itemId);
    } catch {
      throw notFound('The comment');
    }
    if (!mayEditComment(actor, comment.authorId)) throw forbidden('Only the author can edit a comment.');
    const now = Date.now();
    const mentions = resolveMentions(tx, comment.caseId, input.body);
    tx.update(comments).set({ body: input.body, mentions, editedAt: now }).where(eq(comments.id, comment.id)).run();
    recordActivity(tx, actor, { caseId: comment.caseId, action: 'comment.edited', entityType: comment.itemType, entityId: comment.itemId, before: { commentId: comment.id, body: comment.body }, after: { commentId: comment.id, mentions } }, now);
    return { ...comment, body: input.body, mentions, editedAt: now };
  });
}
