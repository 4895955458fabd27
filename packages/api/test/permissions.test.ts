import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { caseMembers, comments, disputes, eq, feeds, verdicts, type Db } from '@claimdesk/db';
import { createTestDatabase } from '@claimdesk/db/testing';
import type { SessionUser } from '@claimdesk/auth';
import type { WorkflowStatus } from '@claimdesk/claim-model';
import { appRouter, createCaller } from '../src';
import { base64, seedCase, seedUser } from './support/seed';
import { seedDispute } from './support/review-seed';

/**
 * Every procedure × every role. A new procedure without a row fails the last test, so nobody ships one
 * without deciding who may call it.
 */
const { db, dispose } = createTestDatabase();
afterAll(dispose);

const ROLE_NAMES = ['anonymous', 'outsider', 'reviewer', 'lead', 'admin'] as const;
type RoleName = (typeof ROLE_NAMES)[number];
type Answer = 'OK' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'PRECONDITION_FAILED' | 'BAD_REQUEST';

const people: Record<RoleName, SessionUser | null> = {
  anonymous: null,
  outsider: seedUser(db, 'reviewer'),
  reviewer: seedUser(db, 'reviewer'),
  lead: seedUser(db, 'lead'),
  admin: seedUser(db, 'admin'),
};
const proposer = seedUser(db, 'reviewer');
const members = [people.reviewer, people.lead, proposer].filter((u): u is SessionUser => u !== null);
const theCase = seedCase(db, members);
const fourEyesCase = seedCase(db, members, undefined, true);
function memberToRemove(): string {
  const extra = seedUser(db, 'reviewer');
  db.insert(caseMembers).values({ caseId: theCase.id, userId: extra.id, addedAt: Date.now() }).run();
  return extra.id;
}
const anyone = (u: SessionUser | null) => u?.id ?? proposer.id;

function disputeIn(status: WorkflowStatus, assigneeId: string | null, caseId: string = theCase.id) {
  const seeded = seedDispute(db, caseId);
  db.update(disputes).set({ status, assigneeId }).where(eq(disputes.id, seeded.disputeId)).run();
  const version = db.select({ v: disputes.version }).from(disputes).where(eq(disputes.id, seeded.disputeId)).get()?.v ?? 1;
  return { ...seeded, version };
}

function proposedVerdict(db: Db, caseId: string) {
  const d = disputeIn('verdict_proposed', proposer.id, caseId);
  const id = randomUUID();
  db.insert(verdicts).values({ id, caseId, itemType: 'dispute', itemId: d.disputeId, rating: 'confirmed', rationale: 'Checked twice.', state: 'proposed', proposerId: proposer.id, proposedAt: Date.now() }).run();
  return { verdictId: id, expectedVersion: 1 };
}

const PROTECTED: Record<RoleName, Answer> = { anonymous: 'UNAUTHORIZED', outsider: 'NOT_FOUND', reviewer: 'OK', lead: 'OK', admin: 'OK' };
const SIGNED_IN: Record<RoleName, Answer> = { anonymous: 'UNAUTHORIZED', outsider: 'OK', reviewer: 'OK', lead: 'OK', admin: 'OK' };
const LEAD: Record<RoleName, Answer> = { anonymous: 'UNAUTHORIZED', outsider: 'FORBIDDEN', reviewer: 'FORBIDDEN', lead: 'OK', admin: 'OK' };
/** Leads only, but decided inside the case: an outsider is told the item does not exist. */
const LEAD_IN_CASE: Record<RoleName, Answer> = { ...LEAD, outsider: 'NOT_FOUND' };
/** Taking an unassigned item for oneself; the admin here is no member of the case, so cannot be given work. */
const TAKE: Record<RoleName, Answer> = { ...PROTECTED, admin: 'PRECONDITION_FAILED' };
/** Taking an item someone else has: leads only. */
const TAKE_OVER: Record<RoleName, Answer> = { ...LEAD_IN_CASE, admin: 'PRECONDITION_FAILED' };
const ADMIN: Record<RoleName, Answer> = { anonymous: 'UNAUTHORIZED', outsider: 'FORBIDDEN', reviewer: 'FORBIDDEN', lead: 'FORBIDDEN', admin: 'OK' };

