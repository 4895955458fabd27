import { afterAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { activity, assignments, eq } from '@claimdesk/db';
import { createTestDatabase } from '@claimdesk/db/testing';
import { callerFor, seedCase, seedUser } from './support/seed';
import { seedDispute } from './support/review-seed';
import { SEARCH_NARROWING_CLAIMS } from '../src/review/search-narrowing';

const { db, dispose } = createTestDatabase();
afterAll(dispose);

const lead = seedUser(db, 'lead');
const lead2 = seedUser(db, 'lead');
const ana = seedUser(db, 'reviewer');
const ben = seedUser(db, 'reviewer');
const outsider = seedUser(db, 'reviewer');
const theCase = seedCase(db, [lead, lead2, ana, ben]);
const fourEyesCase = seedCase(db, [lead, ana, ben], undefined, true);

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError & { cause?: { code?: string; data?: unknown } };
}

describe('a dispute through the whole workflow', () => {
  const { disputeId } = seedDispute(db, theCase.id);

  it('goes new → triaged → assigned → in review → proposed → resolved, one activity entry per step', async () => {
    let d = await callerFor(db, ana).dispute.triage({ disputeId, expectedVersion: 1 });
    expect(d).toMatchObject({ status: 'triaged', version: 2 });
    d = await callerFor(db, lead).dispute.assign({ disputeId, expectedVersion: d.version, assigneeId: ana.id });
    expect(d).toMatchObject({ status: 'assigned', assigneeId: ana.id, version: 3 });
    d = await callerFor(db, ana).dispute.startReview({ disputeId, expectedVersion: d.version });
    expect(d.status).toBe('in_review');
    const proposed = await callerFor(db, ana).verdict.propose({ itemType: 'dispute', itemId: disputeId, expectedVersion: d.version, rating: 'conflicting', low: 13, high: 18, asOf: '2022-01-07', rationale: 'Sources disagree: 13 (city) vs 18 (ministry).' });
    expect(proposed.item.status).toBe('verdict_proposed');
    const approved = await callerFor(db, lead).verdict.approve({ verdictId: proposed.verdictId, expectedVersion: proposed.verdictVersion });
    expect(approved.item.status).toBe('resolved');
    expect(approved.verdict).toMatchObject({ state: 'approved', approverId: lead.id, proposerId: ana.id, low: 13, high: 18 });

    const log = db.select().from(activity).where(eq(activity.entityId, disputeId)).all().map((a) => a.action);
    expect(log).toEqual(['dispute.triaged', 'dispute.assigned', 'dispute.review_started', 'verdict.proposed', 'verdict.approved']);
    const detail = await callerFor(db, ana).dispute.byId({ disputeId });
    expect(detail.claims).toHaveLength(2);
    expect(detail.verdicts[0]?.state).toBe('approved');
  });

  it('a lead reopens a resolved dispute with a reason, and the assignee reviews it again', async () => {
    const current = await callerFor(db, lead).dispute.byId({ disputeId });
    const reopened = await callerFor(db, lead).dispute.reopen({ disputeId, expectedVersion: current.version ?? 0, reason: 'New ministry figure: 16' });
    expect(reopened.status).toBe('reopened');
    const again = await callerFor(db, ana).dispute.startReview({ disputeId, expectedVersion: reopened.version });
    expect(again.status).toBe('in_review');
  });

  it('a send-back returns the item to review with the lead’s note', async () => {
    const d = await callerFor(db, ana).dispute.byId({ disputeId });
    const proposed = await callerFor(db, ana).verdict.propose({ itemType: 'dispute', itemId: disputeId, expectedVersion: d.version ?? 0, rating: 'confirmed', rationale: 'Ministry revised the count to 16.' });
    const back = await callerFor(db, lead).verdict.sendBack({ verdictId: proposed.verdictId, expectedVersion: 1, note: 'Cite the ministry statement.' });
    expect(back.item.status).toBe('in_review');
    expect(back.verdict).toMatchObject({ state: 'sent_back', decisionNote: 'Cite the ministry statement.' });
  });
});

