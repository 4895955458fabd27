import fc from 'fast-check';
import { HOSTILE_STRINGS, hostileString } from '../../../packages/api/test/fuzz/hostile-values';

/** Percent-encodes a string as a browser would; a lone surrogate (which encodeURIComponent refuses) becomes raw invalid UTF-8. */
export function encodeLoosely(value: string): string {
  return Array.from(value, (ch) => {
    try {
      return encodeURIComponent(ch);
    } catch {
      return '%ED%A0%80';
    }
  }).join('');
}

/** Percent-encoding that no decoder accepts: a lone %, a cut sequence, an overlong or invalid UTF-8 byte. */
export const MALFORMED_ESCAPES = ['%', '%%', '%E0%A4%A', '%ff', '%C0%AF', '%ED%A0%80', '%u0041', '%2', '%zz', '%00', '%0d%0a'] as const;

/** A path segment or query value: hostile text encoded, or raw malformed escapes, or over-long. */
export const hostileComponent: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileString.map(encodeLoosely) },
  { weight: 2, arbitrary: fc.constantFrom(...MALFORMED_ESCAPES) },
  { weight: 2, arbitrary: fc.tuple(fc.string({ maxLength: 6 }).map(encodeLoosely), fc.constantFrom(...MALFORMED_ESCAPES)).map(([a, b]) => `${a}${b}`) },
  { weight: 1, arbitrary: fc.integer({ min: 101, max: 4000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom('..', '.', '%2e%2e', '%2F', '%5C', encodeLoosely(HOSTILE_STRINGS.join(''))) },
);

/** Query parameters the routes read, and some they do not, with hostile values. */
const QUERY_KEYS = ['asOf', 'includeOpen', 'metric', 'callbackUrl', 'reason', 'error', 'q', 'status', 'cursor', 'sort', 'input', 'batch', 'view', '__proto__', '%'] as const;
export const hostileQuery: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...QUERY_KEYS), fc.oneof(hostileComponent, fc.constantFrom('2022-01-07', 'false', 'deaths', '/cases', '1'))), { maxLength: 4 })
  .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`));

/** Cookie headers a tampering client sends, built around a real session cookie when there is one. */
export function hostileCookie(session: string | null): fc.Arbitrary<string> {
  const name = 'next-auth.session-token';
  const real = session ? [session, `${session}x`, `${session}; ${name}=%`, `junk=%; ${session}`] : [];
  return fc.oneof(
    fc.constantFrom(...real, `${name}=%`, `${name}=%E0%A4%A`, `${name}=${'a'.repeat(5000)}`, `${name}=`, `${name}`, 'next-auth.csrf-token=%', 'next-auth.callback-url=%', '=;=;;', `${name}=null`),
    fc.constantFrom(...MALFORMED_ESCAPES).map((bad) => `${name}=eyJ${bad}`),
  );
}
