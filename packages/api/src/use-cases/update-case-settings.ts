import { cases, eq, writeTransaction, type Db } from '@claimdesk/db';
import { mayManageCase } from '@claimdesk/claim-model/workflow';
import { z } from 'zod';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { requireCaseAccess } from '../case-access';
import { DomainError, forbidden } from '../errors';
import { idInput } from '../review/inputs';

export const updateCaseSettingsInput = z.object({
  caseId: idInput,
  description: z.string().trim().max(5000, 'Keep the description under 5,000 characters').optional(),
  fourEyes: z.boolean().optional(),
  staleAfterHours: z.number().int('Hours are a whole number').min(1, 'At least 1 hour').max(24 * 365, 'At most a year').optional(),
});

/** Leads change a case's description, four-eyes rule and staleness threshold. */
export function updateCaseSettings({ db, actor }: { db: Db; actor: Actor }, rawInput: z.input<typeof updateCaseSettingsInput>) {
  const input = updateCaseSettingsInput.parse(rawInput);
  if (!mayManageCase(actor)) throw forbidden('Only leads can change case settings.');
  return writeTransaction(db, (tx) => {
    const before = requireCaseAccess(tx, actor, input.caseId);
    const changes = { description: input.description, fourEyes: input.fourEyes, staleAfterHours: input.staleAfterHours };
    if (Object.values(changes).every((v) => v === undefined)) throw new DomainError('INVALID_INPUT', 'Nothing to change: send at least one setting.');
    tx.update(cases).set(changes).where(eq(cases.id, input.caseId)).run();
    const after = requireCaseAccess(tx, actor, input.caseId);
    recordActivity(tx, actor, {
      caseId: input.caseId,
      action: 'case.settings_changed',
      entityType: 'case',
      entityId: input.caseId,
      before: { description: before.description, fourEyes: before.fourEyes, staleAfterHours: before.staleAfterHours },
      after: { description: after.description, fourEyes: after.fourEyes, staleAfterHours: after.staleAfterHours },
    });
    return after;
  });
}
