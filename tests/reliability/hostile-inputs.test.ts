import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comments, openDatabase, type Db } from '@claimdesk/db';
import { call, startServer, type RunningServer } from './support/server-process';
import { seedCase, seedDispute, seedUser } from './support/seed';

const dir = mkdtempSync(join(tmpdir(), 'claimdesk-hostile-'));
const dbPath = join(dir, 'hostile.db');
const db: Db = openDatabase({ path: dbPath });
let server: RunningServer;

const admin = seedUser(db, 'admin');
const lead = seedUser(db, 'lead');
const reviewer = seedUser(db, 'reviewer');
const colleague = seedUser(db, 'reviewer');
const stranger = seedUser(db, 'reviewer');
const caseId = seedCase(db, [lead.id, reviewer.id, colleague.id]);
const otherCaseId = seedCase(db, [lead.id, stranger.id]);
const mine = seedDispute(db, caseId);
const theirs = seedDispute(db, otherCaseId);
const commentId = 'c-colleague';
db.insert(comments).values({ id: commentId, caseId, itemType: 'dispute', itemId: mine.disputeId, authorId: colleague.id, body: 'Mine', mentions: [], createdAt: Date.now() }).run();

beforeAll(async () => {
  server = await startServer(dbPath);
});
afterAll(async () => {
  await server.stop();
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Everything a hostile request could have changed, in one comparable string. */
function fingerprint(): string {
  return JSON.stringify(
    db.$client
      .prepare(
        `SELECT (SELECT count(*) FROM activity) a, (SELECT count(*) FROM comments) c, (SELECT group_concat(body) FROM comments) cb,
                (SELECT count(*) FROM evidence) e, (SELECT count(*) FROM verdicts) v, (SELECT count(*) FROM assignments) asg,
                (SELECT sum(version) FROM disputes) dv, (SELECT sum(version) FROM claims) cv, (SELECT count(*) FROM presence) p,
                (SELECT group_concat(role || disabled || session_version) FROM users) u, (SELECT group_concat(stale_after_hours || four_eyes) FROM cases) k`,
      )
      .get(),
  );
}

const v = (extra: Record<string, unknown> = {}) => ({ disputeId: mine.disputeId, expectedVersion: 1, ...extra });
const propose = (extra: Record<string, unknown>) => ({ itemType: 'dispute', itemId: mine.disputeId, expectedVersion: 1, rating: 'confirmed', rationale: 'Two independent sources agree.', ...extra });
const evidence = (source: unknown) => ({ itemType: 'dispute', itemId: mine.disputeId, stance: 'supports', source });
const comment = (body: unknown) => ({ itemType: 'dispute', itemId: mine.disputeId, body });
const huge = 'x'.repeat(200_000);

type Row = [name: string, path: string, input: unknown, user: string | null, expectedStatus: number, kind?: 'query' | 'mutation'];
const rows: Row[] = [
  ['a version sent as a string', 'dispute.triage', v({ expectedVersion: '1' }), reviewer.id, 400],
  ['a negative version', 'dispute.triage', v({ expectedVersion: -1 }), reviewer.id, 400],
  ['a fractional version', 'dispute.triage', v({ expectedVersion: 1.5 }), reviewer.id, 400],
  ['a version of zero', 'dispute.triage', v({ expectedVersion: 0 }), reviewer.id, 400],
  ['a numeric id', 'dispute.triage', { disputeId: 123, expectedVersion: 1 }, reviewer.id, 400],
  ['an empty id', 'dispute.triage', { disputeId: '', expectedVersion: 1 }, reviewer.id, 400],
  ['a 200k-character id', 'dispute.triage', { disputeId: huge, expectedVersion: 1 }, reviewer.id, 400],
  ['an unknown dispute id', 'dispute.triage', { disputeId: 'no-such-dispute', expectedVersion: 1 }, reviewer.id, 404],
  ['a dispute of another case', 'dispute.triage', { disputeId: theirs.disputeId, expectedVersion: 1 }, reviewer.id, 404],
  ['an array instead of an object', 'dispute.triage', [mine.disputeId, 1], reviewer.id, 400],
  ['no input at all', 'dispute.triage', undefined, reviewer.id, 400],
  ['a script tag in a comment', 'comment.add', comment('<script>alert(document.cookie)</script>'), reviewer.id, 400],
  ['a script inside an HTML comment', 'comment.add', comment('fine <!-- <script>alert(1)</script> -->'), reviewer.id, 400],
  ['an inline event handler', 'comment.add', comment('look <img src=x onerror="alert(1)">'), reviewer.id, 400],
  ['a javascript: Markdown link', 'comment.add', comment('[click](javascript:alert(1))'), reviewer.id, 400],
  ['a data: Markdown link', 'comment.add', comment('[x](data:text/html;base64,PHNjcmlwdD4=)'), reviewer.id, 400],
  ['a 200k-character comment', 'comment.add', comment(huge), reviewer.id, 400],
  ['a blank comment', 'comment.add', comment('   \n  '), reviewer.id, 400],
  ['a NUL byte in a comment', 'comment.add', comment('hello\u0000world'), reviewer.id, 400],
  ['a comment on an unknown item type', 'comment.add', { itemType: 'user', itemId: admin.id, body: 'hi' }, reviewer.id, 400],
  ['editing someone else’s comment', 'comment.edit', { commentId, body: 'hijacked' }, reviewer.id, 403],
  ['a negative cursor', 'dispute.list', { caseId, cursor: '-5:abc' }, reviewer.id, 400, 'query'],
  ['an SQL-shaped cursor', 'dispute.list', { caseId, cursor: "1:x' OR 1=1 --" }, reviewer.id, 400, 'query'],
  ['a page of ten thousand', 'dispute.list', { caseId, limit: 10_000 }, reviewer.id, 400, 'query'],
  ['an unknown status filter', 'dispute.list', { caseId, status: ['bogus'] }, reviewer.id, 400, 'query'],
  ['a 10k-character search', 'dispute.list', { caseId, q: 'a'.repeat(10_000) }, reviewer.id, 400, 'query'],
  ['listing another case', 'dispute.list', { caseId: otherCaseId }, reviewer.id, 404, 'query'],
  ['an unknown verdict rating', 'verdict.propose', propose({ rating: 'maybe' }), reviewer.id, 400],
  ['a low bound above the high bound', 'verdict.propose', propose({ low: 20, high: 10 }), reviewer.id, 400],
  ['a bound sent as text', 'verdict.propose', propose({ low: '1e400' }), reviewer.id, 400],
  ['an as-of date in words', 'verdict.propose', propose({ asOf: 'yesterday' }), reviewer.id, 400],
  ['a one-word rationale', 'verdict.propose', propose({ rationale: 'ok' }), reviewer.id, 400],
  ['a proposal on a dispute not assigned to you', 'verdict.propose', propose({}), reviewer.id, 403],
  ['a javascript: evidence link', 'evidence.add', evidence({ kind: 'url', url: 'javascript:alert(1)' }), reviewer.id, 400],
  ['a negative evidence span', 'evidence.add', evidence({ kind: 'document', documentId: mine.documentId, spanStart: -3, spanEnd: 4 }), reviewer.id, 400],
  ['a span past the end of the document', 'evidence.add', evidence({ kind: 'document', documentId: mine.documentId, spanStart: 0, spanEnd: 1_000_000 }), reviewer.id, 400],
  ['a document of another case as evidence', 'evidence.add', evidence({ kind: 'document', documentId: theirs.documentId, spanStart: 0, spanEnd: 4 }), reviewer.id, 404],
  ['assigning someone outside the case', 'dispute.assign', v({ assigneeId: stranger.id }), lead.id, 412],
  ['a reviewer dismissing', 'dispute.dismiss', v(), reviewer.id, 403],
  ['no session at all', 'dispute.triage', v(), null, 401],
  ['an unknown role', 'user.setRole', { userId: reviewer.id, role: 'superuser' }, admin.id, 400],
  ['a negative staleness threshold', 'case.updateSettings', { caseId, staleAfterHours: -1 }, lead.id, 400],
  ['presence on another case’s dispute', 'presence.heartbeat', { caseId, disputeId: theirs.disputeId }, reviewer.id, 404],
  ['a negative activity cursor', 'activity.list', { caseId, before: -1 }, reviewer.id, 400, 'query'],
  ['an unknown procedure', 'dispute.delete', { disputeId: mine.disputeId }, admin.id, 404],
];

describe('hostile inputs over HTTP', () => {
  it('has at least 30 rows', () => expect(rows.length).toBeGreaterThanOrEqual(30));

  it.each(rows)('%s is refused with a clear 4xx', async (_name, path, input, user, expectedStatus, kind) => {
    const before = fingerprint();
    const answer = await call(server.url, path, input, user, kind);
    expect(answer.status).toBe(expectedStatus);
    expect(answer.error?.message).toBeTruthy();
    expect(answer.error?.message).not.toMatch(/Something went wrong/);
    if (expectedStatus === 400 && answer.error?.data.domainCode === undefined && path !== 'dispute.delete') {
      expect(answer.error?.data.fieldErrors ?? answer.error?.message).toBeTruthy();
    }
    expect(fingerprint()).toBe(before);
  });

  it('a malformed JSON body is a 400 and changes nothing', async () => {
    const before = fingerprint();
    const response = await fetch(`${server.url}/comment.add`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-test-user': reviewer.id }, body: '{"json": {"itemType": "dispute",' });
    expect(response.status).toBe(400);
    expect(fingerprint()).toBe(before);
  });
});
