import { z } from 'zod';
import { heartbeatPresence, listPresence } from '../use-cases';
import { idInput } from '../review/inputs';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const presenceRouter = createTRPCRouter({
  /** Call every ~10 s while a case (and optionally one dispute) is on screen. */
  heartbeat: protectedProcedure.input(z.object({ caseId: idInput, disputeId: idInput.nullish() })).mutation(({ ctx, input }) => heartbeatPresence(ctx, input)),
  list: protectedProcedure.input(z.object({ caseId: idInput })).query(({ ctx, input }) => listPresence(ctx, input)),
});
