import { integer } from 'drizzle-orm/sqlite-core';

/** Epoch milliseconds: sortable, compact, and the same in every process. */
export const timestampMs = (name: string) => integer(name, { mode: 'number' });
