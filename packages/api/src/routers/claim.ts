import { z } from 'zod';
import { assignItem, dismissItem, getClaim, listClaims, listClaimsInput, reopenItem, startReview, triageItem } from '../use-cases';
import { idInput, versionInput } from '../review/inputs';
import { createTRPCRouter, leadProcedure, protectedProcedure } from '../trpc';

const target = z.object({ claimId: idInput, expectedVersion: versionInput });
const reason = z.string().trim().max(2000, 'Keep the reason under 2,000 characters');
const item = (input: { claimId: string; expectedVersion: number }) => ({ itemType: 'claim' as const, itemId: input.claimId, expectedVersion: input.expectedVersion });

/** Every workflow mutation takes the version the caller saw; a stale one gets CONFLICT with the current state. */
export const claimRouter = createTRPCRouter({
  list: protectedProcedure.input(listClaimsInput).query(({ ctx, input }) => listClaims(ctx, input)),
  byId: protectedProcedure.input(z.object({ claimId: idInput })).query(({ ctx, input }) => getClaim(ctx, input)),
  triage: protectedProcedure.input(target).mutation(({ ctx, input }) => triageItem(ctx, item(input))),
  startReview: protectedProcedure.input(target).mutation(({ ctx, input }) => startReview(ctx, item(input))),
  // Any member may call it: the pure rule lets reviewers take unassigned new/triaged items for themselves only.
  assign: protectedProcedure.input(target.extend({ assigneeId: idInput })).mutation(({ ctx, input }) => assignItem(ctx, { ...item(input), assigneeId: input.assigneeId })),
  dismiss: leadProcedure.input(target.extend({ reason: reason.optional() })).mutation(({ ctx, input }) => dismissItem(ctx, { ...item(input), reason: input.reason })),
  reopen: leadProcedure
    .input(target.extend({ reason: reason.min(1, 'Say why the item is reopened') }))
    .mutation(({ ctx, input }) => reopenItem(ctx, { ...item(input), reason: input.reason })),
});
