import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { VERDICT_RATINGS } from '@claimdesk/claim-model';
import { REVIEW_ITEM_TYPES } from '@claimdesk/claim-model/workflow';
import { timestampMs } from './columns';
import { cases } from './cases';
import { users } from './users';

export const VERDICT_STATES = ['proposed', 'approved', 'sent_back', 'superseded'] as const;

/**
 * A proposed or decided verdict on an item. At most one is `proposed` per item at a time; an approved
 * verdict stays as the record even after the item is reopened (a new one supersedes it).
 */
export const verdicts = sqliteTable(
  'verdicts',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    itemType: text('item_type', { enum: REVIEW_ITEM_TYPES }).notNull(),
    itemId: text('item_id').notNull(),
    rating: text('rating', { enum: VERDICT_RATINGS }).notNull(),
    /** The reconciled value or range; null bounds are open ("at least 13"). */
    low: real('low'),
    high: real('high'),
    unit: text('unit'),
    /** ISO date the reconciled figure holds as of. */
    asOf: text('as_of'),
    rationale: text('rationale').notNull(),
    state: text('state', { enum: VERDICT_STATES }).notNull(),
    proposerId: text('proposer_id').references(() => users.id),
    approverId: text('approver_id').references(() => users.id),
    decisionNote: text('decision_note'),
    /** Milliseconds from the item's assignment to this proposal: the dashboard's time to verdict. */
    workMs: integer('work_ms'),
    version: integer('version').notNull().default(1),
    proposedAt: timestampMs('proposed_at').notNull(),
    decidedAt: timestampMs('decided_at'),
  },
  (t) => [index('verdicts_item').on(t.itemType, t.itemId, t.proposedAt), index('verdicts_case_state').on(t.caseId, t.state, t.proposerId)],
);

/** A second reviewer's vote on a proposed verdict (four-eyes rule). One vote per person per verdict. */
export const verdictVotes = sqliteTable(
  'verdict_votes',
  {
    verdictId: text('verdict_id')
      .notNull()
      .references(() => verdicts.id, { onDelete: 'cascade' }),
    voterId: text('voter_id')
      .notNull()
      .references(() => users.id),
    agree: integer('agree', { mode: 'boolean' }).notNull(),
    note: text('note').notNull().default(''),
    at: timestampMs('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.verdictId, t.voterId] })],
);