/** A row is keyed by its procedure; `procedure` lets several rows test one procedure in different situations. */
const rows: Record<string, { procedure?: string; expect: Record<RoleName, Answer>; input: (user: SessionUser | null) => unknown }> = {
  'case.list': { expect: SIGNED_IN, input: () => undefined },
  'case.byId': { expect: PROTECTED, input: () => ({ caseId: theCase.id }) },
  'case.create': { expect: LEAD, input: () => ({ name: `Case ${randomUUID()}` }) },
  'case.members': { expect: PROTECTED, input: () => ({ caseId: theCase.id }) },
  'case.addMember': { expect: LEAD, input: () => ({ caseId: theCase.id, userId: proposer.id }) },
  // Each call removes a member made for it, so the other rows keep their people.
  'case.removeMember': { expect: LEAD, input: () => ({ caseId: theCase.id, userId: memberToRemove() }) },
  'case.updateSettings': { expect: LEAD, input: () => ({ caseId: theCase.id, staleAfterHours: 24 }) },
  'case.setLexicon': { expect: LEAD, input: () => ({ caseId: theCase.id, override: { hedges: ['per a wire report'] } }) },
  'document.list': { expect: PROTECTED, input: () => ({ caseId: theCase.id }) },
  'document.byId': { expect: PROTECTED, input: () => ({ documentId: seedDispute(db, theCase.id).documentId }) },
  'document.import': { expect: LEAD, input: () => ({ caseId: theCase.id, items: [{ name: 'a.txt', contentBase64: base64(`Some text ${randomUUID()}`) }] }) },
  'user.me': { expect: SIGNED_IN, input: () => undefined },
  'user.list': { expect: ADMIN, input: () => undefined },
  'user.add': { expect: ADMIN, input: () => ({ email: `${randomUUID()}@example.test`, name: 'New', role: 'reviewer', password: 'a long enough password' }) },
  'user.setRole': { expect: ADMIN, input: () => ({ userId: seedUser(db, 'reviewer').id, role: 'lead' }) },
  'user.disable': { expect: ADMIN, input: () => ({ userId: seedUser(db, 'reviewer').id }) },
  'dispute.list': { expect: PROTECTED, input: () => ({ caseId: theCase.id }) },
  'dispute.byId': { expect: PROTECTED, input: () => ({ disputeId: disputeIn('new', null).disputeId }) },
  'dispute.triage': { expect: PROTECTED, input: () => ({ disputeId: disputeIn('new', null).disputeId, expectedVersion: 1 }) },
  'dispute.startReview': { expect: PROTECTED, input: (u) => ({ disputeId: disputeIn('assigned', anyone(u)).disputeId, expectedVersion: 1 }) },
  'dispute.assign': { expect: LEAD_IN_CASE, input: () => ({ disputeId: disputeIn('triaged', null).disputeId, expectedVersion: 1, assigneeId: proposer.id }) },
  'dispute.assign, taking an unassigned new item for oneself': {
    procedure: 'dispute.assign',
    expect: TAKE,
    input: (u) => ({ disputeId: disputeIn('new', null).disputeId, expectedVersion: 1, assigneeId: anyone(u) }),
  },
  'dispute.assign, taking an item someone else has': {
    procedure: 'dispute.assign',
    expect: TAKE_OVER,
    input: (u) => ({ disputeId: disputeIn('triaged', proposer.id).disputeId, expectedVersion: 1, assigneeId: anyone(u) }),
  },
  'dispute.dismiss': { expect: LEAD, input: () => ({ disputeId: disputeIn('new', null).disputeId, expectedVersion: 1 }) },
  'dispute.reopen': { expect: LEAD, input: () => ({ disputeId: disputeIn('resolved', proposer.id).disputeId, expectedVersion: 1, reason: 'New figure' }) },
  'claim.list': { expect: PROTECTED, input: () => ({ caseId: theCase.id }) },
  'claim.byId': { expect: PROTECTED, input: () => ({ claimId: seedDispute(db, theCase.id).claimIds[0] }) },
  'claim.triage': { expect: PROTECTED, input: () => ({ claimId: seedDispute(db, theCase.id).claimIds[0], expectedVersion: 1 }) },
  'claim.startReview': { expect: PROTECTED, input: (u) => ({ claimId: claimIn('assigned', anyone(u)), expectedVersion: 1 }) },
  'claim.assign': { expect: LEAD_IN_CASE, input: () => ({ claimId: seedDispute(db, theCase.id).claimIds[0], expectedVersion: 1, assigneeId: proposer.id }) },
  'claim.assign, taking an unassigned new claim for oneself': {
    procedure: 'claim.assign',
    expect: TAKE,
    input: (u) => ({ claimId: seedDispute(db, theCase.id).claimIds[0], expectedVersion: 1, assigneeId: anyone(u) }),
  },
  'claim.dismiss': { expect: LEAD, input: () => ({ claimId: seedDispute(db, theCase.id).claimIds[0], expectedVersion: 1 }) },
  'claim.reopen': { expect: LEAD, input: () => ({ claimId: claimIn('resolved', null), expectedVersion: 1, reason: 'New figure' }) },
  'verdict.propose': {
    expect: PROTECTED,
    input: (u) => ({ itemType: 'dispute', itemId: disputeIn('in_review', anyone(u)).disputeId, expectedVersion: 1, rating: 'confirmed', rationale: 'The sources agree on 18.' }),
  },
  'verdict.vote': { expect: PROTECTED, input: () => ({ ...proposedVerdict(db, fourEyesCase.id), agree: true }) },
  'verdict.approve': { expect: LEAD, input: () => proposedVerdict(db, theCase.id) },
  'verdict.sendBack': { expect: LEAD, input: () => ({ ...proposedVerdict(db, theCase.id), note: 'Cite the source.' }) },
  'comment.list': { expect: PROTECTED, input: () => ({ itemType: 'dispute', itemId: disputeIn('new', null).disputeId }) },
  'comment.add': { expect: PROTECTED, input: () => ({ itemType: 'dispute', itemId: disputeIn('new', null).disputeId, body: 'Looks off.' }) },
  'comment.edit': { expect: PROTECTED, input: (u) => ({ commentId: commentBy(anyone(u)), body: 'Edited.' }) },
  'evidence.list': { expect: PROTECTED, input: () => ({ itemType: 'dispute', itemId: disputeIn('new', null).disputeId }) },
  'evidence.add': { expect: PROTECTED, input: () => ({ itemType: 'dispute', itemId: disputeIn('new', null).disputeId, stance: 'supports', source: { kind: 'url', url: 'https://example.org/a' } }) },
  'activity.list': { expect: PROTECTED, input: () => ({ caseId: theCase.id }) },
  'activity.onCaseActivity': { expect: PROTECTED, input: () => ({ caseId: theCase.id }) },
  'presence.heartbeat': { expect: PROTECTED, input: () => ({ caseId: theCase.id }) },
  'presence.list': { expect: PROTECTED, input: () => ({ caseId: theCase.id }) },
  'dashboard.get': { expect: LEAD, input: () => ({ caseId: theCase.id }) },
  'assignment.history': { expect: PROTECTED, input: () => ({ itemType: 'dispute', itemId: disputeIn('new', null).disputeId }) },
  'report.preview': { expect: PROTECTED, input: () => ({ caseId: theCase.id, format: 'md' }) },
  'report.export': { expect: LEAD, input: () => ({ caseId: theCase.id, format: 'json' }) },
  // A refused address is an answer, not an error: the rest of a batch still goes through.
  'source.importUrls': { expect: LEAD, input: () => ({ caseId: theCase.id, urls: ['not a web address'] }) },
  'feed.list': { expect: PROTECTED, input: () => ({ caseId: theCase.id }) },
  // Past the role and case checks the address is read, and this one (loopback, not allow-listed) is refused.
  'feed.add': { expect: { ...LEAD, lead: 'BAD_REQUEST', admin: 'BAD_REQUEST' }, input: () => ({ caseId: theCase.id, url: 'http://127.0.0.1:9/feed.xml' }) },
  'feed.setPaused': { expect: LEAD, input: () => ({ feedId: feedIn(), paused: true }) },
  'feed.remove': { expect: LEAD, input: () => ({ feedId: feedIn() }) },
  'feed.pollNow': { expect: LEAD, input: () => ({ feedId: feedIn() }) },
  'alert.disputeNews': { expect: PROTECTED, input: () => ({ disputeId: disputeIn('new', null).disputeId }) },
  'alert.markSeen': { expect: PROTECTED, input: () => ({ disputeId: disputeIn('new', null).disputeId }) },
};

