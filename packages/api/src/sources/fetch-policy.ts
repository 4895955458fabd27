import { readFetchAllowList } from './env';
import { FEED_TYPES, PAGE_LIMITS, PAGE_TYPES, type FetchPolicy } from './safe-fetch';

/** The policy for article pages: the allow-list from CLAIMDESK_FETCH_ALLOW, 5 MB, 15 s, 5 redirects, HTML only. */
export function pagePolicy(overrides: Partial<FetchPolicy> = {}): FetchPolicy {
  return { ...PAGE_LIMITS, accept: PAGE_TYPES, allow: readFetchAllowList(), ...overrides };
}

/** The policy for feeds: the same limits, feed media types (and HTML, which some servers answer for RSS). */
export function feedPolicy(overrides: Partial<FetchPolicy> = {}): FetchPolicy {
  return { ...PAGE_LIMITS, accept: FEED_TYPES, allow: readFetchAllowList(), ...overrides };
}
