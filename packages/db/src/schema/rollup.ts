import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { WORKFLOW_STATUSES } from '@claimdesk/claim-model';
import { REVIEW_ITEM_TYPES } from '@claimdesk/claim-model/workflow';

/**
 * Item counts per case, type, status and assignee ('' when unassigned), kept by triggers on claims and
 * disputes in the same transaction as every change, so the dashboard never counts a million rows.
 */
export const statusCounts = sqliteTable(
  'status_counts',
  {
    caseId: text('case_id').notNull(),
    itemType: text('item_type', { enum: REVIEW_ITEM_TYPES }).notNull(),
    status: text('status', { enum: WORKFLOW_STATUSES }).notNull(),
    assigneeId: text('assignee_id').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.itemType, t.status, t.assigneeId] })],
);

/** How many items entered each status on each UTC day (throughput), kept by the same triggers. */
export const statusDaily = sqliteTable(
  'status_daily',
  {
    caseId: text('case_id').notNull(),
    itemType: text('item_type', { enum: REVIEW_ITEM_TYPES }).notNull(),
    day: text('day').notNull(),
    status: text('status', { enum: WORKFLOW_STATUSES }).notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.itemType, t.day, t.status] })],
);
