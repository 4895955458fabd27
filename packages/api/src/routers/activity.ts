import { tracked } from '@trpc/server';
import { z } from 'zod';
import { followActivity, listActivity, listActivityInput } from '../use-cases';
import { DomainError, toTRPCError } from '../errors';
import { idInput } from '../review/inputs';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const activityRouter = createTRPCRouter({
  list: protectedProcedure.input(listActivityInput).query(({ ctx, input }) => listActivity(ctx, input)),
  /**
   * Live activity of a case over SSE. Each event is tracked by its activity id, so a reconnecting client
   * (which sends `lastEventId`) resumes exactly after the last event it saw.
   */
  onCaseActivity: protectedProcedure
    .input(z.object({ caseId: idInput, lastEventId: z.string().regex(/^\d{1,16}$/, 'The last event id is not valid').nullish() }))
    .subscription(({ ctx, input, signal }) => {
      const events = followActivity(ctx, input, signal);
      return (async function* () {
        try {
          for await (const event of events) yield tracked(String(event.id), event);
        } catch (error) {
          // A rule broken mid-stream (taken off the case, session ended) reaches the client with its own code,
          // as it would at the start; the error middleware only sees errors thrown before the stream begins.
          throw error instanceof DomainError ? toTRPCError(error) : error;
        }
      })();
    }),
});
