import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { TRPCError } from '@trpc/server';
import { afterAll, describe, expect, it } from 'vitest';
import { claims, comments, disputes, documents, eq, findWorkspaceRoot, users } from '@claimdesk/db';
import { createTestDatabase } from '@claimdesk/db/testing';
import type { SessionUser } from '@claimdesk/auth';
import { createCaller } from '../../src';
import { base64, seedCase, seedUser } from '../support/seed';
import { FUZZ_RUNS, FUZZ_SEED } from './hostile-values';
import { internalLeak } from './internal-leak';
import { routerProcedures, type RouterProcedure } from './router-procedures';
import { inputFor, type IdPools } from './schema-arbitrary';

const { db, dispose } = createTestDatabase();
afterAll(dispose);

const admin = seedUser(db, 'admin');
const lead = seedUser(db, 'lead');
const reviewer = seedUser(db, 'reviewer');
const outsider = seedUser(db, 'reviewer');
const theCase = seedCase(db, [lead, reviewer]);
const otherCase = seedCase(db, [outsider]);
const article = readFileSync(join(findWorkspaceRoot(), 'demo', 'kazakhstan-2022', 'cnn.txt'), 'utf8');

/** Who calls: signed out, each role, and a reviewer who is not a member of the case. */
const CALLERS: readonly [string, SessionUser | null][] = [
  ['signed out', null],
  ['a reviewer', reviewer],
  ['a lead', lead],
  ['an admin', admin],
  ['a non-member', outsider],
];

const seeded = await (async () => {
  const asLead = createCaller({ db, user: lead });
  await asLead.document.import({ caseId: theCase.id, items: [{ name: 'cnn.txt', contentBase64: base64(article) }] });
  const disputeIds = db.select({ id: disputes.id }).from(disputes).where(eq(disputes.caseId, theCase.id)).all().map((r) => r.id);
  const [first] = disputeIds;
  if (!first) throw new Error('the demo article made no dispute');
  // One dispute with a proposed verdict and a comment, so verdict and comment procedures have something to act on.
  let d = await createCaller({ db, user: reviewer }).dispute.triage({ disputeId: first, expectedVersion: 1 });
  d = await asLead.dispute.assign({ disputeId: first, expectedVersion: d.version, assigneeId: reviewer.id });
  d = await createCaller({ db, user: reviewer }).dispute.startReview({ disputeId: first, expectedVersion: d.version });
  const verdict = await createCaller({ db, user: reviewer }).verdict.propose({ itemType: 'dispute', itemId: first, expectedVersion: d.version, rating: 'conflicting', low: 13, high: 18, rationale: 'The sources disagree on the count.' });
  const comment = await createCaller({ db, user: reviewer }).comment.add({ itemType: 'dispute', itemId: first, body: 'Checking the ministry figure.' });
  return { disputeIds, verdictId: verdict.verdictId, commentId: comment.id };
})();

const claimIds = db.select({ id: claims.id }).from(claims).all().map((r) => r.id).slice(0, 20);
const userIds = db.select({ id: users.id }).from(users).all().map((r) => r.id);
const files = {
  'article.txt': base64(article.slice(0, 2000)),
  'page.html': base64(`<html><head><title>T</title></head><body><article><p>${article.slice(0, 1500)}</p></article></body></html>`),
  'tagless.html': base64('At least 13 police officers were killed, officials said.'),
  'binary.txt': base64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
  'latin1.md': base64(new Uint8Array([0x63, 0x61, 0x66, 0xe9])),
};
/** Known ids and plausible values per field name, so generated inputs reach past "not found" into the use cases. */
const pools: IdPools = {
  caseId: [theCase.id, otherCase.id],
  disputeId: seeded.disputeIds.slice(0, 5),
  claimId: claimIds,
  documentId: db.select({ id: documents.id }).from(documents).all().map((r) => r.id),
  itemId: [...seeded.disputeIds.slice(0, 3), ...claimIds.slice(0, 3)],
  entityId: [...seeded.disputeIds.slice(0, 2), theCase.id],
  userId: userIds,
  assigneeId: userIds,
  verdictId: [seeded.verdictId],
  commentId: db.select({ id: comments.id }).from(comments).all().map((r) => r.id),
  contentBase64: Object.values(files),
  name: [...Object.keys(files), 'a.txt\u0000.html', '../../../../tmp/x.txt', 'Kazakhstan unrest', 'Ana Reviewer'],
};

/** Rows changed through this connection since it opened: every procedure writes through it. */
const totalChanges = db.$client.prepare('SELECT total_changes() AS n').pluck();
const changes = () => totalChanges.get() as number;

type Callable = (input?: unknown) => Promise<unknown>;
function procedureOf(user: SessionUser | null, path: string): Callable {
  let node: unknown = createCaller({ db, user });
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  if (typeof node !== 'function') throw new Error(`${path} is not callable on the caller`);
  return node as Callable;
}

/** Calls one procedure; a subscription that starts is closed at once (its refusals come before it starts). */
async function invoke(procedure: RouterProcedure, user: SessionUser | null, input: unknown): Promise<void> {
  const result = await procedureOf(user, procedure.path)(input);
  if (procedure.type === 'subscription' && result !== null && typeof result === 'object' && Symbol.asyncIterator in result) {
    await (result as AsyncIterable<unknown>)[Symbol.asyncIterator]().return?.();
  }
}

const procedures = routerProcedures();
const runsEach = Math.max(20, Math.ceil(FUZZ_RUNS / procedures.length));
/** A long run (FUZZ_RUNS=100000) is allowed the time it needs: the limit grows with the cases, it measures nothing. */
const FUZZ_TIMEOUT_MS = Math.max(30_000, runsEach * 100);
/** Per procedure: how many generated inputs its own schema accepted, i.e. reached the use case. */
const reachedUseCase = new Map<string, number>();

describe(`every tRPC procedure under hostile input (${runsEach} cases each, seed ${FUZZ_SEED})`, () => {
  it.each(procedures.map((p) => [p.path, p] as const))('%s: never a server error or leaked internals, and a refused call changes nothing', async (_, procedure) => {
    const input = procedure.jsonSchema ? inputFor(procedure.jsonSchema, pools) : fc.constantFrom<unknown>(undefined, null, {}, 'x', [1]);
    reachedUseCase.set(procedure.path, 0);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CALLERS), input, async ([, user], value) => {
        if (procedure.input?.safeParse(value).success ?? true) reachedUseCase.set(procedure.path, (reachedUseCase.get(procedure.path) ?? 0) + 1);
        const before = changes();
        try {
          await invoke(procedure, user, value);
        } catch (error) {
          expect(error).toBeInstanceOf(TRPCError);
          const trpcError = error as TRPCError;
          expect(trpcError.code, trpcError.message).not.toBe('INTERNAL_SERVER_ERROR');
          // Input errors carry zod's issue list as their message; everything else is a sentence for a person.
          expect(internalLeak(trpcError.message), trpcError.message).toBeNull();
          expect(changes() - before, `a refused ${procedure.path} (${trpcError.code}) changed rows`).toBe(0);
        }
      }),
      { seed: FUZZ_SEED, numRuns: runsEach, endOnFailure: true },
    );
  }, FUZZ_TIMEOUT_MS);

  it('covers every procedure of the router, and each one past its input validation', () => {
    expect([...reachedUseCase.keys()].sort()).toEqual(procedures.map((p) => p.path));
    const neverValid = [...reachedUseCase].filter(([, n]) => n === 0).map(([path]) => path);
    expect(neverValid, 'procedures whose generated inputs never passed their own schema: teach schema-arbitrary.ts their shape').toEqual([]);
  });
});
