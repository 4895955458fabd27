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
    /**
     * For a page imported by its address: the canonical URL (the page's own canonical link, tracking parameters and
     * AMP removed), which finds the same article at another address, and the SHA-256 of the fetched HTML.
     */
    canonicalUrl: text('canonical_url'),
    htmlHash: text('html_hash'),
    fetchedAt: timestampMs('fetched_at'),
    author: text('author'),
    /** ISO time the page says it was last changed (article:modified_time, JSON-LD dateModified). */
    modifiedAt: text('modified_at'),
    /** A later version of an article at a known URL is a new document pointing at the first version; 1 for the first. */
    revisionOf: text('revision_of'),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    uniqueIndex('documents_case_hash').on(t.caseId, t.contentHash),
    index('documents_case_imported').on(t.caseId, t.importedAt),
    // Partial: only the few pending rows are indexed.
    index('documents_case_pending').on(t.caseId).where(sql`grouping_pending = 1`),
    index('documents_case_canonical').on(t.caseId, t.canonicalUrl).where(sql`canonical_url IS NOT NULL`),
    index('documents_case_html_hash').on(t.caseId, t.htmlHash).where(sql`html_hash IS NOT NULL`),
  ],
);
