import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { guardNextAuthCallback } from './next-auth-callback-guard';

const request = (query: string, cookie?: string) => new NextRequest(`http://localhost:3000/api/auth/providers${query}`, { headers: cookie ? { cookie } : {} });

describe('the return address next-auth is given', () => {
  it.each([
    ['an address next-auth cannot parse becomes a path of this site', '?callbackUrl=1', '/1'],
    ['another site becomes the home page', '?callbackUrl=https://evil.example/x', '/'],
    ['a backslash trick becomes the home page', '?callbackUrl=/%5Cevil.example', '/'],
    ['a path of this site stays, normalised', '?callbackUrl=/cases/a/../b?x=1', '/cases/b?x=1'],
  ])('%s', (_, query, expected) => {
    const req = request(query);
    expect(guardNextAuthCallback(req)).toBeNull();
    expect(req.nextUrl.searchParams.get('callbackUrl')).toBe(expected);
  });

  it('leaves a request without a return address alone', () => {
    const req = request('?__proto__=x');
    expect(guardNextAuthCallback(req)).toBeNull();
    expect(req.nextUrl.searchParams.has('callbackUrl')).toBe(false);
  });

  it('refuses a callback-url cookie next-auth cannot parse with a 400 that clears it', async () => {
    const answer = guardNextAuthCallback(request('', 'next-auth.callback-url=1'));
    expect(answer?.status).toBe(400);
    expect(answer?.headers.get('set-cookie')).toContain('next-auth.callback-url=; Path=/; Max-Age=0');
    expect(((await answer?.json()) as { message: string }).message).toMatch(/sign in again/);
  });

  it('lets a readable callback-url cookie through', () => {
    expect(guardNextAuthCallback(request('', 'next-auth.callback-url=http%3A%2F%2Flocalhost%3A3000%2Fcases'))).toBeNull();
  });
});
