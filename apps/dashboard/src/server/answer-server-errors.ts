import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { reportServerError, serverErrorMessage } from '@claimdesk/api';

function serverErrorAnswer(ref: string, status = 500): Response {
  return Response.json({ message: serverErrorMessage(ref), ref }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * Wraps a route handler so that a fault it did not foresee is logged under a reference and answered as a JSON
 * sentence carrying that reference ("tell an admin: ref 7f3a…"), instead of the framework's bare 500. With
 * `ownAnswers`, a 5xx the handler answers itself (a library's route, like next-auth's) is logged and replaced too,
 * since its body is the library's internal message.
 */
export function answerServerErrors<Req extends Request, Args extends unknown[]>(
  where: string,
  handler: (req: Req, ...args: Args) => Promise<Response> | Response,
  options: { ownAnswers?: boolean } = {},
) {
  return async (req: Req, ...args: Args): Promise<Response> => {
    try {
      const res = await handler(req, ...args);
      if (!options.ownAnswers || res.status < 500) return res;
      const said = (await res.text()).slice(0, 1000);
      return serverErrorAnswer(reportServerError(`${where} ${req.method} ${new URL(req.url).pathname}`, new Error(`answered ${res.status}: ${said}`)), res.status);
    } catch (error) {
      // redirect() and notFound() work by throwing; they are answers, not faults.
      unstable_rethrow(error);
      return serverErrorAnswer(reportServerError(`${where} ${req.method}`, error));
    }
  };
}
