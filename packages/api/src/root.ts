import { caseRouter } from './routers/case';
import { claimRouter } from './routers/claim';
import { disputeRouter } from './routers/dispute';
import { verdictRouter } from './routers/verdict';
import { commentRouter } from './routers/comment';
import { evidenceRouter } from './routers/evidence';
import { activityRouter } from './routers/activity';
import { presenceRouter } from './routers/presence';
import { dashboardRouter } from './routers/dashboard';
import { assignmentRouter } from './routers/assignment';
import { documentRouter } from './routers/document';
import { userRouter } from './routers/user';
import { reportRouter } from './routers/report';
import { sourceRouter } from './routers/source';
import { feedRouter } from './routers/feed';
import { alertRouter } from './routers/alert';
import { createCallerFactory, createTRPCRouter } from './trpc';

/** One router per domain. */
export const appRouter = createTRPCRouter({
  case: caseRouter,
  document: documentRouter,
  user: userRouter,
  claim: claimRouter,
  dispute: disputeRouter,
  verdict: verdictRouter,
  comment: commentRouter,
  evidence: evidenceRouter,
  activity: activityRouter,
  presence: presenceRouter,
  dashboard: dashboardRouter,
  assignment: assignmentRouter,
  report: reportRouter,
  source: sourceRouter,
  feed: feedRouter,
  alert: alertRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
