import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { RELATION_KINDS, WORKFLOW_STATUSES } from '@claimdesk/claim-model';
import { timestampMs } from './columns';
import { cases } from './cases';
import { claims } from './claims';
import { users } from './users';

/**
 * A group of claims about one proposition, the main unit of review. Its id survives re-analysis
 * (claim-model's reconcileDisputes keeps it when claims join), so work attached to it stays attached.
 */
export const disputes = sqliteTable(
  'disputes',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    metric: text('metric').notNull(),
    subject: text('subject'),
    place: text('place'),
    asOfFrom: text('as_of_from'),
    asOfTo: text('as_of_to'),
    /** The strongest relation, for filtering; all relations with reasons are in `analysis`. */
    primaryRelation: text('primary_relation', { enum: RELATION_KINDS }).notNull(),
    severity: real('severity').notNull(),
    claimCount: integer('claim_count').notNull(),
    independentSourceCount: integer('independent_source_count').notNull(),
    /** The computed dispute (relations with reasons, independent sources, value summary) as JSON. */
    analysis: text('analysis', { mode: 'json' }).notNull(),
    status: text('status', { enum: WORKFLOW_STATUSES }).notNull().default('new'),
    assigneeId: text('assignee_id').references(() => users.id),
    priority: integer('priority').notNull().default(0),
    version: integer('version').notNull().default(1),
    /** Set when a new claim changed the relation of a dispute that already has a verdict. */
    newEvidence: integer('new_evidence', { mode: 'boolean' }).notNull().default(false),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
    lastActivityAt: timestampMs('last_activity_at').notNull(),
  },
  (t) => [
    index('disputes_case_severity').on(t.caseId, t.severity),
    index('disputes_case_status_assignee_updated').on(t.caseId, t.status, t.assigneeId, t.updatedAt),
    index('disputes_case_relation').on(t.caseId, t.primaryRelation),
    index('disputes_case_metric').on(t.caseId, t.metric),
  ],
);

export const disputeClaims = sqliteTable(
  'dispute_claims',
  {
    disputeId: text('dispute_id')
      .notNull()
      .references(() => disputes.id, { onDelete: 'cascade' }),
    claimId: text('claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.disputeId, t.claimId] }), index('dispute_claims_claim').on(t.claimId, t.disputeId)],
);
