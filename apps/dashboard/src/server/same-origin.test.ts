import { describe, expect, it } from 'vitest';
import { isSameOrigin } from './same-origin';

function request(headers: Record<string, string>) {
  return new Request('http://localhost:3000/api/trpc/dispute.assign', { method: 'POST', headers });
}

describe('the cross-site write check', () => {
  const rows: [string, Record<string, string>, boolean][] = [
    ['accepts a write from the app itself', { origin: 'http://localhost:3000', host: 'localhost:3000' }, true],
    ['refuses a write from another site', { origin: 'https://evil.example', host: 'localhost:3000' }, false],
    ['refuses a write from another port of the same host', { origin: 'http://localhost:4000', host: 'localhost:3000' }, false],
    ['refuses a write without an Origin header', { host: 'localhost:3000' }, false],
    ['refuses a malformed Origin header', { origin: 'null', host: 'localhost:3000' }, false],
    ['accepts the public host behind a proxy', { origin: 'https://desk.example.org', host: '127.0.0.1:3000', 'x-forwarded-host': 'desk.example.org' }, true],
  ];
  it.each(rows)('%s', (_name, headers, expected) => {
    expect(isSameOrigin(request(headers))).toBe(expected);
  });
});
