import { activity, type Db } from '@claimdesk/db';
import type { Actor } from './actor';

export interface ActivityEntry {
  caseId: string;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Appends one entry to the case's log. Call it inside the transaction of the change it records. */
export function recordActivity(db: Db, actor: Actor, entry: ActivityEntry, at = Date.now()): number {
  const row = db
    .insert(activity)
    .values({ ...entry, before: entry.before ?? null, after: entry.after ?? null, actorId: actor.id, at })
    .returning({ id: activity.id })
    .get();
  return row.id;
}
