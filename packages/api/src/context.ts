import type { Db } from '@claimdesk/db';
import type { SessionUser } from '@claimdesk/auth';

/** Everything a procedure may use: the database and the signed-in user (fresh from the database), if any. */
export interface Context {
  db: Db;
  user: SessionUser | null;
  /**
   * Whether the session behind `user` is still current (not signed out, disabled or changed role). A request
   * checks this once when it starts; a long-lived subscription asks again while it runs.
   */
  isSessionCurrent?: () => boolean;
}

export function createInnerContext(input: Context): Context {
  return input;
}
