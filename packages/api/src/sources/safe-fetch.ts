import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { blockedAddressReason } from './blocked-addresses';

/** What a fetch of someone else's page may do. Every limit applies to every hop of a redirect chain. */
export interface FetchPolicy {
  /** `host` or `host:port` entries that may resolve to private addresses (CLAIMDESK_FETCH_ALLOW). */
  allow: readonly string[];
  /** The whole fetch, redirects and body included. */
  timeoutMs: number;
  /** Of the decoded body (a compressed page is counted as it unpacks). */
  maxBytes: number;
  maxRedirects: number;
  /** Accepted media types, e.g. text/html; anything else is refused with its type named. */
  accept: readonly string[];
  /** Resolves a host name to every address it has (tests resolve names to private addresses through it). */
  resolve?: (host: string) => Promise<readonly LookupAddress[]>;
}

export const PAGE_TYPES = ['text/html', 'application/xhtml+xml'] as const;
export const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml', 'application/feed+json', 'application/json', 'text/html'] as const;
export const PAGE_LIMITS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;

export interface Fetched {
  ok: true;
  /** Where the body came from after redirects. */
  url: string;
  status: number;
  body: Buffer;
  contentType: string;
  charset: string | null;
  etag: string | null;
  lastModified: string | null;
}
export interface NotModified {
  ok: true;
  status: 304;
  url: string;
}
export interface Refused {
  ok: false;
  /** A sentence a person can act on, naming the address when it matters. */
  reason: string;
}
export type FetchOutcome = Fetched | NotModified | Refused;

/** Conditional request headers from an earlier answer (ETag, Last-Modified). */
export interface Conditional {
  etag?: string | null;
  lastModified?: string | null;
}

class Refusal extends Error {}

const USER_AGENT = 'Claimdesk/1.0 (news verification desk; +https://github.com/claimdesk)';

function allowed(policy: FetchPolicy, url: URL): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return policy.allow.some((entry) => entry === host || entry === `${host}:${port}` || entry === `[${host}]:${port}`);
}

const systemResolve = (host: string) =>
  new Promise<readonly LookupAddress[]>((resolve, reject) => dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/**
 * The connection's own lookup: every address the name has is checked, and the socket connects to a checked one,
 * so a name that answers a public address to a check and a private one to the connection (DNS rebinding) cannot
 * slip through.
 */
function checkedLookup(policy: FetchPolicy, url: URL): LookupFunction {
  const resolve = policy.resolve ?? systemResolve;
  const open = allowed(policy, url);
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        if (addresses.length === 0) return callback(new Refusal(`${hostname} has no address.`), '', 4);
        if (!open) {
          for (const a of addresses) {
            const why = blockedAddressReason(a.address);
            if (why) return callback(new Refusal(`Refused: ${hostname} resolves to ${a.address}, ${why}.`), '', 4);
          }
        }
        if (options.all) return callback(null, addresses as LookupAddress[]);
        const first = addresses[0] as LookupAddress;
        return callback(null, first.address, first.family);
      },
      () => callback(new Refusal(`The address ${hostname} could not be found (DNS).`), '', 4),
    );
  };
}

/** Why this URL may not be fetched at all, before any connection: scheme, credentials, a literal private IP. */
export function urlRefusal(policy: FetchPolicy, raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `"${raw.slice(0, 200)}" is not a web address.`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `Only http:// and https:// addresses can be fetched, not ${url.protocol}.`;
  if (url.username || url.password) return 'Addresses with a user name or password in them are not fetched.';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0 && !allowed(policy, url)) {
    const why = blockedAddressReason(host);
    if (why) return `Refused: ${host} is ${why}.`;
  }
  return null;
}

function mediaType(header: string | undefined): { type: string; charset: string | null } {
  const [type = '', ...params] = (header ?? '').split(';');
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";]+)"?/i.exec(p)?.[1] ?? null).find((c) => c !== null) ?? null;
  return { type: type.trim().toLowerCase(), charset };
}

function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  if (encoding === 'deflate') return response.pipe(createInflate());
  return response;
}

interface Hop {
  response: IncomingMessage;
  close: () => void;
}

function open(policy: FetchPolicy, url: URL, conditional: Conditional, signal: AbortSignal): Promise<Hop> {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: `${policy.accept.join(', ')};q=1.0, */*;q=0.1`,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (conditional.etag) headers['if-none-match'] = conditional.etag;
  if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
  // No cookie jar and no credentials: every request is anonymous, whoever asked for it.
  const options: RequestOptions = { method: 'GET', headers, lookup: checkedLookup(policy, url), signal, agent: false };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, options, (response) => resolve({ response, close: () => req.destroy() }));
    req.on('error', reject);
    req.end();
  });
}

