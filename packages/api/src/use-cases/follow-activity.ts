import { setTimeout as sleep } from 'node:timers/promises';
import { activity, and, asc, desc, eq, gt, sql, users, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';
import { DomainError } from '../errors';
import { activityColumns } from './list-activity';

export const FOLLOW_POLL_MS = 400;
const BATCH = 200;

export type ActivityEvent = ReturnType<ReturnType<typeof followStatements>['next']['all']>[number];

function followStatements(db: Db) {
  return {
    next: db
      .select(activityColumns)
      .from(activity)
      .leftJoin(users, eq(users.id, activity.actorId))
      .where(and(eq(activity.caseId, sql.placeholder('caseId')), gt(activity.id, sql.placeholder('after'))))
      .orderBy(asc(activity.id))
      .limit(BATCH)
      .prepare(),
    latest: db.select({ id: activity.id }).from(activity).where(eq(activity.caseId, sql.placeholder('caseId'))).orderBy(desc(activity.id)).limit(1).prepare(),
  };
}

/**
 * Follows a case's activity table and yields every new entry, in order, from `lastEventId` (exclusive) or from now.
 * Polling the table rather than an in-process emitter means writes from any server process sharing the file arrive.
 */
export function followActivity(
  { db, actor, isSessionCurrent }: { db: Db; actor: Actor; isSessionCurrent?: () => boolean },
  input: { caseId: string; lastEventId?: string | null },
  signal?: AbortSignal,
): AsyncGenerator<ActivityEvent> {
  // Checked before the stream starts, so a refusal is an ordinary error response rather than a stream error.
  requireCaseAccess(db, actor, input.caseId);
  // A feed can stay open for hours: before each read, check again that the person may still see the case
  // (taken off it, disabled, signed out elsewhere or given another role), and end the feed if not.
  const stillAllowed = () => {
    if (isSessionCurrent && !isSessionCurrent()) throw new DomainError('FORBIDDEN', 'Your session has ended: sign in again to follow this case.');
    requireCaseAccess(db, actor, input.caseId);
  };
  return poll(db, input, stillAllowed, signal);
}

async function* poll(db: Db, input: { caseId: string; lastEventId?: string | null }, stillAllowed: () => void, signal?: AbortSignal): AsyncGenerator<ActivityEvent> {
  const statements = followStatements(db);
  const resumeFrom = Number(input.lastEventId);
  let after = input.lastEventId && Number.isSafeInteger(resumeFrom) && resumeFrom >= 0 ? resumeFrom : (statements.latest.get({ caseId: input.caseId })?.id ?? 0);
  while (!signal?.aborted) {
    stillAllowed();
    const rows = statements.next.all({ caseId: input.caseId, after });
    for (const row of rows) {
      after = row.id;
      yield row;
    }
    if (rows.length < BATCH) {
      try {
        await sleep(FOLLOW_POLL_MS, undefined, { signal });
      } catch {
        return;
      }
    }
  }
}
