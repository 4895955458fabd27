import { BlockList, isIP } from 'node:net';

/**
 * The socket's address, stamped on every request by the dashboard's server (apps/dashboard/server.mjs) over whatever
 * a client sent under this name. The app never sees the socket itself (Next's route handlers get a Request).
 */
export const PEER_HEADER = 'x-claimdesk-peer';

/** The proxies whose X-Forwarded-* headers are believed (CLAIMDESK_TRUSTED_PROXIES): addresses and CIDR ranges. */
export interface TrustedProxies {
  has(address: string): boolean;
  readonly entries: readonly string[];
}

function plain(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, '$1');
  // An IPv4 client on a dual-stack socket shows as ::ffff:203.0.113.9; it is the same client as 203.0.113.9.
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

/** Parses a comma-separated list ("10.0.0.0/8, 192.168.1.5, ::1"); returns the entries that are not valid as `errors`. */
export function parseTrustedProxies(value: string | undefined): { proxies: TrustedProxies; errors: string[] } {
  const list = new BlockList();
  const entries: string[] = [];
  const errors: string[] = [];
  for (const raw of (value ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const [address = '', prefix, extra] = raw.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (family === 0 || extra !== undefined || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32) || (prefix !== undefined && !/^\d+$/.test(prefix))) {
      errors.push(raw);
      continue;
    }
    list.addSubnet(address, bits, family === 6 ? 'ipv6' : 'ipv4');
    entries.push(raw);
  }
  return {
    errors,
    proxies: {
      entries,
      has(candidate: string) {
        const address = plain(candidate);
        const family = isIP(address);
        return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
      },
    },
  };
}

type HeaderSource = Headers | Record<string, unknown> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  if (Array.isArray(value)) return value.join(',');
  return typeof value === 'string' ? value : undefined;
}

/** Whether the request came straight from a trusted proxy, so its X-Forwarded-* headers may be believed. */
export function isFromTrustedProxy(headers: HeaderSource, proxies: TrustedProxies): boolean {
  const peer = header(headers, PEER_HEADER);
  return peer !== undefined && proxies.has(peer);
}

/**
 * The client's address: the socket's, or, when the socket is a trusted proxy, the nearest address in
 * X-Forwarded-For (read from the right) that is not itself a trusted proxy. Entries a client wrote further left
 * are never reached, so a spoofed header changes nothing. Without the peer stamp (a bare `next dev`), the last
 * X-Forwarded-For entry, which is what Next.js sets from the socket when the client sent none.
 */
export function clientAddress(headers: HeaderSource, proxies: TrustedProxies): string {
  const chain = (header(headers, 'x-forwarded-for') ?? '').split(',').map(plain).filter(Boolean);
  const peer = header(headers, PEER_HEADER);
  let address = peer === undefined ? chain.pop() : plain(peer);
  if (!address) return 'unknown';
  while (proxies.has(address)) {
    const next = chain.pop();
    if (!next || isIP(next) === 0) break;
    address = next;
  }
  return address;
}

/** The host and scheme a request was sent to: the Host header, or a trusted proxy's X-Forwarded-Host and -Proto. */
export function requestedOrigin(headers: HeaderSource, requestUrl: string, proxies: TrustedProxies): string | null {
  const first = (name: string) => header(headers, name)?.split(',')[0]?.trim() || undefined;
  const viaProxy = isFromTrustedProxy(headers, proxies);
  const host = (viaProxy ? first('x-forwarded-host') : undefined) ?? first('host');
  const scheme = (viaProxy ? first('x-forwarded-proto') : undefined) ?? new URL(requestUrl).protocol.replace(':', '');
  if (!host || (scheme !== 'http' && scheme !== 'https')) return null;
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return null;
  }
}
