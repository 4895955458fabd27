import { eq, verdicts, writeTransaction, type Db } from '@claimdesk/db';
import { z } from 'zod';
import type { Actor } from '../actor';
import { idInput, versionInput } from '../review/inputs';
import { runVerdictCommand } from '../review/verdict-command';

export const sendBackVerdictInput = z.object({
  verdictId: idInput,
  expectedVersion: versionInput,
  note: z.string().trim().min(1, 'Say what needs another look').max(5000, 'Keep the note under 5,000 characters'),
});

/** A lead sends a proposed verdict back to review with a note; the item returns to its assignee. */
export function sendBackVerdict({ db, actor }: { db: Db; actor: Actor }, input: z.input<typeof sendBackVerdictInput>) {
  const parsed = sendBackVerdictInput.parse(input);
  return writeTransaction(db, (tx) =>
    runVerdictCommand(tx, actor, parsed, { type: 'send_back' }, 'verdict.sent_back', (verdict) => {
      tx.update(verdicts).set({ state: 'sent_back', approverId: actor.id, decisionNote: parsed.note, decidedAt: Date.now() }).where(eq(verdicts.id, verdict.id)).run();
    }),
  );
}
