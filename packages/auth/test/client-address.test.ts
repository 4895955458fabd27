import { afterAll, describe, expect, it } from 'vitest';
import { users } from '@claimdesk/db';
import { createTestDatabase } from '@claimdesk/db/testing';
import { authenticate, clientAddress, hashPassword, parseTrustedProxies, requestedOrigin, THROTTLE_RULES } from '../src';

const none = parseTrustedProxies(undefined).proxies;
const proxy = parseTrustedProxies('127.0.0.1, 10.0.0.0/8, ::1').proxies;

describe('the client address', () => {
  it.each([
    ['the socket, when there is no proxy', { 'x-claimdesk-peer': '198.51.100.7' }, none, '198.51.100.7'],
    ['the socket, whatever X-Forwarded-For a client forges without a trusted proxy', { 'x-claimdesk-peer': '198.51.100.7', 'x-forwarded-for': '1.2.3.4' }, none, '198.51.100.7'],
    ['the socket, even behind a proxy that is not configured as trusted', { 'x-claimdesk-peer': '127.0.0.1', 'x-forwarded-for': '198.51.100.7' }, none, '127.0.0.1'],
    ['the address a trusted proxy appended', { 'x-claimdesk-peer': '127.0.0.1', 'x-forwarded-for': '198.51.100.7' }, proxy, '198.51.100.7'],
    ['the address a trusted proxy appended, not the one the client forged before it', { 'x-claimdesk-peer': '127.0.0.1', 'x-forwarded-for': '1.2.3.4, 198.51.100.7' }, proxy, '198.51.100.7'],
    ['the first untrusted address through a chain of trusted proxies', { 'x-claimdesk-peer': '10.0.0.2', 'x-forwarded-for': '1.2.3.4, 198.51.100.7, 10.0.0.9' }, proxy, '198.51.100.7'],
    ['the proxy itself when its header is garbage', { 'x-claimdesk-peer': '127.0.0.1', 'x-forwarded-for': 'not-an-address' }, proxy, '127.0.0.1'],
    ['an IPv4 client on a dual-stack socket as plain IPv4', { 'x-claimdesk-peer': '::ffff:198.51.100.7' }, none, '198.51.100.7'],
    ['a trusted IPv6 proxy', { 'x-claimdesk-peer': '::1', 'x-forwarded-for': '2001:db8::5' }, proxy, '2001:db8::5'],
    ['the last X-Forwarded-For entry (set by Next from the socket) without the peer stamp', { 'x-forwarded-for': '1.2.3.4, 198.51.100.7' }, none, '198.51.100.7'],
    ['unknown without any address', {}, none, 'unknown'],
  ])('is %s', (_name, headers, proxies, expected) => {
    expect(clientAddress(headers, proxies)).toBe(expected);
  });

  it('refuses a configuration that is not a list of addresses and ranges', () => {
    expect(parseTrustedProxies('10.0.0.0/8, localhost, 10.0.0.1/33, ::1/129, 1.2.3.4/x').errors).toEqual(['localhost', '10.0.0.1/33', '::1/129', '1.2.3.4/x']);
  });
});

describe('the origin a request was sent to', () => {
  const url = 'http://0.0.0.0:3000/api/trpc/x';
  it.each([
    ['the Host header and the scheme of the connection', { host: 'localhost:3000' }, none, 'http://localhost:3000'],
    ['not a forged X-Forwarded-Host from a client', { host: 'localhost:3000', 'x-forwarded-host': 'evil.example', 'x-claimdesk-peer': '198.51.100.7' }, proxy, 'http://localhost:3000'],
    ['not X-Forwarded-Host when no proxy is trusted', { host: 'localhost:3000', 'x-forwarded-host': 'evil.example', 'x-claimdesk-peer': '127.0.0.1' }, none, 'http://localhost:3000'],
    ['the public host and scheme from a trusted proxy', { host: '127.0.0.1:3000', 'x-forwarded-host': 'desk.example.org', 'x-forwarded-proto': 'https', 'x-claimdesk-peer': '127.0.0.1' }, proxy, 'https://desk.example.org'],
    ['none for a scheme that is not http', { host: 'desk.example.org', 'x-forwarded-proto': 'gopher', 'x-claimdesk-peer': '127.0.0.1' }, proxy, null],
  ])('is %s', (_name, headers, proxies, expected) => {
    expect(requestedOrigin(headers, url, proxies)).toBe(expected);
  });
});

describe('throttling a guesser who forges X-Forwarded-For', () => {
  const { db, dispose } = createTestDatabase();
  afterAll(dispose);
  const now = Date.now();
  const pairLimit = THROTTLE_RULES[0].maxFailures;

  it.each([
    ['without a trusted proxy: every forged address is the one socket, blocked after the pair limit', none, '203.0.113.50', true],
    ['through a trusted proxy: the proxy appends the real address, blocked the same', proxy, '127.0.0.1', true],
  ])('%s', async (_name, proxies, peer) => {
    const email = `victim-${peer}@example.test`;
    db.insert(users).values({ id: email, email, name: 'Victim', role: 'reviewer', passwordHash: await hashPassword('the right password'), createdAt: now, updatedAt: now }).run();
    const answers: string[] = [];
    for (let i = 0; i < pairLimit + 2; i++) {
      // A fresh forged address each time; a trusted proxy appends the address it saw (203.0.113.60).
      const forged = `100.64.${i}.1`;
      const headers = { 'x-claimdesk-peer': peer, 'x-forwarded-for': proxies === none ? forged : `${forged}, 203.0.113.60` };
      const result = await authenticate(db, email, `guess-${i}`, clientAddress(headers, proxies));
      answers.push(result.ok ? 'ok' : result.code);
    }
    expect(answers).toEqual([...Array<string>(pairLimit).fill('INVALID_CREDENTIALS'), 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
  });
});
