import { z } from 'zod';

const schema = z.object({
  /**
   * Hosts a server may fetch even though they resolve to a private or loopback address (tests, an intranet):
   * comma-separated `host` or `host:port`, e.g. `localhost:4010,news.intranet`.
   */
  CLAIMDESK_FETCH_ALLOW: z.string().max(10_000).default(''),
});

/** The fetch allow-list from the environment: each entry lower-cased, `host` or `host:port`. */
export function readFetchAllowList(source: Record<string, string | undefined> = process.env): string[] {
  const parsed = schema.safeParse(source);
  if (!parsed.success) throw new Error('CLAIMDESK_FETCH_ALLOW must be a comma-separated list of host names.');
  return parsed.data.CLAIMDESK_FETCH_ALLOW.split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry.length > 0);
}
