import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ROLES } from '@claimdesk/claim-model';
import { timestampMs } from './columns';

/** Accounts. `sessionVersion` is bumped to revoke every session of the user at once. */
export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  passwordHash: text('password_hash').notNull(),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  sessionVersion: integer('session_version').notNull().default(1),
  createdAt: timestampMs('created_at').notNull(),
  updatedAt: timestampMs('updated_at').notNull(),
});

/** Failed sign-ins, kept for a day, counted per account and per IP to throttle guessing. */
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    at: timestampMs('at').notNull(),
  },
  (t) => [index('sign_in_failures_email_at').on(t.email, t.at), index('sign_in_failures_ip_at').on(t.ip, t.at)],
);

export const userColumnsWithoutSecret = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabled: users.disabled,
} as const;

export const nowMs = sql`(unixepoch('subsec') * 1000)`;
