import { NextResponse, type NextRequest } from 'next/server';

/**
 * Passes the requested path to server layouts (they cannot read it otherwise), so a signed-out visitor is sent
 * to sign-in and then back to the page they asked for. Not an auth check: every page and procedure checks itself.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set('x-claimdesk-path', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ['/((?!api/|_next/|favicon.ico).*)'] };
