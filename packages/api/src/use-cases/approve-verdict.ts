import { and, eq, ne, verdicts, writeTransaction, type Db } from '@claimdesk/db';
import { z } from 'zod';
import type { Actor } from '../actor';
import { idInput, versionInput } from '../review/inputs';
import { runVerdictCommand } from '../review/verdict-command';

export const decideVerdictInput = z.object({
  verdictId: idInput,
  expectedVersion: versionInput,
  note: z.string().trim().max(5000, 'Keep the note under 5,000 characters').default(''),
});

/** A lead other than the proposer approves a verdict: the item is resolved and earlier verdicts are superseded. */
export function approveVerdict({ db, actor }: { db: Db; actor: Actor }, input: z.input<typeof decideVerdictInput>) {
  const parsed = decideVerdictInput.parse(input);
  return writeTransaction(db, (tx) =>
    runVerdictCommand(tx, actor, parsed, { type: 'approve' }, 'verdict.approved', (verdict) => {
      tx.update(verdicts)
        .set({ state: 'superseded' })
        .where(and(eq(verdicts.itemType, verdict.itemType), eq(verdicts.itemId, verdict.itemId), eq(verdicts.state, 'approved'), ne(verdicts.id, verdict.id)))
        .run();
      tx.update(verdicts).set({ state: 'approved', approverId: actor.id, decisionNote: parsed.note || null, decidedAt: Date.now() }).where(eq(verdicts.id, verdict.id)).run();
    }),
  );
}
