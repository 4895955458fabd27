import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestampMs } from './columns';
import { cases } from './cases';
import { users } from './users';

/**
 * The append-only log of a case. Never updated or deleted (triggers in the migration refuse it).
 * The autoincrement id is the cursor live subscribers resume from.
 */
export const activity = sqliteTable(
  'activity',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    actorId: text('actor_id').references(() => users.id),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    at: timestampMs('at').notNull(),
  },
  (t) => [index('activity_case_id').on(t.caseId, t.id), index('activity_entity').on(t.entityType, t.entityId, t.id)],
);
