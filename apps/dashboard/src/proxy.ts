import { NextResponse, type NextRequest } from 'next/server';
import { isDevelopment } from '~/env';
import { contentSecurityPolicy } from '~/server/content-security-policy';

/**
 * Runs before every page. Gives each response a fresh CSP nonce (on the request's policy header too, where Next.js
 * reads it for its own scripts) and passes the requested path to server layouts (they cannot read it otherwise), so a
 * signed-out visitor is sent to sign-in and then back to the page they asked for. Not an auth check: every page and
 * procedure checks itself.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce, { development: isDevelopment });
  const headers = new Headers(request.headers);
  headers.set('x-claimdesk-path', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = { matcher: ['/((?!api/|_next/|favicon.ico).*)'] };
