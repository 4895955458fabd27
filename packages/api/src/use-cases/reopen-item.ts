import { writeTransaction, type Db } from '@claimdesk/db';
import { z } from 'zod';
import type { Actor } from '../actor';
import { itemCommandInput } from '../review/inputs';
import { runWorkflowCommand } from '../review/run-command';

export const reopenItemInput = itemCommandInput.extend({ reason: z.string().trim().min(1, 'Say why the item is reopened').max(2000, 'Keep the reason under 2,000 characters') });

/** Reopens a resolved or dismissed item (leads), for example when a new source changes the figure. */
export function reopenItem({ db, actor }: { db: Db; actor: Actor }, input: z.input<typeof reopenItemInput>) {
  const parsed = reopenItemInput.parse(input);
  return writeTransaction(db, (tx) => runWorkflowCommand(tx, actor, parsed, { type: 'reopen' }, { action: `${parsed.itemType}.reopened`, detail: { reason: parsed.reason } }).after);
}
