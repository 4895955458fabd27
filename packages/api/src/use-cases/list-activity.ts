import { activity, and, desc, eq, lt, users, type Db, type SQL } from '@claimdesk/db';
import { z } from 'zod';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';
import { idInput } from '../review/inputs';

export const listActivityInput = z.object({
  caseId: idInput,
  entityType: z.enum(['claim', 'dispute', 'document', 'case', 'user']).optional(),
  entityId: idInput.optional(),
  /** The id of the oldest entry already shown: the page continues before it. */
  before: z.number().int().min(1, 'The cursor is not valid').max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const activityColumns = {
  id: activity.id,
  caseId: activity.caseId,
  actorId: activity.actorId,
  actorName: users.name,
  action: activity.action,
  entityType: activity.entityType,
  entityId: activity.entityId,
  before: activity.before,
  after: activity.after,
  at: activity.at,
};

/** A case's history, newest first, optionally for one item. */
export function listActivity({ db, actor }: { db: Db; actor: Actor }, rawInput: z.input<typeof listActivityInput>) {
  const input = listActivityInput.parse(rawInput);
  requireCaseAccess(db, actor, input.caseId);
  const conditions: (SQL | undefined)[] = [eq(activity.caseId, input.caseId)];
  if (input.entityType) conditions.push(eq(activity.entityType, input.entityType));
  if (input.entityId) conditions.push(eq(activity.entityId, input.entityId));
  if (input.before) conditions.push(lt(activity.id, input.before));
  const items = db.select(activityColumns).from(activity).leftJoin(users, eq(users.id, activity.actorId)).where(and(...conditions)).orderBy(desc(activity.id)).limit(input.limit).all();
  return { items, nextBefore: items.length === input.limit ? (items.at(-1)?.id ?? null) : null };
}
