import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { REVIEW_ITEM_TYPES } from '@claimdesk/claim-model/workflow';
import { timestampMs } from './columns';
import { cases } from './cases';
import { users } from './users';

/** Every assignment an item has had; the open one has `endedAt` null. The item row holds the current assignee. */
export const assignments = sqliteTable(
  'assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    itemType: text('item_type', { enum: REVIEW_ITEM_TYPES }).notNull(),
    itemId: text('item_id').notNull(),
    assigneeId: text('assignee_id')
      .notNull()
      .references(() => users.id),
    assignedBy: text('assigned_by').references(() => users.id),
    assignedAt: timestampMs('assigned_at').notNull(),
    endedAt: timestampMs('ended_at'),
  },
  (t) => [index('assignments_item').on(t.itemType, t.itemId, t.assignedAt), index('assignments_assignee').on(t.assigneeId, t.endedAt)],
);
