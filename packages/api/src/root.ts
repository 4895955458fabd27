import { caseRouter } from './routers/case';
import { claimRouter } from './routers/claim';
import { disputeRouter } from './routers/dispute';
import { verdictRouter } from './routers/verdict';
import { documentRouter } from './routers/document';
import { userRouter } from './routers/user';
import { createCallerFactory, createTRPCRouter } from './trpc';

/** One router per domain. */
export const appRouter = createTRPCRouter({
  case: caseRouter,
  document: documentRouter,
  user: userRouter,
  claim: claimRouter,
  dispute: disputeRouter,
  verdict: verdictRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
