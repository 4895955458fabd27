import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestampMs } from './columns';
import { cases } from './cases';
import { documents } from './documents';
import { disputes } from './disputes';
import { users } from './users';

/**
 * An RSS, Atom or JSON Feed a case follows. The scheduler polls it every `intervalSeconds` (later after errors,
 * `failures` in a row). `leaseOwner`/`leaseUntil` is the lease a server process takes before polling, so two
 * processes sharing the database never poll one feed at once.
 */
export const feeds = sqliteTable(
  'feeds',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    title: text('title'),
    /** Words an item's title or page must contain (any of them), lower-cased; empty: every item. */
    requiredWords: text('required_words', { mode: 'json' }).$type<string[]>().notNull(),
    intervalSeconds: integer('interval_seconds').notNull().default(900),
    paused: integer('paused', { mode: 'boolean' }).notNull().default(false),
    etag: text('etag'),
    lastModified: text('last_modified'),
    nextPollAt: timestampMs('next_poll_at').notNull(),
    lastPolledAt: timestampMs('last_polled_at'),
    lastError: text('last_error'),
    failures: integer('failures').notNull().default(0),
    itemsImported: integer('items_imported').notNull().default(0),
    leaseOwner: text('lease_owner'),
    leaseUntil: timestampMs('lease_until').notNull().default(0),
    createdBy: text('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [uniqueIndex('feeds_case_url').on(t.caseId, t.url), index('feeds_next_poll').on(t.nextPollAt)],
);

/** Every item a feed has shown, once: what became of it (imported, duplicate, skipped, rejected and why). */
export const feedItems = sqliteTable(
  'feed_items',
  {
    feedId: text('feed_id')
      .notNull()
      .references(() => feeds.id, { onDelete: 'cascade' }),
    /** The item's guid or id, else its link. */
    itemKey: text('item_key').notNull(),
    url: text('url'),
    title: text('title'),
    outcome: text('outcome', { enum: ['imported', 'revision', 'duplicate', 'skipped', 'rejected'] }).notNull(),
    reason: text('reason'),
    documentId: text('document_id').references(() => documents.id, { onDelete: 'set null' }),
    seenAt: timestampMs('seen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.feedId, t.itemKey] })],
);

/** When a person last looked at a dispute: what joined it since is "new since you last looked". */
export const disputeViews = sqliteTable(
  'dispute_views',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    disputeId: text('dispute_id')
      .notNull()
      .references(() => disputes.id, { onDelete: 'cascade' }),
    seenAt: timestampMs('seen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.disputeId] })],
);
