import { randomUUID } from 'node:crypto';
import { caseMembers, cases, eq, writeTransaction, type Db } from '@claimdesk/db';
import { z } from 'zod';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { DomainError } from '../errors';

export const createCaseInput = z.object({
  name: z.string().trim().min(3, 'A case name needs at least 3 characters').max(200, 'Keep the case name under 200 characters'),
  description: z.string().trim().max(5000).default(''),
  fourEyes: z.boolean().default(false),
});

/** Creates a case; the creator (when a person) becomes its first member. */
export function createCase({ db, actor }: { db: Db; actor: Actor }, rawInput: z.input<typeof createCaseInput>) {
  const input = createCaseInput.parse(rawInput);
  return writeTransaction(db, (tx) => {
    if (tx.select({ id: cases.id }).from(cases).where(eq(cases.name, input.name)).get()) {
      throw new DomainError('ALREADY_EXISTS', `A case named "${input.name}" already exists.`);
    }
    const now = Date.now();
    const row = { id: randomUUID(), name: input.name, description: input.description, fourEyes: input.fourEyes, createdBy: actor.id, createdAt: now };
    tx.insert(cases).values(row).run();
    if (actor.id) tx.insert(caseMembers).values({ caseId: row.id, userId: actor.id, addedAt: now }).run();
    recordActivity(tx, actor, { caseId: row.id, action: 'case.created', entityType: 'case', entityId: row.id, after: { name: row.name } }, now);
    return row;
  });
}
