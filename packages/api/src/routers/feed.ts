import { addFeed } from '../use-cases/add-feed';
import { addFeedInput, feedRef, listFeedsInput, setFeedPausedInput } from '../use-cases/feed-inputs';
import { listFeeds } from '../use-cases/list-feeds';
import { pollFeedNow } from '../use-cases/poll-feeds';
import { removeFeed } from '../use-cases/remove-feed';
import { setFeedPaused } from '../use-cases/set-feed-paused';
import { PROCESS_OWNER } from '../sources/feed-scheduler';
import { createTRPCRouter, leadProcedure, protectedProcedure } from '../trpc';

export const feedRouter = createTRPCRouter({
  list: protectedProcedure.input(listFeedsInput).query(({ ctx, input }) => listFeeds(ctx, input)),
  add: leadProcedure.input(addFeedInput).mutation(({ ctx, input }) => addFeed(ctx, input)),
  setPaused: leadProcedure.input(setFeedPausedInput).mutation(({ ctx, input }) => setFeedPaused(ctx, input)),
  remove: leadProcedure.input(feedRef).mutation(({ ctx, input }) => removeFeed(ctx, input)),
  /** Polls one feed at once, whatever its schedule; answers what the poll brought. */
  pollNow: leadProcedure.input(feedRef).mutation(({ ctx, input }) => pollFeedNow(ctx, input, { owner: PROCESS_OWNER, now: Date.now() })),
});
