import { requestedOrigin, type TrustedProxies } from '@claimdesk/auth';

/**
 * True when the request's Origin header names this app exactly (scheme, host and port) as the request was sent to
 * it: the Host header, or X-Forwarded-Host and -Proto when the request came from a trusted proxy.
 */
export function isSameOrigin(req: Request, proxies: TrustedProxies): boolean {
  const origin = req.headers.get('origin');
  if (!origin) return false;
  const expected = requestedOrigin(req.headers, req.url, proxies);
  try {
    return expected !== null && new URL(origin).origin === expected;
  } catch {
    return false;
  }
}
