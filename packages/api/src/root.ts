import { caseRouter } from './routers/case';
import { documentRouter } from './routers/document';
import { userRouter } from './routers/user';
import { createCallerFactory, createTRPCRouter } from './trpc';

/** One router per domain. */
export const appRouter = createTRPCRouter({
  case: caseRouter,
  document: documentRouter,
  user: userRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
