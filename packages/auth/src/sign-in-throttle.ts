import { and, count, eq, gte, lt, signInFailures, type Db } from '@claimdesk/db';

/**
 * Failed sign-ins are counted per account+IP, per account and per IP over sliding windows. The pair limit
 * stops a guesser quickly; the account limit (well under ASVS's 100 per hour) stops a distributed guesser.
 * Every block expires on its own, so an attacker can delay the owner but never lock them out for good.
 */
export const THROTTLE_RULES = [
  { scope: 'pair', windowMs: 15 * 60_000, maxFailures: 5 },
  { scope: 'account', windowMs: 60 * 60_000, maxFailures: 50 },
  { scope: 'ip', windowMs: 15 * 60_000, maxFailures: 100 },
] as const;

const RETENTION_MS = 24 * 60 * 60_000;

export interface ThrottleDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

export function checkSignInThrottle(db: Db, email: string, ip: string, now = Date.now()): ThrottleDecision {
  let retryAfterMs = 0;
  for (const rule of THROTTLE_RULES) {
    const since = now - rule.windowMs;
    const where =
      rule.scope === 'pair'
        ? and(eq(signInFailures.email, email), eq(signInFailures.ip, ip), gte(signInFailures.at, since))
        : rule.scope === 'account'
          ? and(eq(signInFailures.email, email), gte(signInFailures.at, since))
          : and(eq(signInFailures.ip, ip), gte(signInFailures.at, since));
    const failures = db.select({ n: count() }).from(signInFailures).where(where).get()?.n ?? 0;
    if (failures >= rule.maxFailures) {
      // The block lifts when the oldest counted failure leaves the window.
      const oldest = db
        .select({ at: signInFailures.at })
        .from(signInFailures)
        .where(where)
        .orderBy(signInFailures.at)
        .limit(1)
        .offset(failures - rule.maxFailures)
        .get();
      retryAfterMs = Math.max(retryAfterMs, (oldest?.at ?? now) + rule.windowMs - now);
    }
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
