import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@claimdesk/api';
import { readAuthEnv } from '@claimdesk/auth';
import { db } from '~/server/db';
import { answerServerErrors } from '~/server/answer-server-errors';
import { getApiSessionContext } from '~/server/auth';
import { MAX_BATCH_SIZE, MAX_BODY_BYTES, readBodyWithin } from '~/lib/request-limits';
import { isSameOrigin } from '~/server/same-origin';

export const dynamic = 'force-dynamic';

async function handler(req: Request) {
  // next-auth's CSRF token covers only its own routes: refuse cross-site writes here.
  if (req.method !== 'GET' && !isSameOrigin(req, readAuthEnv().trustedProxies)) {
    return Response.json({ error: { message: 'Cross-site request refused.' } }, { status: 403 });
  }
  let request = req;
  if (req.method === 'POST') {
    // Read under a limit before anything parses it: a 25 MB body was parsed whole before.
    const body = await readBodyWithin(req, MAX_BODY_BYTES);
    if (!body) return Response.json({ error: { message: `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB. Send less at once (import files one by one).` } }, { status: 413 });
    request = new Request(req.url, { method: 'POST', headers: req.headers, body });
  }
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    allowMethodOverride: false,
    // More calls in one request are refused with 400; the client's batch link sends at most BATCH_LINK_MAX_ITEMS.
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: async () => ({ db: db(), ...(await getApiSessionContext(request)) }),
  });
}

const answer = answerServerErrors('api/trpc', handler);
export { answer as GET, answer as POST };
