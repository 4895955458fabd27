import { afterAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { createTestDatabase } from '@claimdesk/db/testing';
import { callerFor, seedCase, seedUser } from './support/seed';

const { db, dispose } = createTestDatabase();
afterAll(dispose);

const lead = seedUser(db, 'lead');
const reviewer = seedUser(db, 'reviewer');
const theCase = seedCase(db, [lead, reviewer]);

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/** What a client receives for an error: the formatted shape, as the HTTP handler would send it. */
async function shapeOf(promise: Promise<unknown>) {
  const error = await refusal(promise);
  const { appRouter } = await import('../src');
  return appRouter._def._config.errorFormatter({ error, type: 'mutation', path: 'case.setLexicon', input: undefined, ctx: undefined, shape: { message: error.message, code: -32600, data: { code: error.code, httpStatus: 400 } } });
}

const zhanaozen = { places: [{ id: 'zhanaozen_square', name: 'Zhanaozen Square', kind: 'city', within: ['kazakhstan'], terms: ['Zhanaozen Square'] }] };

describe('the case lexicon through the API', () => {
  it('a lead sets an override, sees it on the case, and resets it to the default', async () => {
    const caller = callerFor(db, lead);
    await expect(caller.case.setLexicon({ caseId: theCase.id, override: zhanaozen })).resolves.toEqual({ caseId: theCase.id, cleared: false });
    expect((await caller.case.byId({ caseId: theCase.id })).lexiconOverride).toMatchObject(zhanaozen);
    await expect(caller.case.setLexicon({ caseId: theCase.id, override: null })).resolves.toEqual({ caseId: theCase.id, cleared: true });
    expect((await caller.case.byId({ caseId: theCase.id })).lexiconOverride).toBeNull();
  });

  it('an invalid override is refused with each problem as its own sentence, and the case keeps what it had', async () => {
    const caller = callerFor(db, lead);
    await caller.case.setLexicon({ caseId: theCase.id, override: zhanaozen });
    const bad = { places: [{ id: 'x_town', name: 'X', kind: 'village', terms: [] }], hedges: [''] };
    const shape = await shapeOf(caller.case.setLexicon({ caseId: theCase.id, override: bad }));
    expect(shape.data.code).toBe('BAD_REQUEST');
    expect(shape.data.issues).toEqual([
      expect.stringMatching(/^places, entry 1, kind: .*"region"\|"country"\|"province"\|"city"/),
      expect.stringMatching(/^hedges, entry 1: /),
    ]);
    expect((await caller.case.byId({ caseId: theCase.id })).lexiconOverride).toMatchObject(zhanaozen);
  });

  it('an override that does not fit the default lexicon names the unknown parent', async () => {
    const orphan = { places: [{ id: 'atlantis', name: 'Atlantis', kind: 'city', within: ['nowhere_land'], terms: ['Atlantis'] }] };
    const shape = await shapeOf(callerFor(db, lead).case.setLexicon({ caseId: theCase.id, override: orphan }));
    expect(shape.data.issues?.join(' ')).toMatch(/nowhere_land/);
  });

  it('a reviewer cannot change the lexicon', async () => {
    const error = await refusal(callerFor(db, reviewer).case.setLexicon({ caseId: theCase.id, override: null }));
    expect(error.code).toBe('FORBIDDEN');
  });
});
