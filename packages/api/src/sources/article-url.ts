/** Query parameters that only say where a reader came from: the same article with or without them. */
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid|ref|ref_src|ref_url|src|share|smid|at_medium|at_campaign|ito|__twitter_impression)$/i;
const AMP_QUERY = /^(amp|outputtype|output)$/i;

/**
 * The address that names an article whatever door a reader came in by: no tracking parameters, no fragment, no
 * AMP variant (`/amp/…`, `…/amp`, `.amp.html`, `?amp=1`, `?outputType=amp`, an `amp.` host), the host lower-cased
 * without `www.`, no default port, no trailing slash. Two addresses with the same key are one article.
 */
export function articleKey(raw: string): string {
  const url = new URL(raw);
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.toLowerCase().replace(/^(www|amp|m)\./, '');
  if ((url.protocol === 'https:' && url.port === '443') || (url.protocol === 'http:' && url.port === '80')) url.port = '';
  const kept = [...url.searchParams.entries()].filter(([name, value]) => !TRACKING.test(name) && !(AMP_QUERY.test(name) && /^(1|true|amp)?$/i.test(value)));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  let path = url.pathname
    .replace(/\/amp(\/|$)/, '/')
    .replace(/\.amp(\.html?)$/, '$1')
    .replace(/\/+$/, '');
  if (path === '') path = '/';
  url.pathname = path;
  // http and https of one page are the same article.
  return url.toString().replace(/^https?:\/\//, '//');
}
