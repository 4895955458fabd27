import { index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestampMs } from './columns';

/** Who is looking at what, refreshed by heartbeats; rows older than the expiry are ignored and pruned. */
export const presence = sqliteTable(
  'presence',
  {
    caseId: text('case_id').notNull(),
    userId: text('user_id').notNull(),
    disputeId: text('dispute_id'),
    seenAt: timestampMs('seen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index('presence_case_seen').on(t.caseId, t.seenAt)],
);
