import { writeTransaction, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import type { ItemCommandInput } from '../review/inputs';
import { runWorkflowCommand } from '../review/run-command';

/** The assignee starts working an assigned or reopened item. */
export function startReview({ db, actor }: { db: Db; actor: Actor }, input: ItemCommandInput) {
  return writeTransaction(db, (tx) => runWorkflowCommand(tx, actor, input, { type: 'start_review' }, { action: `${input.itemType}.review_started` }).after);
}
