import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { REVIEW_ITEM_TYPES } from '@claimdesk/claim-model/workflow';
import { timestampMs } from './columns';
import { cases } from './cases';
import { users } from './users';

/** A markdown comment on a claim or dispute. `mentions` holds the ids of the members it @mentions. */
export const comments = sqliteTable(
  'comments',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    itemType: text('item_type', { enum: REVIEW_ITEM_TYPES }).notNull(),
    itemId: text('item_id').notNull(),
    authorId: text('author_id').references(() => users.id),
    body: text('body').notNull(),
    mentions: text('mentions', { mode: 'json' }).$type<string[]>().notNull(),
    createdAt: timestampMs('created_at').notNull(),
    editedAt: timestampMs('edited_at'),
  },
  (t) => [index('comments_item').on(t.itemType, t.itemId, t.createdAt)],
);
