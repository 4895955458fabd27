import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { comments, disputes, eq, inArray, integrityCheck, openDatabase } from '@claimdesk/db';
import { call, startServer, type RunningServer } from './support/server-process';
import { seedCase, seedDispute, seedUser } from './support/seed';

// CRASH_ROUNDS=50 for the full run the issue asks for; CI runs a few rounds.
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 3);
const WRITERS = 6;

const dir = mkdtempSync(join(tmpdir(), 'claimdesk-crash-'));
const dbPath = join(dir, 'crash.db');
const setup = openDatabase({ path: dbPath });
const lead = seedUser(setup, 'lead');
const reviewers = [seedUser(setup, 'reviewer'), seedUser(setup, 'reviewer')];
const caseId = seedCase(setup, [lead.id, ...reviewers.map((r) => r.id)]);
const { disputeId } = seedDispute(setup, caseId);
setup.$client.close();

let server: RunningServer | undefined;
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Writes until stopped; returns what the server acknowledged. A request cut by the kill is not acknowledged. */
async function burst(url: string, stop: { now: boolean; onAck: () => void }) {
  const acknowledgedComments: string[] = [];
  let acknowledgedVersion = 0;
  const commentWriter = async (writer: number) => {
    for (let i = 0; !stop.now; i += 1) {
      const answer = await call(url, 'comment.add', { itemType: 'dispute', itemId: disputeId, body: `writer ${writer} note ${i}` }, lead.id).catch(() => undefined);
      const id = (answer?.data as { id?: string } | undefined)?.id;
      if (answer?.status === 200 && id) {
        acknowledgedComments.push(id);
        stop.onAck();
      }
    }
  };
  const workflowWriter = async () => {
    let version = (await call(url, 'dispute.byId', { disputeId }, lead.id, 'query').catch(() => undefined))?.data as { version?: number } | undefined;
    let expected = version?.version ?? 1;
    for (let i = 0; !stop.now; i += 1) {
      const answer = await call(url, 'dispute.assign', { disputeId, expectedVersion: expected, assigneeId: reviewers[i % 2]?.id }, lead.id).catch(() => undefined);
      version = answer?.data as { version?: number } | undefined;
      if (answer?.status === 200 && version?.version) {
        expected = version.version;
        acknowledgedVersion = expected;
      }
    }
  };
  await Promise.all([...Array.from({ length: WRITERS }, (_, w) => commentWriter(w)), workflowWriter()]);
  return { acknowledgedComments, acknowledgedVersion };
}

describe('kill -9 during a burst of writes', () => {
  it(`loses no acknowledged write over ${ROUNDS} kills, and the file stays intact`, async () => {
    server = await startServer(dbPath);
    let totalAcknowledged = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const running = server;
      let firstAck = () => {};
      const acknowledged = new Promise<void>((resolve) => (firstAck = resolve));
      const stop = { now: false, onAck: () => firstAck() };
      const writing = burst(running.url, stop);
      // Kill at a random moment once writes are flowing (a slow first request must not end the round early).
      await acknowledged;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 600));
      running.child.kill('SIGKILL');
      await running.exited;
      stop.now = true;
      const { acknowledgedComments, acknowledgedVersion } = await writing;
      expect(acknowledgedComments.length, `round ${round} wrote something before the kill`).toBeGreaterThan(0);
      totalAcknowledged += acknowledgedComments.length;

      server = await startServer(dbPath);
      const check = openDatabase({ path: dbPath });
      try {
        const found = new Set(check.select({ id: comments.id }).from(comments).where(inArray(comments.id, acknowledgedComments)).all().map((r) => r.id));
        expect(acknowledgedComments.filter((id) => !found.has(id)), `round ${round}: acknowledged comments missing`).toEqual([]);
        const version = check.select({ v: disputes.version }).from(disputes).where(eq(disputes.id, disputeId)).get()?.v ?? 0;
        expect(version).toBeGreaterThanOrEqual(acknowledgedVersion);
        expect(integrityCheck(check)).toBe('ok');
      } finally {
        check.$client.close();
      }
    }
    expect(totalAcknowledged).toBeGreaterThan(ROUNDS);
    console.log(`${ROUNDS} kills: ${totalAcknowledged} acknowledged comments, every one present; integrity check ok after each restart`);
  }, 60_000 + ROUNDS * 30_000);
});
