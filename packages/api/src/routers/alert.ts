import { z } from 'zod';
import { idInput } from '../id-input';
import { disputeNews, markDisputeSeen } from '../use-cases/dispute-news';
import { createTRPCRouter, protectedProcedure } from '../trpc';

const disputeRef = z.strictObject({ disputeId: idInput });

export const alertRouter = createTRPCRouter({
  /** Conflicting figures that joined a dispute since the caller last looked at it. */
  disputeNews: protectedProcedure.input(disputeRef).query(({ ctx, input }) => disputeNews(ctx, input)),
  markSeen: protectedProcedure.input(disputeRef).mutation(({ ctx, input }) => markDisputeSeen(ctx, input)),
});
