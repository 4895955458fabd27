import { existsSync } from 'node:fs';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { TRPCError } from '@trpc/server';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '@claimdesk/db/testing';
import { appRouter, createCaller } from '../src';
import { base64, callerFor, seedCase, seedUser } from './support/seed';

const { db, dispose } = createTestDatabase();
afterAll(dispose);

const lead = seedUser(db, 'lead');
const theCase = seedCase(db, [lead]);
const article = 'Protests spread.\n\nAt least 13 police officers were killed in Almaty, officials said.';

/** Row counts of the tables a refused call could have touched. */
const counts = () => db.$client.prepare('SELECT (SELECT count(*) FROM documents) d, (SELECT count(*) FROM claims) c, (SELECT count(*) FROM activity) a').get();

async function refusal(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('the reproductions of issue 19 answer 4xx with a reason and change nothing', () => {
  it('document.import refuses a file name with a NUL byte or path separators, and stores the rest of the batch', async () => {
    const before = counts();
    const report = await callerFor(db, lead).document.import({
      caseId: theCase.id,
      items: [
        { name: 'a.txt\u0000.html', contentBase64: base64('Some 2,000 people were detained, the ministry said.') },
        { name: '../../../../tmp/x.txt', contentBase64: base64('Some 2,298 people were detained, the ministry said.') },
        { name: 'C:\\temp\\y.txt', contentBase64: base64('About 400 people were in hospital.') },
        { name: 'good.txt', contentBase64: base64(article) },
      ],
    });
    expect(report).toMatchObject({ imported: 1, rejected: 3 });
    expect(report.results.map((r) => [r.name, r.status === 'rejected' ? r.reason : r.status])).toEqual([
      ['a.txt\u0000.html', expect.stringContaining('control character')],
      ['../../../../tmp/x.txt', expect.stringContaining('path separator')],
      ['C:\\temp\\y.txt', expect.stringContaining('path separator')],
      ['good.txt', 'imported'],
    ]);
    const after = counts() as { d: number };
    expect(after.d).toBe((before as { d: number }).d + 1);
    expect(existsSync('/tmp/x.txt')).toBe(false);
  });

  it.each([
    ['a line break in parentheses', '2022-01-01 (\r\n)'],
    ['a NUL in parentheses', '2022-01-01 (\u0000)'],
    ['a trailing comment', '2022-01-01 (Almaty time)'],
    ['a date with a space and a time', '2022-01-01 12:00'],
  ])('report.export refuses an as-of moment with %s, with the reason', async (_, asOf) => {
    const before = counts();
    const error = await refusal(callerFor(db, lead).report.export({ caseId: theCase.id, format: 'md', asOf }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('ISO date or timestamp');
    expect(counts()).toEqual(before);
  });

  it.each(['2022-01-09', '2022-01-09T12:00', '2022-01-09T12:00:00Z', '2022-01-09T12:00:00.000+05:00'])('report.export takes the as-of moment %s', async (asOf) => {
    await expect(callerFor(db, lead).report.export({ caseId: theCase.id, format: 'md', asOf })).resolves.toMatchObject({ mimeType: expect.stringContaining('markdown') });
  });

  it('an over-long case id is refused as bad input by every procedure that takes one, in the same words', async () => {
    const caseId = 'x'.repeat(300);
    for (const call of [callerFor(db, lead).case.byId({ caseId }), callerFor(db, lead).document.list({ caseId }), callerFor(db, lead).dispute.list({ caseId })]) {
      const error = await refusal(call);
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toContain('An id is at most 100 characters');
    }
  });
});

describe('a server fault is logged under a reference that the person is given', () => {
  it('a procedure that fails inside answers a generic sentence with the reference it was logged under', async () => {
    const broken = createTestDatabase();
    broken.db.$client.close();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const error = await refusal(createCaller({ db: broken.db, user: lead }).case.list());
      expect(error.code).toBe('INTERNAL_SERVER_ERROR');
      const ref = /tell an admin: ref ([0-9a-f]{8})\./.exec(error.message)?.[1];
      expect(ref, error.message).toBeDefined();
      expect(error.message).not.toMatch(/database|connection/i);
      expect(log.mock.calls.map((c) => String(c[0]))).toContain(`[api case.list] ref ${ref}:`);
    } finally {
      log.mockRestore();
      broken.dispose();
    }
  });

  it('a fault outside the procedures (reading the session) answers 500 with a reference, never the fault’s own message', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await fetchRequestHandler({
        endpoint: '/api/trpc',
        req: new Request('http://localhost/api/trpc/user.me'),
        router: appRouter,
        createContext: () => {
          throw new URIError('URI malformed');
        },
      });
      const body = await res.text();
      expect(res.status).toBe(500);
      expect(body).not.toContain('URI malformed');
      const ref = /ref ([0-9a-f]{8})/.exec(body)?.[1];
      expect(ref, body).toBeDefined();
      expect(log.mock.calls.some((c) => String(c[0]) === `[api user.me] ref ${ref}:`)).toBe(true);
    } finally {
      log.mockRestore();
    }
  });
});

describe('a request the transport cannot read', () => {
  it('input that is not JSON is refused in words, without the parser’s message or the input quoted back', async () => {
    const res = await fetchRequestHandler({
      endpoint: '/api/trpc',
      req: new Request(`http://localhost/api/trpc/document.byId?input=${encodeURIComponent('{"json":{"documentId":%2 \u0000a.txt')}`),
      router: appRouter,
      createContext: () => ({ db, user: lead }),
    });
    const body = await res.text();
    expect(res.status).toBe(400);
    expect(body).toContain('The request could not be read: its input is not valid JSON.');
    expect(body).not.toMatch(/Unexpected token|a\.txt/);
  });
});