async function readBody(policy: FetchPolicy, hop: Hop): Promise<Buffer> {
  const declared = Number(hop.response.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > policy.maxBytes) throw new Refusal(tooLarge(policy));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of decoded(hop.response)) {
    const buffer = chunk as Buffer;
    size += buffer.byteLength;
    if (size > policy.maxBytes) {
      hop.close();
      throw new Refusal(tooLarge(policy));
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

const duration = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);
const tooLarge = (policy: FetchPolicy) => `The page is larger than ${(policy.maxBytes / 1024 / 1024).toFixed(0)} MB, the limit; nothing was imported.`;

function statusReason(status: number, message: string | undefined): string {
  if (status === 404 || status === 410) return `The page was not found (HTTP ${status}).`;
  if (status === 401 || status === 403) return `The site refused access (HTTP ${status}): pages behind a login or paywall cannot be fetched.`;
  if (status === 429) return 'The site asked us to slow down (HTTP 429); try again later.';
  if (status >= 500) return `The site had an error (HTTP ${status}${message ? ` ${message}` : ''}); try again later.`;
  return `The site answered HTTP ${status}${message ? ` ${message}` : ''}.`;
}

/**
 * Fetches someone else's page from the server without letting the address reach inside our network: only
 * http(s), every hop's every address checked against private, loopback, link-local and metadata ranges (unless
 * allow-listed), at most `maxRedirects` redirects, a time and size limit, the content type checked, no cookies.
 * Never throws for a bad page: each refusal comes back with its reason.
 */
export async function safeFetch(policy: FetchPolicy, raw: string, conditional: Conditional = {}): Promise<FetchOutcome> {
  const deadline = AbortSignal.timeout(policy.timeoutMs);
  let current = raw;
  let hop: Hop | null = null;
  let redirects = 0;
  const via = (reason: string) => (redirects === 0 ? reason : `A redirect led to ${current.slice(0, 200)}: ${reason}`);
  try {
    for (; ; redirects += 1) {
      const refusal = urlRefusal(policy, current);
      if (refusal) return { ok: false, reason: via(refusal) };
      const url = new URL(current);
      url.hash = '';
      hop = await open(policy, url, conditional, deadline);
      const { statusCode = 0, statusMessage, headers } = hop.response;
      if (statusCode >= 300 && statusCode < 400 && statusCode !== 304) {
        const location = headers.location;
        hop.close();
        if (!location) return { ok: false, reason: `The site answered a redirect (HTTP ${statusCode}) without saying where to.` };
        if (redirects >= policy.maxRedirects) return { ok: false, reason: `More than ${policy.maxRedirects} redirects; the page was not fetched.` };
        current = new URL(location, url).toString();
        continue;
      }
      if (statusCode === 304) {
        hop.close();
        return { ok: true, status: 304, url: url.toString() };
      }
      if (statusCode < 200 || statusCode >= 300) {
        hop.close();
        return { ok: false, reason: statusReason(statusCode, statusMessage) };
      }
      const { type, charset } = mediaType(headers['content-type']);
      if (!policy.accept.includes(type)) {
        hop.close();
        return { ok: false, reason: `The address serves ${type || 'an unnamed content type'}, not ${policy.accept.slice(0, 3).join(' or ')}.` };
      }
      const body = await readBody(policy, hop);
      const etag = headers.etag ?? null;
      const lastModified = headers['last-modified'] ?? null;
      return { ok: true, url: url.toString(), status: statusCode, body, contentType: type, charset, etag, lastModified };
    }
  } catch (error) {
    hop?.close();
    if (error instanceof Refusal) return { ok: false, reason: via(error.message) };
    if (deadline.aborted) return { ok: false, reason: `The site took longer than ${duration(policy.timeoutMs)} to answer; nothing was imported.` };
    const code = (error as { code?: string }).code;
    if (code === 'ECONNREFUSED') return { ok: false, reason: 'The site refused the connection.' };
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { ok: false, reason: 'The address could not be found (DNS).' };
    if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return { ok: false, reason: 'The site’s secure connection (TLS certificate) could not be checked.' };
    return { ok: false, reason: `The page could not be fetched (${code ?? 'connection failed'}).` };
  }
}