/** A feed of the case whose address is refused without any connection (loopback), so polling it stays local. */
function feedIn(): string {
  const id = randomUUID();
  db.insert(feeds).values({ id, caseId: theCase.id, url: `http://127.0.0.1:9/${id}.xml`, requiredWords: [], nextPollAt: 0, createdAt: Date.now() }).run();
  return id;
}

function claimIn(status: WorkflowStatus, assigneeId: string | null) {
  const claimId = seedDispute(db, theCase.id).claimIds[0] ?? '';
  db.$client.prepare('UPDATE claims SET status = ?, assignee_id = ? WHERE id = ?').run(status, assigneeId, claimId);
  return claimId;
}

function commentBy(authorId: string) {
  const id = randomUUID();
  const d = disputeIn('new', null);
  db.insert(comments).values({ id, caseId: theCase.id, itemType: 'dispute', itemId: d.disputeId, authorId, body: 'First take', mentions: [], createdAt: Date.now() }).run();
  return id;
}

async function answerOf(path: string, user: SessionUser | null, input: unknown): Promise<string> {
  const controller = new AbortController();
  const caller = createCaller({ db, user }, { signal: controller.signal }) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  const [router = '', procedure = ''] = path.split('.');
  const call = caller[router]?.[procedure];
  if (typeof call !== 'function') return 'MISSING';
  try {
    await call(input);
    return 'OK';
  } catch (error) {
    return error instanceof TRPCError ? `${error.code}` : `THREW ${String(error)}`;
  } finally {
    controller.abort();
  }
}

describe('permissions: every procedure for every role', () => {
  for (const [path, row] of Object.entries(rows)) {
    it.each(ROLE_NAMES)(`${path} as %s`, async (role) => {
      const user = people[role];
      expect(await answerOf(row.procedure ?? path, user, row.input(user))).toBe(row.expect[role]);
    });
  }

  it('every procedure of the app router has a row', () => {
    const procedures = Object.keys(appRouter._def.procedures);
    expect(procedures.filter((p) => !(p in rows))).toEqual([]);
  });
});
