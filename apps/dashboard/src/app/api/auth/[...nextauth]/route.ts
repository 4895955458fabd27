import NextAuth from 'next-auth';
import { answerServerErrors } from '~/server/answer-server-errors';
import { authOptions } from '~/server/auth';

type Params = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: Params): Promise<Response> {
  // next-auth answers a GET here with a 500 ("callback for provider type credentials not supported").
  if (req.method !== 'POST' && (await ctx.params).nextauth.join('/') === 'callback/credentials') {
    return Response.json({ message: 'Sign in with the sign-in form: this address only takes the form’s POST.' }, { status: 405, headers: { Allow: 'POST' } });
  }
  return (await NextAuth(authOptions())(req, ctx)) as Response;
}

const answer = answerServerErrors('auth', handler, { ownAnswers: true });
export { answer as GET, answer as POST };
