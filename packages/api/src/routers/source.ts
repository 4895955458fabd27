import { z } from 'zod';
import { idInput } from '../id-input';
import { importUrls } from '../use-cases/import-urls';
import { createTRPCRouter, leadProcedure } from '../trpc';

export const sourceRouter = createTRPCRouter({
  /** Each address is checked and fetched on its own: a bad one is refused with its reason, the others still go through. */
  importUrls: leadProcedure
    .input(
      z.strictObject({
        caseId: idInput,
        urls: z
          .array(z.string().trim().min(1, 'An address is empty').max(2000, 'Keep each address under 2,000 characters'))
          .min(1, 'Give at least one address')
          .max(50, 'Import at most 50 addresses at once'),
      }),
    )
    .mutation(({ ctx, input }) => importUrls(ctx, input)),
});
