/** A lease outlives the longest poll (50 pages at 15 s each, four at a time, is about 3 min). */
export const LEASE_MS = 10 * 60_000;
const MAX_BACKOFF_MS = 24 * 3_600_000;

/** After `failures` errors in a row the next poll waits twice as long each time, at most a day. */
export function nextPollAfter(now: number, intervalSeconds: number, failures: number): number {
  const base = intervalSeconds * 1000;
  return now + Math.min(base * 2 ** Math.min(failures, 16), Math.max(base, MAX_BACKOFF_MS));
}
