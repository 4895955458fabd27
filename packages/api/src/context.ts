import type { Db } from '@claimdesk/db';
import type { SessionUser } from '@claimdesk/auth';

/** Everything a procedure may use: the database and the signed-in user (fresh from the database), if any. */
export interface Context {
  db: Db;
  user: SessionUser | null;
}

export function createInnerContext(input: Context): Context {
  return input;
}
