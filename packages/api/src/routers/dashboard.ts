import { z } from 'zod';
import { getDashboard } from '../use-cases';
import { idInput } from '../review/inputs';
import { createTRPCRouter, leadProcedure } from '../trpc';

export const dashboardRouter = createTRPCRouter({
  /** The lead dashboard: counts by status, per-reviewer load and median time to verdict, throughput, conflicts, stale items. */
  get: leadProcedure.input(z.object({ caseId: idInput })).query(({ ctx, input }) => getDashboard(ctx, input)),
});