describe('rules the server enforces', () => {
  it('a stale version gets CONFLICT with the current state, and nothing is written', async () => {
    const { disputeId } = seedDispute(db, theCase.id);
    await callerFor(db, ana).dispute.triage({ disputeId, expectedVersion: 1 });
    const before = db.select().from(activity).all().length;
    const error = await rejection(callerFor(db, lead).dispute.dismiss({ disputeId, expectedVersion: 1 }));
    expect(error.code).toBe('CONFLICT');
    expect(error.cause?.code).toBe('STALE_VERSION');
    expect(error.cause?.data).toMatchObject({ id: disputeId, status: 'triaged', version: 2 });
    expect(db.select().from(activity).all().length).toBe(before);
  });

  it('a reviewer cannot propose a verdict on a dispute assigned to someone else', async () => {
    const { disputeId } = seedDispute(db, theCase.id);
    const d = await callerFor(db, lead).dispute.assign({ disputeId, expectedVersion: 1, assigneeId: ana.id });
    const error = await rejection(callerFor(db, ben).verdict.propose({ itemType: 'dispute', itemId: disputeId, expectedVersion: d.version, rating: 'confirmed', rationale: 'Looks right to me.' }));
    expect(error.code).toBe('FORBIDDEN');
  });

  it('a lead cannot approve their own verdict', async () => {
    const { disputeId } = seedDispute(db, theCase.id);
    const d = await callerFor(db, lead).dispute.assign({ disputeId, expectedVersion: 1, assigneeId: lead.id });
    const p = await callerFor(db, lead).verdict.propose({ itemType: 'dispute', itemId: disputeId, expectedVersion: d.version, rating: 'confirmed', rationale: 'Checked against the ministry.' });
    const error = await rejection(callerFor(db, lead).verdict.approve({ verdictId: p.verdictId, expectedVersion: p.verdictVersion }));
    expect(error.code).toBe('FORBIDDEN');
    await expect(callerFor(db, lead2).verdict.approve({ verdictId: p.verdictId, expectedVersion: p.verdictVersion })).resolves.toMatchObject({ item: { status: 'resolved' } });
  });

  it('an item cannot skip steps: a new dispute cannot be reopened', async () => {
    const { disputeId } = seedDispute(db, theCase.id);
    const error = await rejection(callerFor(db, lead).dispute.reopen({ disputeId, expectedVersion: 1, reason: 'why not' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toBe('This item is new, so it cannot be reopened.');
  });

  it('only members of the case can be assigned, and reassignment keeps the history', async () => {
    const { disputeId } = seedDispute(db, theCase.id);
    const error = await rejection(callerFor(db, lead).dispute.assign({ disputeId, expectedVersion: 1, assigneeId: outsider.id }));
    expect(error.code).toBe('PRECONDITION_FAILED');
    const a = await callerFor(db, lead).dispute.assign({ disputeId, expectedVersion: 1, assigneeId: ana.id });
    await callerFor(db, lead).dispute.assign({ disputeId, expectedVersion: a.version, assigneeId: ben.id });
    const history = db.select().from(assignments).where(eq(assignments.itemId, disputeId)).all();
    expect(history.map((h) => [h.assigneeId, h.endedAt === null])).toEqual([[ana.id, false], [ben.id, true]]);
  });

  it('a reviewer takes an unassigned dispute and starts the review, but cannot take one someone else has', async () => {
    const { disputeId } = seedDispute(db, theCase.id);
    const taken = await callerFor(db, ben).dispute.assign({ disputeId, expectedVersion: 1, assigneeId: ben.id });
    expect(taken).toMatchObject({ status: 'assigned', assigneeId: ben.id });
    await expect(callerFor(db, ben).dispute.startReview({ disputeId, expectedVersion: taken.version })).resolves.toMatchObject({ status: 'in_review' });
    const taker = db.select({ by: assignments.assignedBy }).from(assignments).where(eq(assignments.itemId, disputeId)).get();
    expect(taker?.by).toBe(ben.id);
    const other = seedDispute(db, theCase.id);
    const toSomeoneElse = await rejection(callerFor(db, ben).dispute.assign({ disputeId: other.disputeId, expectedVersion: 1, assigneeId: ana.id }));
    expect(toSomeoneElse.code).toBe('FORBIDDEN');
    const anas = await callerFor(db, lead).dispute.assign({ disputeId: other.disputeId, expectedVersion: 1, assigneeId: ana.id });
    const takeOver = await rejection(callerFor(db, ben).dispute.assign({ disputeId: other.disputeId, expectedVersion: anas.version, assigneeId: ben.id }));
    expect(takeOver.code).toBe('FORBIDDEN');
    expect(takeOver.message).toBe('This item already has a reviewer: only a lead can hand it to you.');
  });

  it('someone outside the case is told the dispute does not exist', async () => {
    const { disputeId } = seedDispute(db, theCase.id);
    const error = await rejection(callerFor(db, outsider).dispute.byId({ disputeId }));
    expect(error.code).toBe('NOT_FOUND');
  });

  it('claims follow the same workflow', async () => {
    const { claimIds } = seedDispute(db, theCase.id);
    const claimId = claimIds[0] ?? '';
    const c = await callerFor(db, lead).claim.dismiss({ claimId, expectedVersion: 1, reason: 'Not check-worthy' });
    expect(c).toMatchObject({ itemType: 'claim', status: 'dismissed', version: 2 });
  });
});

describe('the four-eyes rule', () => {
  it('approval waits for a second reviewer to agree', async () => {
    const { disputeId } = seedDispute(db, fourEyesCase.id);
    const d = await callerFor(db, lead).dispute.assign({ disputeId, expectedVersion: 1, assigneeId: ana.id });
    const p = await callerFor(db, ana).verdict.propose({ itemType: 'dispute', itemId: disputeId, expectedVersion: d.version, rating: 'false', low: 1, high: 1, rationale: 'Only one officer was beheaded per AP.' });
    const early = await rejection(callerFor(db, lead).verdict.approve({ verdictId: p.verdictId, expectedVersion: 1 }));
    expect(early.code).toBe('PRECONDITION_FAILED');
    const self = await rejection(callerFor(db, ana).verdict.vote({ verdictId: p.verdictId, expectedVersion: 1, agree: true }));
    expect(self.code).toBe('FORBIDDEN');
    const voted = await callerFor(db, ben).verdict.vote({ verdictId: p.verdictId, expectedVersion: 1, agree: true });
    expect(voted.verdict?.version).toBe(2);
    const approved = await callerFor(db, lead).verdict.approve({ verdictId: p.verdictId, expectedVersion: 2 });
    expect(approved.item.status).toBe('resolved');
    const detail = await callerFor(db, ana).dispute.byId({ disputeId });
    expect(detail.verdicts[0]?.votes).toMatchObject([{ voterId: ben.id, agree: true }]);
  });
});

describe('listing disputes', () => {
  const listCase = seedCase(db, [lead, ana]);
  const seeded = Array.from({ length: 7 }, (_, i) => seedDispute(db, listCase.id, { relation: i % 2 ? 'consistent' : 'conflict', severity: i / 10, outlet: i === 3 ? 'Reuters' : 'Wire', text: i === 5 ? 'Two officers were beheaded' : undefined }));

  it('pages with a cursor without gaps or repeats', async () => {
    const caller = callerFor(db, ana);
    const first = await caller.dispute.list({ caseId: listCase.id, limit: 3, sort: 'severity' });
    const second = await caller.dispute.list({ caseId: listCase.id, limit: 3, sort: 'severity', cursor: first.nextCursor ?? undefined });
    const third = await caller.dispute.list({ caseId: listCase.id, limit: 3, sort: 'severity', cursor: second.nextCursor ?? undefined });
    const ids = [...first.items, ...second.items, ...third.items].map((d) => d.id);
    expect(new Set(ids).size).toBe(7);
    expect(third.nextCursor).toBeNull();
    expect(first.items.map((d) => d.severity)).toEqual([0.6, 0.5, 0.4]);
  });

  it('filters by relation, outlet, assignee and text', async () => {
    const caller = callerFor(db, ana);
    expect((await caller.dispute.list({ caseId: listCase.id, relation: 'conflict' })).items).toHaveLength(4);
    expect((await caller.dispute.list({ caseId: listCase.id, outlet: 'Reuters' })).items.map((d) => d.id)).toEqual([seeded[3]?.disputeId]);
    expect((await caller.dispute.list({ caseId: listCase.id, q: 'beheaded' })).items.map((d) => d.id)).toEqual([seeded[5]?.disputeId]);
    expect((await caller.dispute.list({ caseId: listCase.id, assignee: 'me' })).items).toHaveLength(0);
    expect((await caller.dispute.list({ caseId: listCase.id, assignee: 'none', status: ['new'] })).items).toHaveLength(7);
  });

  it('narrows the claims by text, and finds nothing for words no claim has', async () => {
    const caller = callerFor(db, ana);
    const ids = async (input: { q: string; outlet?: string }) => (await caller.claim.list({ caseId: listCase.id, ...input })).items.map((c) => c.id).sort();
    expect(await ids({ q: 'beheaded' })).toEqual([...(seeded[5]?.claimIds ?? [])].sort());
    expect(await ids({ q: 'officers', outlet: 'Reuters' })).toEqual([...(seeded[3]?.claimIds ?? [])].sort());
    expect(await ids({ q: 'zeppelin' })).toEqual([]);
  });

  it('says when a search matches more claims than a narrowed list considers, and only then', async () => {
    const caller = callerFor(db, ana);
    const crowded = seedCase(db, [lead, ana]);
    const wide = seedDispute(db, crowded.id, { text: 'Protesters gathered in the square', count: SEARCH_NARROWING_CLAIMS + 1 });
    seedDispute(db, crowded.id, { text: 'Two officers were beheaded' });
    const disputes = await caller.dispute.list({ caseId: crowded.id, q: 'protesters' });
    expect(disputes.items.map((d) => d.id)).toEqual([wide.disputeId]);
    expect(disputes.searchCappedAt).toBe(SEARCH_NARROWING_CLAIMS);
    const claims = await caller.claim.list({ caseId: crowded.id, q: 'protesters', limit: 10 });
    expect(claims.items).toHaveLength(10);
    expect(claims.searchCappedAt).toBe(SEARCH_NARROWING_CLAIMS);
    expect((await caller.dispute.list({ caseId: crowded.id, q: 'beheaded' })).searchCappedAt).toBeNull();
    expect((await caller.claim.list({ caseId: crowded.id, q: 'beheaded' })).searchCappedAt).toBeNull();
    expect((await caller.dispute.list({ caseId: crowded.id })).searchCappedAt).toBeNull();
  });
});
