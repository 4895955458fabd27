import { afterAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { comments, disputes, eq, users, verdicts } from '@claimdesk/db';
import { createTestDatabase } from '@claimdesk/db/testing';
import { createCaller } from '../src';
import { callerFor, seedCase, seedUser } from './support/seed';
import { seedDispute } from './support/review-seed';

const { db, dispose } = createTestDatabase();
afterAll(dispose);

const admin = seedUser(db, 'admin');
const lead = seedUser(db, 'lead');
const ana = seedUser(db, 'reviewer', 'ana');
const ben = seedUser(db, 'reviewer', 'ben');
const theCase = seedCase(db, [lead, ana, ben]);
const otherCase = seedCase(db, [lead]);
const { disputeId, documentId } = seedDispute(db, theCase.id);
const other = seedDispute(db, otherCase.id);

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  return error instanceof TRPCError ? error.code : 'OK';
}

describe('comments', () => {
  it('stores Markdown with the @mentioned members', async () => {
    const c = await callerFor(db, ana).comment.add({ itemType: 'dispute', itemId: disputeId, body: 'Can @ben check the **ministry** figure? cc @nobody' });
    expect(c.mentions).toEqual([ben.id]);
    const list = await callerFor(db, ben).comment.list({ itemType: 'dispute', itemId: disputeId });
    expect(list.map((x) => [x.authorName, x.body])).toEqual([['ana', 'Can @ben check the **ministry** figure? cc @nobody']]);
  });

  it('refuses HTML and script links with a field message', async () => {
    for (const body of ['<script>alert(1)</script>', 'see <img src=x onerror=alert(1)>', '[x](javascript:alert(1))']) {
      const error = await callerFor(db, ana).comment.add({ itemType: 'dispute', itemId: disputeId, body }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('BAD_REQUEST');
    }
  });

  it('only the author edits a comment, and it is marked edited', async () => {
    const [first] = db.select().from(comments).all();
    const commentId = first?.id ?? '';
    expect(await codeOf(callerFor(db, ben).comment.edit({ commentId, body: 'hijacked' }))).toBe('FORBIDDEN');
    const edited = await callerFor(db, ana).comment.edit({ commentId, body: 'Corrected: ask @ben.' });
    expect(edited.editedAt).toBeTypeOf('number');
  });
});

describe('evidence', () => {
  it('attaches a link or an exact passage of a document in the case', async () => {
    await callerFor(db, ana).evidence.add({ itemType: 'dispute', itemId: disputeId, stance: 'refutes', source: { kind: 'url', url: 'https://example.org/ministry' } });
    const span = await callerFor(db, ana).evidence.add({ itemType: 'dispute', itemId: disputeId, stance: 'supports', note: 'city figure', source: { kind: 'document', documentId, spanStart: 0, spanEnd: 11 } });
    expect(span?.quote).toBe('At least 13');
    expect(await callerFor(db, ben).evidence.list({ itemType: 'dispute', itemId: disputeId })).toHaveLength(2);
  });

  it('a document of another case is not found, and a passage past the end is refused', async () => {
    expect(await codeOf(callerFor(db, lead).evidence.add({ itemType: 'dispute', itemId: disputeId, stance: 'context', source: { kind: 'document', documentId: other.documentId, spanStart: 0, spanEnd: 5 } }))).toBe('NOT_FOUND');
    expect(await codeOf(callerFor(db, ana).evidence.add({ itemType: 'dispute', itemId: disputeId, stance: 'context', source: { kind: 'document', documentId, spanStart: 0, spanEnd: 99_999 } }))).toBe('BAD_REQUEST');
    expect(await codeOf(callerFor(db, ana).evidence.add({ itemType: 'dispute', itemId: disputeId, stance: 'context', source: { kind: 'url', url: 'javascript:alert(1)' } }))).toBe('BAD_REQUEST');
  });
});

describe('live activity', () => {
  it('a second client receives changes as they happen and resumes after its last event id', async () => {
    const controller = new AbortController();
    const stream = await createCaller({ db, user: ben }, { signal: controller.signal }).activity.onCaseActivity({ caseId: theCase.id });
    const iterator = stream[Symbol.asyncIterator]();
    const pending = iterator.next();
    await callerFor(db, ana).dispute.triage({ disputeId, expectedVersion: 1 });
    const first = await pending;
    // A tracked event is the envelope [id, data]; over SSE the id becomes the event id the client resumes from.
    const [id, event] = first.value as unknown as [string, unknown];
    expect(event).toMatchObject({ action: 'dispute.triaged', entityId: disputeId, actorName: 'ana' });
    controller.abort();

    await callerFor(db, ana).comment.add({ itemType: 'dispute', itemId: disputeId, body: 'While you were away' });
    const again = new AbortController();
    const resumed = await createCaller({ db, user: ben }, { signal: again.signal }).activity.onCaseActivity({ caseId: theCase.id, lastEventId: id });
    const next = await resumed[Symbol.asyncIterator]().next();
    const [nextId, nextEvent] = next.value as unknown as [string, unknown];
    expect(nextEvent).toMatchObject({ action: 'comment.added' });
    expect(Number(nextId)).toBeGreaterThan(Number(id));
    again.abort();
  });

  it('an open feed ends when its reader is taken off the case, and they can no longer open it', async () => {
    const cara = seedUser(db, 'reviewer', 'cara');
    await callerFor(db, lead).case.addMember({ caseId: theCase.id, userId: cara.id });
    const controller = new AbortController();
    const stream = await createCaller({ db, user: cara }, { signal: controller.signal }).activity.onCaseActivity({ caseId: theCase.id });
    const iterator = stream[Symbol.asyncIterator]();
    const pending = iterator.next().then(() => 'OK', (e: unknown) => (e instanceof TRPCError ? e.code : String(e)));
    expect(await callerFor(db, lead).case.removeMember({ caseId: theCase.id, userId: cara.id })).toEqual({ removed: true });
    expect(await pending).toBe('NOT_FOUND');
    expect(await codeOf(callerFor(db, cara).activity.onCaseActivity({ caseId: theCase.id }))).toBe('NOT_FOUND');
    expect(await callerFor(db, lead).case.removeMember({ caseId: theCase.id, userId: cara.id })).toEqual({ removed: false });
    controller.abort();
  });

  it('an open feed ends when the session behind it is no longer current', async () => {
    let current = true;
    const controller = new AbortController();
    const stream = await createCaller({ db, user: ben, isSessionCurrent: () => current }, { signal: controller.signal }).activity.onCaseActivity({ caseId: theCase.id });
    const pending = stream[Symbol.asyncIterator]().next().then(() => 'OK', (e: unknown) => (e instanceof TRPCError ? e.code : String(e)));
    current = false;
    expect(await pending).toBe('FORBIDDEN');
    controller.abort();
  });

  it('someone outside the case cannot follow it', async () => {
    expect(await codeOf(callerFor(db, ana).activity.onCaseActivity({ caseId: otherCase.id }))).toBe('NOT_FOUND');
  });
});

describe('presence', () => {
  it('shows who is looking at which dispute', async () => {
    await callerFor(db, ana).presence.heartbeat({ caseId: theCase.id, disputeId });
    await callerFor(db, ben).presence.heartbeat({ caseId: theCase.id });
    const present = await callerFor(db, lead).presence.list({ caseId: theCase.id });
    expect(present.map((p) => [p.name, p.disputeId]).sort()).toEqual([['ana', disputeId], ['ben', null]]);
    expect(await codeOf(callerFor(db, ana).presence.heartbeat({ caseId: theCase.id, disputeId: other.disputeId }))).toBe('NOT_FOUND');
  });
});

describe('the lead dashboard', () => {
  it('counts by status and per reviewer from the rollup, with median time to verdict', async () => {
    const d = await callerFor(db, lead).dispute.byId({ disputeId });
    const assigned = await callerFor(db, lead).dispute.assign({ disputeId, expectedVersion: d.version ?? 0, assigneeId: ana.id });
    await callerFor(db, ana).verdict.propose({ itemType: 'dispute', itemId: disputeId, expectedVersion: assigned.version, rating: 'conflicting', rationale: 'Figures disagree across outlets.' });
    const board = await callerFor(db, lead).dashboard.get({ caseId: theCase.id });
    expect(board.disputesByStatus).toMatchObject({ verdict_proposed: 1, new: 0 });
    expect(board.claimsByStatus.new).toBe(2);
    expect(board.reviewers).toEqual([{ userId: ana.id, name: 'ana', assigned: 1, open: 1, resolved: 0, medianMsToVerdict: expect.any(Number) }]);
    expect(board.openConflictsBySeverity).toEqual({ high: 1, medium: 0, low: 0 });
    expect(board.throughput.some((t) => t.status === 'verdict_proposed' && t.n === 1)).toBe(true);
    const later = await callerFor(db, lead).dashboard.get({ caseId: theCase.id });
    expect(later.stale.count).toBe(0);
  });

  it('median time to verdict is the middle of each reviewer’s proposals', async () => {
    const medianCase = seedCase(db, [lead, ana]);
    // The dashboard lists reviewers who hold items in the case: proposing requires being the assignee.
    const held = seedDispute(db, medianCase.id);
    db.update(disputes).set({ status: 'resolved', assigneeId: ana.id }).where(eq(disputes.id, held.disputeId)).run();
    for (const [i, workMs] of [40, 10, 30, 20].entries()) {
      db.insert(verdicts).values({ id: `m${i}`, caseId: medianCase.id, itemType: 'dispute', itemId: `x${i}`, rating: 'confirmed', rationale: 'r', state: 'approved', proposerId: ana.id, workMs, proposedAt: i }).run();
    }
    db.insert(verdicts).values({ id: 'm-sent-back', caseId: medianCase.id, itemType: 'dispute', itemId: 'x9', rating: 'confirmed', rationale: 'r', state: 'sent_back', proposerId: ana.id, workMs: 9999, proposedAt: 9 }).run();
    const board = await callerFor(db, lead).dashboard.get({ caseId: medianCase.id });
    expect(board.reviewers).toEqual([{ userId: ana.id, name: 'ana', assigned: 1, open: 0, resolved: 1, medianMsToVerdict: 25 }]);
  });

  it('is for leads only', async () => {
    expect(await codeOf(callerFor(db, ana).dashboard.get({ caseId: theCase.id }))).toBe('FORBIDDEN');
  });
});

describe('accounts', () => {
  it('a role change or disable ends the user’s sessions at once', async () => {
    const version = () => db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, ben.id)).get()?.v;
    const before = version() ?? 0;
    await callerFor(db, admin).user.setRole({ userId: ben.id, role: 'lead' });
    expect(version()).toBe(before + 1);
    await callerFor(db, admin).user.disable({ userId: ben.id, disabled: true });
    expect(version()).toBe(before + 2);
    expect(await codeOf(callerFor(db, admin).user.disable({ userId: admin.id }))).toBe('PRECONDITION_FAILED');
    expect(await codeOf(callerFor(db, lead).user.setRole({ userId: ana.id, role: 'admin' }))).toBe('FORBIDDEN');
  });

  it('case settings are changed by leads and recorded', async () => {
    const updated = await callerFor(db, lead).case.updateSettings({ caseId: theCase.id, fourEyes: true, staleAfterHours: 12 });
    expect(updated).toMatchObject({ fourEyes: true, staleAfterHours: 12 });
    expect(await codeOf(callerFor(db, ana).case.updateSettings({ caseId: theCase.id, fourEyes: false }))).toBe('FORBIDDEN');
  });
});
