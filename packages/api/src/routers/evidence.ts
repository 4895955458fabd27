import { z } from 'zod';
import { addEvidence, addEvidenceInput, listEvidence } from '../use-cases';
import { idInput, itemTypeInput } from '../review/inputs';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const evidenceRouter = createTRPCRouter({
  list: protectedProcedure.input(z.object({ itemType: itemTypeInput, itemId: idInput })).query(({ ctx, input }) => listEvidence(ctx, input)),
  add: protectedProcedure.input(addEvidenceInput).mutation(({ ctx, input }) => addEvidence(ctx, input)),
});
