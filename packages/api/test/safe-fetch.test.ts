import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_LIMITS, PAGE_TYPES, safeFetch, type FetchPolicy } from '../src/sources/safe-fetch';
import { blockedAddressReason } from '../src/sources/blocked-addresses';
import { readFetchAllowList } from '../src/sources/env';
import { STORY, startFixtureSite, type FixtureSite } from './support/fixture-site';

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
  for (const a of STORY) site.putArticle(a);
});
afterAll(() => site.close());

// Names a test resolver answers: one public-looking name for a private address, one for the metadata service.
const FAKE_DNS: Record<string, string> = { 'intranet.example': '10.1.2.3', 'sneaky.example': '169.254.169.254', 'public.example': '93.184.215.14' };
const policy = (overrides: Partial<FetchPolicy> = {}): FetchPolicy => ({
  ...PAGE_LIMITS,
  accept: PAGE_TYPES,
  allow: [],
  resolve: async (host) => {
    const address = FAKE_DNS[host];
    if (address) return [{ address, family: 4 }];
    if (host === 'localhost') return [{ address: '127.0.0.1', family: 4 }];
    throw new Error('not found');
  },
  ...overrides,
});

describe('safe fetching refuses addresses inside our network (SSRF)', () => {
  const rows: [string, () => string, RegExp][] = [
    ['IPv4 loopback', () => 'http://127.0.0.1/admin', /127\.0\.0\.1 is a loopback address/],
    ['IPv6 loopback', () => 'http://[::1]/', /::1 is a loopback address/],
    ['a 10/8 private address', () => 'http://10.0.0.7/', /private network/],
    ['a 192.168/16 private address', () => 'https://192.168.1.1/router', /private network/],
    ['the cloud metadata service', () => 'http://169.254.169.254/latest/meta-data/', /cloud metadata service/],
    ['an IPv4-mapped IPv6 loopback', () => 'http://[::ffff:127.0.0.1]/', /loopback/],
    ['a name resolving to a private address', () => 'http://intranet.example/wiki', /intranet\.example resolves to 10\.1\.2\.3, a private network address/],
    ['a name resolving to the metadata service', () => 'http://sneaky.example/', /resolves to 169\.254\.169\.254, the cloud metadata service/],
    ['localhost', () => 'http://localhost:3000/', /localhost resolves to 127\.0\.0\.1, a loopback address/],
    ['the local site itself, not allow-listed', () => `${site.base}/articles/almaty-police-toll`, /loopback/],
    ['a redirect to the metadata service', () => `${site.base}/to-metadata`, /A redirect led to http:\/\/169\.254\.169\.254.*cloud metadata/],
    ['a redirect to a name resolving to a private address', () => `${site.base}/to-private-name`, /A redirect led to http:\/\/intranet\.example.*private network/],
    ['a file: address', () => 'file:///etc/passwd', /Only http:\/\/ and https:\/\//],
    ['an ftp: address', () => 'ftp://example.org/file', /Only http:\/\/ and https:\/\//],
    ['credentials in the address', () => 'http://user:secret@public.example/', /user name or password/],
    ['not an address at all', () => 'not a url', /is not a web address/],
  ];
  // Redirect rows start at the allow-listed local site, so only the hop to the private address is refused.
  const allowSite = (name: string) => name.startsWith('a redirect');
  it.each(rows)('refuses %s, with its reason', async (name, url, reason) => {
    const outcome = await safeFetch(policy({ allow: allowSite(name) ? [site.host] : [] }), url());
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(reason);
  });

  it.each([
    ['93.184.215.14', null],
    ['8.8.8.8', null],
    ['2606:4700:4700::1111', null],
    ['172.20.0.1', 'a private network address'],
    ['100.64.0.1', 'a carrier-grade NAT (shared) address'],
    ['fd00:ec2::254', 'the cloud metadata service'],
    ['fe80::1', 'a link-local address'],
    ['fc00::1', 'a private (unique local) address'],
    ['::ffff:a00:1', 'a private network address'],
    ['0.0.0.0', 'an unspecified ("this network") address'],
  ])('classifies %s', (address, reason) => {
    expect(blockedAddressReason(address)).toBe(reason);
  });
});

describe('safe fetching of allowed pages', () => {
  const allowed = () => policy({ allow: [site.host] });

  it('fetches an allow-listed local page', async () => {
    const outcome = await safeFetch(allowed(), `${site.base}/articles/almaty-police-toll`);
    expect(outcome).toMatchObject({ ok: true, status: 200, contentType: 'text/html', charset: 'utf-8' });
  });

  it('follows a redirect chain of up to 5 hops, checking each', async () => {
    const outcome = await safeFetch(allowed(), `${site.base}/hop/5/articles/almaty-police-toll`);
    expect(outcome).toMatchObject({ ok: true, url: `${site.base}/articles/almaty-police-toll` });
  });

  it.each([
    ['more than 5 redirects', '/hop/6/articles/almaty-police-toll', /More than 5 redirects/],
    ['a missing page', '/articles/no-such-story', /not found \(HTTP 404\)/],
    ['a page over 5 MB', '/huge', /larger than 5 MB/],
    ['an image', '/image.png', /serves image\/png, not text\/html/],
  ])('refuses %s, with its reason', async (_name, path, reason) => {
    const outcome = await safeFetch(allowed(), `${site.base}${path}`);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(reason);
  });

  it('gives up on a page that never finishes, at the time limit', async () => {
    // The slow page never completes, so only the time limit can end this fetch.
    const outcome = await safeFetch(policy({ allow: [site.host], timeoutMs: 300 }), `${site.base}/slow`);
    expect(outcome).toEqual({ ok: false, reason: 'The site took longer than 300 ms to answer; nothing was imported.' });
  });

  it('reads the allow-list as host or host:port entries', () => {
    expect(readFetchAllowList({ CLAIMDESK_FETCH_ALLOW: ' LocalHost:4010, news.intranet ,' })).toEqual(['localhost:4010', 'news.intranet']);
    expect(readFetchAllowList({})).toEqual([]);
  });
});
