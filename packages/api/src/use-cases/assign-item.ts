import { and, caseMembers, eq, users, writeTransaction, type Db } from '@claimdesk/db';
import { type z } from 'zod';
import type { Actor } from '../actor';
import { DomainError } from '../errors';
import { authorize } from '@claimdesk/claim-model/workflow';
import { idInput, itemCommandInput } from '../review/inputs';
import { loadReviewItem } from '../review/review-item';
import { refusalError, runWorkflowCommand } from '../review/run-command';

export const assignItemInput = itemCommandInput.extend({ assigneeId: idInput });

/**
 * Assigns or reassigns an item to a member of its case: leads assign anyone, a reviewer takes an unassigned
 * new or triaged item for themselves. The assignment history keeps every hand-over.
 */
export function assignItem({ db, actor }: { db: Db; actor: Actor }, input: z.input<typeof assignItemInput>) {
  const parsed = assignItemInput.parse(input);
  return writeTransaction(db, (tx) => {
    const { item } = loadReviewItem(tx, actor, parsed.itemType, parsed.itemId);
    // Who may assign is answered before whom: a reviewer learns nothing about other people's membership.
    const allowed = authorize(actor, { type: 'assign', assigneeId: parsed.assigneeId }, { status: item.status, assigneeId: item.assigneeId });
    if (!allowed.ok) throw refusalError(allowed.error);
    const assignee = tx
      .select({ id: users.id, name: users.name, disabled: users.disabled })
      .from(users)
      .innerJoin(caseMembers, and(eq(caseMembers.userId, users.id), eq(caseMembers.caseId, item.caseId)))
      .where(eq(users.id, parsed.assigneeId))
      .get();
    if (!assignee) throw new DomainError('RULE_VIOLATION', 'Only members of this case can be assigned its items. Add the person to the case first.');
    if (assignee.disabled) throw new DomainError('RULE_VIOLATION', `${assignee.name}'s account is disabled, so they cannot be assigned work.`);
    return runWorkflowCommand(tx, actor, parsed, { type: 'assign', assigneeId: assignee.id }, { action: `${parsed.itemType}.assigned`, detail: { assigneeName: assignee.name } }).after;
  });
}
