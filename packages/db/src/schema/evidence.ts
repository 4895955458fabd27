import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { EVIDENCE_STANCES } from '@claimdesk/claim-model';
import { REVIEW_ITEM_TYPES } from '@claimdesk/claim-model/workflow';
import { timestampMs } from './columns';
import { cases } from './cases';
import { documents } from './documents';
import { users } from './users';

/** Evidence for or against an item: either a URL, or a span of a document in the same case. */
export const evidence = sqliteTable(
  'evidence',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    itemType: text('item_type', { enum: REVIEW_ITEM_TYPES }).notNull(),
    itemId: text('item_id').notNull(),
    url: text('url'),
    documentId: text('document_id').references(() => documents.id, { onDelete: 'cascade' }),
    spanStart: integer('span_start'),
    spanEnd: integer('span_end'),
    /** The document text of the span, copied so the evidence reads on its own. */
    quote: text('quote'),
    stance: text('stance', { enum: EVIDENCE_STANCES }).notNull(),
    note: text('note').notNull().default(''),
    addedBy: text('added_by').references(() => users.id),
    addedAt: timestampMs('added_at').notNull(),
  },
  (t) => [index('evidence_item').on(t.itemType, t.itemId, t.addedAt)],
);
