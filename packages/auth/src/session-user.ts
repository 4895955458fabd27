import { eq, preparedFor, sql, users, type Db } from '@claimdesk/db';
import type { Role } from '@claimdesk/claim-model';

/** The signed-in person as every request sees them: read fresh from the database, never from the token alone. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

function prepareUserById(db: Db) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, sql.placeholder('userId')))
    .prepare();
}

// Read on every request: prepared once per connection.
const userById = (db: Db) => preparedFor(db, 'session-user', () => prepareUserById(db));

/**
 * Returns the user when the token's session version is still current and the account is enabled.
 * A role change, a disable or a sign-out bumps the version, which ends every older session at once.
 */
export function loadSessionUser(db: Db, userId: string, sessionVersion: number): SessionUser | null {
  const user = userById(db).get({ userId });
  if (!user || user.disabled || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function revokeSessions(db: Db, userId: string): void {
  db.update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: Date.now() })
    .where(eq(users.id, userId))
    .run();
}
