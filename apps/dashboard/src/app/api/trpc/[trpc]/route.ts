import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@claimdesk/api';
import { db } from '~/server/db';
import { answerServerErrors } from '~/server/answer-server-errors';
import { getApiSessionContext } from '~/server/auth';
import { isSameOrigin } from '~/server/same-origin';

export const dynamic = 'force-dynamic';

function handler(req: Request) {
  // next-auth's CSRF token covers only its own routes: refuse cross-site writes here.
  if (req.method !== 'GET' && !isSameOrigin(req)) {
    return Response.json({ error: { message: 'Cross-site request refused.' } }, { status: 403 });
  }
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    allowMethodOverride: false,
    createContext: async () => ({ db: db(), ...(await getApiSessionContext(req)) }),
  });
}

const answer = answerServerErrors('api/trpc', handler);
export { answer as GET, answer as POST };
