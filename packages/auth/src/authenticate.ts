import { eq, users, whenNotBusy, type Db } from '@claimdesk/db';
import type { Role } from '@claimdesk/claim-model';
import { dummyPasswordHash, verifyPassword } from './password';
import { checkSignInThrottle, clearPairFailures, recordSignInFailure } from './sign-in-throttle';

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; sessionVersion: number } }
  | { ok: false; code: 'INVALID_CREDENTIALS' | 'TOO_MANY_ATTEMPTS'; retryAfterSeconds?: number };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks an email and password, with throttling. One answer for an unknown email, a wrong password and a disabled
 * account, whatever the password: answering "disabled" only for the right one told a guesser the password.
 */
export async function authenticate(db: Db, rawEmail: string, password: string, ip: string): Promise<SignInResult> {
  const email = normaliseEmail(rawEmail);
  const throttle = checkSignInThrottle(db, email, ip);
  if (!throttle.allowed) return { ok: false, code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: throttle.retryAfterSeconds };

  const user = db.select().from(users).where(eq(users.email, email)).get();
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid || user.disabled) {
    // A bulk import in another process may hold the write lock: wait for it without blocking the server.
    await whenNotBusy(() => recordSignInFailure(db, email, ip));
    return { ok: false, code: 'INVALID_CREDENTIALS' };
  }
  await whenNotBusy(() => clearPairFailures(db, email, ip));
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}
