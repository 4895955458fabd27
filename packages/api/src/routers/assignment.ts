import { z } from 'zod';
import { listAssignmentHistory } from '../use-cases';
import { idInput, itemTypeInput } from '../review/inputs';
import { createTRPCRouter, protectedProcedure } from '../trpc';

/** Assigning is a workflow step (`dispute.assign`, `claim.assign`); this router reads the history. */
export const assignmentRouter = createTRPCRouter({
  history: protectedProcedure.input(z.object({ itemType: itemTypeInput, itemId: idInput })).query(({ ctx, input }) => listAssignmentHistory(ctx, input)),
});
