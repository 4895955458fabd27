import { z } from 'zod';
import { idInput as id } from '../id-input';

export const addFeedInput = z.strictObject({
  caseId: id,
  url: z.string().trim().min(1, 'Give the feed’s address').max(2000, 'Keep the address under 2,000 characters'),
  /** Words an item must contain (any of them); none: every item. */
  requiredWords: z.array(z.string().trim().min(1).max(60, 'Keep each word under 60 characters')).max(20, 'At most 20 words').default([]),
  intervalMinutes: z.number().int().min(1, 'Poll at most once a minute').max(24 * 60, 'Poll at least once a day').default(15),
});
export type AddFeedInput = z.input<typeof addFeedInput>;

export const feedRef = z.strictObject({ feedId: id });
export const setFeedPausedInput = z.strictObject({ feedId: id, paused: z.boolean() });
export const listFeedsInput = z.strictObject({ caseId: id });
