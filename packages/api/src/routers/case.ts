import { z } from 'zod';
import { createCase, createCaseInput, listCases } from '../use-cases';
import { requireCaseAccess } from '../case-access';
import { createTRPCRouter, leadProcedure, protectedProcedure } from '../trpc';

export const caseRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listCases(ctx)),
  byId: protectedProcedure
    .input(z.object({ caseId: z.string().min(1).max(100) }))
    .query(({ ctx, input }) => requireCaseAccess(ctx.db, ctx.actor, input.caseId)),
  create: leadProcedure.input(createCaseInput).mutation(({ ctx, input }) => createCase(ctx, input)),
});
