import { eq, sql, verdicts, type Db } from '@claimdesk/db';
import type { WorkflowCommand } from '@claimdesk/claim-model/workflow';
import type { Actor } from '../actor';
import { DomainError, notFound } from '../errors';
import { runWorkflowCommand, type CommandOutcome } from './run-command';
import { loadReviewItem } from './review-item';

type VerdictRow = typeof verdicts.$inferSelect;

/**
 * Runs a command that decides on a proposed verdict (vote, approve, send back). The verdict's own version is
 * the concurrency check: two leads deciding on the same verdict cannot both win.
 */
export function runVerdictCommand(
  tx: Db,
  actor: Actor,
  input: { verdictId: string; expectedVersion: number },
  command: WorkflowCommand,
  action: string,
  apply: (verdict: VerdictRow, outcome: Omit<CommandOutcome, 'after'>) => void,
) {
  const verdict = tx.select().from(verdicts).where(eq(verdicts.id, input.verdictId)).get();
  if (!verdict) throw notFound('The verdict');
  loadReviewItem(tx, actor, verdict.itemType, verdict.itemId);
  if (verdict.version !== input.expectedVersion) {
    throw new DomainError(
      'STALE_VERSION',
      `Someone acted on this verdict while you were looking at it (you saw version ${input.expectedVersion}, it is now ${verdict.version}). Review it again.`,
      verdict,
    );
  }
  if (verdict.state !== 'proposed') throw new DomainError('INVALID_TRANSITION', `This verdict is already ${verdict.state.replace('_', ' ')}.`);
  const outcome = runWorkflowCommand(tx, actor, { itemType: verdict.itemType, itemId: verdict.itemId }, command, {
    action,
    detail: { verdictId: verdict.id },
    beforeSave: (o) => apply(verdict, o),
  });
  tx.update(verdicts).set({ version: sql`${verdicts.version} + 1` }).where(eq(verdicts.id, verdict.id)).run();
  const after = tx.select().from(verdicts).where(eq(verdicts.id, verdict.id)).get();
  return { item: outcome.after, verdict: after };
}
