import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestampMs } from './columns';
import { cases } from './cases';
import { users } from './users';

/** A source article. `text` is stored exactly as imported: claim offsets point into it forever. */
export const documents = sqliteTable(
  'documents',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    outlet: text('outlet').notNull(),
    url: text('url'),
    /** ISO date `YYYY-MM-DD`, or null when unknown. */
    publishedDate: text('published_date'),
    publishedApproximate: integer('published_approximate', { mode: 'boolean' }).notNull().default(false),
    language: text('language'),
    text: text('text').notNull(),
    /** SHA-256 of the text: re-importing the same text into a case is a no-op. */
    contentHash: text('content_hash').notNull(),
    sourceName: text('source_name'),
    importedBy: text('imported_by').references(() => users.id),
    importedAt: timestampMs('imported_at').notNull(),
    /**
     * Stored, but its claims not yet grouped into the case's disputes: a large import stores documents in short
     * transactions and regroups once per group of them. Any later regrouping picks up documents left pending.
     */
    groupingPending: integer('grouping_pending', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('documents_case_hash').on(t.caseId, t.contentHash),
    index('documents_case_imported').on(t.caseId, t.importedAt),
    // Partial: only the few pending rows are indexed.
    index('documents_case_pending').on(t.caseId).where(sql`grouping_pending = 1`),
  ],
);
