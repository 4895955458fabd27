import { NextResponse, type NextRequest } from 'next/server';
import { isDevelopment } from '~/env';
import { contentSecurityPolicy } from '~/server/content-security-policy';

/** Whether every percent-escape of the path decodes (a lone `%`, `%E0%A4%A` do not). */
function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs before every request. Refuses a path that cannot be percent-decoded: Next answers a dynamic route's
 * undecodable segment with a bare 500 in production (vercel/next.js#92527), before any of our code runs. For pages,
 * gives each response a fresh CSP nonce (on the request's policy header too, where Next.js reads it for its own
 * scripts) and passes the requested path to server layouts (they cannot read it otherwise), so a signed-out visitor
 * is sent to sign-in and then back to the page they asked for. Not an auth check: every page and procedure checks
 * itself.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!isDecodable(pathname)) {
    return new NextResponse('Bad request: the address holds percent-encoding that cannot be decoded.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  if (pathname.startsWith('/api/')) return NextResponse.next();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce, { development: isDevelopment });
  const headers = new Headers(request.headers);
  headers.set('x-claimdesk-path', `${pathname}${search}`);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

// API routes are matched too, only for the decoding check above (their dynamic segments have the same problem).
export const config = { matcher: ['/((?!_next/|favicon.ico).*)'] };
