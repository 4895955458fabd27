import NextAuth from 'next-auth';
import { answerServerErrors } from '~/server/answer-server-errors';
import { authOptions } from '~/server/auth';

const handler = answerServerErrors('auth', (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => NextAuth(authOptions())(req, ctx) as Promise<Response>);

export { handler as GET, handler as POST };
