import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { answerServerErrors } from '~/server/answer-server-errors';
import { authOptions } from '~/server/auth';
import { guardNextAuthCallback } from '~/server/next-auth-callback-guard';

type Params = { params: Promise<{ nextauth: string[] }> };

/** What next-auth serves, by method: anything else it answers with a 500 ("… not supported"), so it is refused here. */
const ACTIONS: Record<string, readonly string[]> = {
  GET: ['providers', 'session', 'csrf', 'signin', 'signout', 'callback', 'verify-request', 'error'],
  POST: ['signin', 'signout', 'callback', 'session', '_log'],
};

async function handler(req: NextRequest, ctx: Params): Promise<Response> {
  const [action = '', provider] = (await ctx.params).nextauth;
  // A credentials callback is only ever the sign-in form's POST.
  const served = (ACTIONS[req.method] ?? []).includes(action) && !(req.method !== 'POST' && action === 'callback' && provider === 'credentials');
  if (!served) {
    const known = Object.values(ACTIONS).some((actions) => actions.includes(action));
    return Response.json(
      { message: known ? 'This sign-in address does not take this kind of request: use the sign-in form.' : 'There is no such sign-in address.' },
      { status: known ? 405 : 404 },
    );
  }
  return guardNextAuthCallback(req) ?? ((await NextAuth(authOptions())(req, ctx)) as Response);
}

const answer = answerServerErrors('auth', handler, { ownAnswers: true });
export { answer as GET, answer as POST };
