import { and, count, eq, gte, lt, signInFailures, sql, type Db } from '@claimdesk/db';

/**
 * Failed sign-ins are counted over sliding windows, per account+address and per address: a guesser at one address is
 * stopped quickly, and an address guessing across accounts (spraying) is stopped too. Addresses come from the socket
 * or a trusted proxy (client-address.ts), so a forged X-Forwarded-For cannot make a fresh address per guess.
 * Every block expires on its own.
 */
export const THROTTLE_RULES = [
  { scope: 'pair', windowMs: 15 * 60_000, maxFailures: 5 },
  { scope: 'ip', windowMs: 15 * 60_000, maxFailures: 100 },
] as const;

/**
 * An account under attack slows its guessers down without locking its owner out (ASVS 5.0 V6.3.1, docs/adr/0006):
 * past `freeFailures` failures in the window, an address that has already failed for the account waits a delay that
 * doubles with every further failure, up to `maxDelayMs`, after the account's last failure. An address that has not
 * failed for it is still heard, so the owner's correct password signs in while an attacker is being slowed.
 */
export const ACCOUNT_SLOWDOWN = { windowMs: 60 * 60_000, freeFailures: 10, firstDelayMs: 1_000, maxDelayMs: 15 * 60_000 } as const;

const RETENTION_MS = 24 * 60 * 60_000;

export interface ThrottleDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** The wait imposed on an address that has failed for an account with `failures` failures in the window. */
export function accountDelayMs(failures: number): number {
  const over = failures - ACCOUNT_SLOWDOWN.freeFailures;
  if (over < 0) return 0;
  return Math.min(ACCOUNT_SLOWDOWN.maxDelayMs, ACCOUNT_SLOWDOWN.firstDelayMs * 2 ** Math.min(over, 30));
}

function windowBlock(db: Db, where: ReturnType<typeof and>, windowMs: number, maxFailures: number, now: number): number {
  const failures = db.select({ n: count() }).from(signInFailures).where(where).get()?.n ?? 0;
  if (failures < maxFailures) return 0;
  // The block lifts when the oldest counted failure leaves the window.
  const oldest = db.select({ at: signInFailures.at }).from(signInFailures).where(where).orderBy(signInFailures.at).limit(1).offset(failures - maxFailures).get();
  return (oldest?.at ?? now) + windowMs - now;
}

export function checkSignInThrottle(db: Db, email: string, ip: string, now = Date.now()): ThrottleDecision {
  let retryAfterMs = 0;
  for (const rule of THROTTLE_RULES) {
    const since = now - rule.windowMs;
    const where =
      rule.scope === 'pair'
        ? and(eq(signInFailures.email, email), eq(signInFailures.ip, ip), gte(signInFailures.at, since))
        : and(eq(signInFailures.ip, ip), gte(signInFailures.at, since));
    retryAfterMs = Math.max(retryAfterMs, windowBlock(db, where, rule.windowMs, rule.maxFailures, now));
  }
  const since = now - ACCOUNT_SLOWDOWN.windowMs;
  const account = db
    .select({ n: count(), last: sql<number | null>`max(${signInFailures.at})` })
    .from(signInFailures)
    .where(and(eq(signInFailures.email, email), gte(signInFailures.at, since)))
    .get();
  const delay = accountDelayMs(account?.n ?? 0);
  if (delay > 0) {
    const failedHere = db
      .select({ n: count() })
      .from(signInFailures)
      .where(and(eq(signInFailures.email, email), eq(signInFailures.ip, ip), gte(signInFailures.at, since)))
      .get();
    if ((failedHere?.n ?? 0) > 0) retryAfterMs = Math.max(retryAfterMs, (account?.last ?? now) + delay - now);
  }
  return { allowed: retryAfterMs <= 0, retryAfterSeconds: Math.ceil(Math.max(0, retryAfterMs) / 1000) };
}

export function recordSignInFailure(db: Db, email: string, ip: string, now = Date.now()): void {
  db.insert(signInFailures).values({ email, ip, at: now }).run();
  db.delete(signInFailures).where(lt(signInFailures.at, now - RETENTION_MS)).run();
}

/** A successful sign-in forgives that pair's failures, so the owner's own typos don't add up. */
export function clearPairFailures(db: Db, email: string, ip: string): void {
  db.delete(signInFailures).where(and(eq(signInFailures.email, email), eq(signInFailures.ip, ip))).run();
}
