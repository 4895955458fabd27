import { randomUUID } from 'node:crypto';
import { verdicts, writeTransaction, type Db } from '@claimdesk/db';
import type { z } from 'zod';
import type { Actor } from '../actor';
import { proposeVerdictInput } from '../review/verdict-input';
import { openAssignmentStart } from '../review/review-item';
import { runWorkflowCommand } from '../review/run-command';

/** The assignee proposes a verdict: rating, reconciled value or range with its as-of date, and rationale. */
export function proposeVerdict({ db, actor }: { db: Db; actor: Actor }, input: z.input<typeof proposeVerdictInput>) {
  const parsed = proposeVerdictInput.parse(input);
  return writeTransaction(db, (tx) => {
    const id = randomUUID();
    const now = Date.now();
    const outcome = runWorkflowCommand(tx, actor, parsed, { type: 'propose' }, {
      action: 'verdict.proposed',
      detail: { verdictId: id, rating: parsed.rating },
      beforeSave: ({ before }) => {
        const assignedAt = openAssignmentStart(tx, parsed.itemType, parsed.itemId);
        tx.insert(verdicts)
          .values({
            id,
            caseId: before.caseId,
            itemType: parsed.itemType,
            itemId: parsed.itemId,
            rating: parsed.rating,
            low: parsed.low,
            high: parsed.high,
            unit: parsed.unit,
            asOf: parsed.asOf,
            rationale: parsed.rationale,
            state: 'proposed',
            proposerId: actor.id,
            workMs: assignedAt === undefined ? null : now - assignedAt,
            proposedAt: now,
          })
          .run();
      },
    });
    return { item: outcome.after, verdictId: id, verdictVersion: 1 };
  });
}
