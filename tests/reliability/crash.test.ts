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
      // Kill at a random moment once writes are flowing: after a random number of acknowledged writes, counted
      // rather than timed, so a slow machine shifts the moment but never ends a round before its writes.
      const killAfter = 2 + Math.floor(Math.random() * 40);
      let acks = 0;
      let enoughAcks = () => {};
      const acknowledged = new Promise<void>((resolve) => (enoughAcks = resolve));
      const stop = {
        now: false,
        onAck: () => {
          acks += 1;
          if (acks >= killAfter) enoughAcks();
        },
      };
      const writing = burst(running.url, stop);
      await acknowledged;
      running.child.kill('SIGKILL');
      await running.exited;
      stop.now = true;
      const { acknowledgedComments, acknowledgedVersion } = await writing;
      expect(acknowledgedComments.length, `round ${round} wrote before the kill`).toBeGreaterThanOrEqual(2);
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
    expect(totalAcknowledged).toBeGreaterThanOrEqual(2 * ROUNDS);
    console.log(`${ROUNDS} kills: ${totalAcknowledged} acknowledged comments, every one present; integrity check ok after each restart`);
  }, 60_000 + ROUNDS * 30_000);
});
