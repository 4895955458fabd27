import { approveVerdict, decideVerdictInput, proposeVerdict, sendBackVerdict, sendBackVerdictInput, voteVerdict, voteVerdictInput } from '../use-cases';
import { proposeVerdictInput } from '../review/verdict-input';
import { createTRPCRouter, leadProcedure, protectedProcedure } from '../trpc';

export const verdictRouter = createTRPCRouter({
  /** The assignee proposes; `expectedVersion` is the item's version. */
  propose: protectedProcedure.input(proposeVerdictInput).mutation(({ ctx, input }) => proposeVerdict(ctx, input)),
  /** Four-eyes second vote; `expectedVersion` is the verdict's version (as for approve and sendBack). */
  vote: protectedProcedure.input(voteVerdictInput).mutation(({ ctx, input }) => voteVerdict(ctx, input)),
  approve: leadProcedure.input(decideVerdictInput).mutation(({ ctx, input }) => approveVerdict(ctx, input)),
  sendBack: leadProcedure.input(sendBackVerdictInput).mutation(({ ctx, input }) => sendBackVerdict(ctx, input)),
});
