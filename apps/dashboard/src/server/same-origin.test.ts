import { describe, expect, it } from 'vitest';
import { parseTrustedProxies } from '@claimdesk/auth';
import { isSameOrigin } from './same-origin';

function request(headers: Record<string, string>) {
  return new Request('http://0.0.0.0:3000/api/trpc/dispute.assign', { method: 'POST', headers });
}

const none = parseTrustedProxies(undefined).proxies;
const proxy = parseTrustedProxies('127.0.0.1').proxies;

describe('the cross-site write check', () => {
  const rows: [string, Record<string, string>, boolean, boolean?][] = [
    ['accepts a write from the app itself', { origin: 'http://localhost:3000', host: 'localhost:3000' }, true],
    ['refuses a write from another site', { origin: 'https://evil.example', host: 'localhost:3000' }, false],
    ['refuses a write from another port of the same host', { origin: 'http://localhost:4000', host: 'localhost:3000' }, false],
    ['refuses a write from another scheme of the same host and port', { origin: 'https://localhost:3000', host: 'localhost:3000' }, false],
    ['refuses a write without an Origin header', { host: 'localhost:3000' }, false],
    ['refuses a malformed Origin header', { origin: 'null', host: 'localhost:3000' }, false],
    ['refuses a forged X-Forwarded-Host from a client', { origin: 'https://evil.example', host: 'localhost:3000', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', 'x-claimdesk-peer': '198.51.100.7' }, false, true],
    ['refuses X-Forwarded-Host when no proxy is trusted', { origin: 'https://desk.example.org', host: '127.0.0.1:3000', 'x-forwarded-host': 'desk.example.org', 'x-forwarded-proto': 'https', 'x-claimdesk-peer': '127.0.0.1' }, false],
    ['accepts the public host behind a trusted proxy', { origin: 'https://desk.example.org', host: '127.0.0.1:3000', 'x-forwarded-host': 'desk.example.org', 'x-forwarded-proto': 'https', 'x-claimdesk-peer': '127.0.0.1' }, true, true],
    ['refuses the public host on http when the proxy says https', { origin: 'http://desk.example.org', host: '127.0.0.1:3000', 'x-forwarded-host': 'desk.example.org', 'x-forwarded-proto': 'https', 'x-claimdesk-peer': '127.0.0.1' }, false, true],
  ];
  it.each(rows)('%s', (_name, headers, expected, trusted) => {
    expect(isSameOrigin(request(headers), trusted ? proxy : none)).toBe(expected);
  });
});
