import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestampMs } from './columns';
import { users } from './users';

/** One story under verification, with its per-case settings. */
export const cases = sqliteTable('cases', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  /** Four-eyes rule: two reviewers' agreeing verdicts before approval. */
  fourEyes: integer('four_eyes', { mode: 'boolean' }).notNull().default(false),
  /** Items with no activity for this long are listed as stale on the lead dashboard. */
  staleAfterHours: integer('stale_after_hours').notNull().default(48),
  /** Per-case lexicon additions (JSON, validated by claim-model's lexicon schema). */
  lexiconOverride: text('lexicon_override', { mode: 'json' }),
  /**
   * Bumped by every change to the case's claims or lexicon, in the same transaction: a process holding the
   * case's disputes in memory compares it to know whether another process changed them meanwhile.
   */
  analysisGeneration: integer('analysis_generation').notNull().default(0),
  createdBy: text('created_by').references(() => users.id),
  createdAt: timestampMs('created_at').notNull(),
});

/** Who may see and work a case. Admins see every case. */
export const caseMembers = sqliteTable(
  'case_members',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    addedAt: timestampMs('added_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index('case_members_user').on(t.userId)],
);
