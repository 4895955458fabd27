import { writeTransaction, type Db } from '@claimdesk/db';
import { z } from 'zod';
import type { Actor } from '../actor';
import { itemCommandInput } from '../review/inputs';
import { runWorkflowCommand } from '../review/run-command';

export const dismissItemInput = itemCommandInput.extend({ reason: z.string().trim().max(2000, 'Keep the reason under 2,000 characters').default('') });

/** Dismisses a claim or dispute as not check-worthy (leads). */
export function dismissItem({ db, actor }: { db: Db; actor: Actor }, input: z.input<typeof dismissItemInput>) {
  const parsed = dismissItemInput.parse(input);
  return writeTransaction(db, (tx) => runWorkflowCommand(tx, actor, parsed, { type: 'dismiss' }, { action: `${parsed.itemType}.dismissed`, detail: { reason: parsed.reason } }).after);
}
