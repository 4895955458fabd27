import { writeTransaction, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import type { ItemCommandInput } from '../review/inputs';
import { runWorkflowCommand } from '../review/run-command';

/** Marks a new claim or dispute as check-worthy. */
export function triageItem({ db, actor }: { db: Db; actor: Actor }, input: ItemCommandInput) {
  return writeTransaction(db, (tx) => runWorkflowCommand(tx, actor, input, { type: 'triage' }, { action: `${input.itemType}.triaged` }).after);
}
