import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { reportServerError, serverErrorMessage } from '@claimdesk/api';

/**
 * Wraps a route handler so that a fault it did not foresee is logged under a reference and answered as a JSON
 * sentence carrying that reference ("tell an admin: ref 7f3a…"), instead of the framework's bare 500.
 */
export function answerServerErrors<Args extends unknown[]>(where: string, handler: (req: Request, ...args: Args) => Promise<Response> | Response) {
  return async (req: Request, ...args: Args): Promise<Response> => {
    try {
      return await handler(req, ...args);
    } catch (error) {
      // redirect() and notFound() work by throwing; they are answers, not faults.
      unstable_rethrow(error);
      const ref = reportServerError(`${where} ${req.method}`, error);
      return Response.json({ message: serverErrorMessage(ref), ref }, { status: 500, headers: { 'Cache-Control': 'no-store' } });
    }
  };
}
