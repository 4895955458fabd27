import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { findWorkspaceRoot } from '@claimdesk/db';
import { parseTrustedProxies, type TrustedProxies } from './client-address';

const schema = z.object({
  NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters').optional(),
  NEXTAUTH_URL: z.url().optional(),
  CLAIMDESK_SESSION_MAX_AGE_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  CLAIMDESK_SESSION_IDLE_MINUTES: z.coerce.number().positive().max(24 * 60).default(30),
  // Addresses or CIDR ranges of the reverse proxies in front of the dashboard; none by default.
  CLAIMDESK_TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      const { errors } = parseTrustedProxies(value);
      if (errors.length > 0) ctx.addIssue({ code: 'custom', message: `not an IP address or CIDR range: ${errors.join(', ')} (example: 10.0.0.0/8, ::1)` });
    }),
});

export interface AuthEnv {
  secret: string;
  url: string | undefined;
  maxAgeSeconds: number;
  idleSeconds: number;
  /** Only these peers' X-Forwarded-For / -Host / -Proto are believed (client address, Origin check). */
  trustedProxies: TrustedProxies;
}

/**
 * Without NEXTAUTH_SECRET a random secret is created once in data/auth-secret (mode 0600), so a fresh
 * install is secure and sessions survive restarts without any configuration.
 */
function persistedSecret(): string {
  const file = join(findWorkspaceRoot(), 'data', 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return secret;
}

let cached: AuthEnv | undefined;

export function readAuthEnv(source: Record<string, string | undefined> = process.env): AuthEnv {
  if (cached && source === process.env) return cached;
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid auth configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const env: AuthEnv = {
    secret: parsed.data.NEXTAUTH_SECRET ?? persistedSecret(),
    url: parsed.data.NEXTAUTH_URL,
    maxAgeSeconds: Math.round(parsed.data.CLAIMDESK_SESSION_MAX_AGE_HOURS * 3600),
    idleSeconds: Math.round(parsed.data.CLAIMDESK_SESSION_IDLE_MINUTES * 60),
    trustedProxies: parseTrustedProxies(parsed.data.CLAIMDESK_TRUSTED_PROXIES).proxies,
  };
  if (source === process.env) cached = env;
  return env;
}
