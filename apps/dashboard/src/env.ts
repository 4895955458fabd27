import { z } from 'zod';

/** The dashboard's own build-time settings (Next inlines NODE_ENV). Auth and database settings live in their packages. */
export const isDevelopment = process.env.NODE_ENV === 'development';

const schema = z.object({
  /** `0` turns the feed scheduler of this server process off (another process on the same database may poll). */
  CLAIMDESK_FEEDS: z.enum(['0', '1']).default('1'),
  /** How often the scheduler looks for due feeds; each feed keeps its own interval. */
  CLAIMDESK_FEED_TICK_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
});

export function readServerEnv() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
