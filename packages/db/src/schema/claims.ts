import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CLAIM_KINDS, WORKFLOW_STATUSES } from '@claimdesk/claim-model';
import { timestampMs } from './columns';
import { cases } from './cases';
import { documents } from './documents';
import { users } from './users';

/**
 * A claim as extracted (the full engine output in `payload`) plus the columns lists filter and sort on.
 * The id is the engine's stable id, so re-analysing a document finds the same rows.
 */
export const claims = sqliteTable(
  'claims',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: CLAIM_KINDS }).notNull(),
    spanStart: integer('span_start').notNull(),
    spanEnd: integer('span_end').notNull(),
    text: text('text').notNull(),
    metric: text('metric'),
    subject: text('subject'),
    place: text('place'),
    asOf: text('as_of'),
    low: real('low'),
    high: real('high'),
    unit: text('unit'),
    originalSource: text('original_source'),
    score: real('score').notNull(),
    /** The whole ExtractedClaim as JSON (figure, frame, attribution chain, hedges, reasons). */
    payload: text('payload', { mode: 'json' }).notNull(),
    status: text('status', { enum: WORKFLOW_STATUSES }).notNull().default('new'),
    assigneeId: text('assignee_id').references(() => users.id),
    priority: integer('priority').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    index('claims_document_span').on(t.documentId, t.spanStart),
    index('claims_case_status_score').on(t.caseId, t.status, t.score),
    index('claims_case_metric').on(t.caseId, t.metric),
  ],
);
