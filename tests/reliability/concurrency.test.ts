import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, and, asc, disputes, eq, openDatabase, type Db } from '@claimdesk/db';
import { call, startServer, type RunningServer } from './support/server-process';
import { seedCase, seedDispute, seedUser } from './support/seed';

const ROUNDS = 60;
const dir = mkdtempSync(join(tmpdir(), 'claimdesk-race-'));
const dbPath = join(dir, 'race.db');
let db: Db;
let servers: RunningServer[] = [];

beforeAll(async () => {
  db = openDatabase({ path: dbPath });
  // Two server processes on one file: the race is between processes, as with several app servers.
  servers = await Promise.all([startServer(dbPath), startServer(dbPath)]);
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('two leads acting on one dispute at the same moment', () => {
  it(`exactly one wins each of ${ROUNDS} rounds, the other gets CONFLICT, and the log matches the final state`, async () => {
    const leads = [seedUser(db, 'lead'), seedUser(db, 'lead')];
    const reviewers = [seedUser(db, 'reviewer'), seedUser(db, 'reviewer'), seedUser(db, 'reviewer')];
    const caseId = seedCase(db, [...leads, ...reviewers].map((u) => u.id));
    const { disputeId } = seedDispute(db, caseId);
    const [a, b] = servers;
    if (!a || !b) throw new Error('servers did not start');

    let wins = 0;
    let version = 1;
    for (let round = 0; round < ROUNDS; round += 1) {
      // Each lead hands the dispute to a different reviewer, both from the version they both saw.
      const targets = [reviewers[(round + 1) % 3], reviewers[(round + 2) % 3]];
      const answers = await Promise.all([
        call(a.url, 'dispute.assign', { disputeId, expectedVersion: version, assigneeId: targets[0]?.id }, leads[0]?.id ?? null),
        call(b.url, 'dispute.assign', { disputeId, expectedVersion: version, assigneeId: targets[1]?.id }, leads[1]?.id ?? null),
      ]);
      const statuses = answers.map((x) => x.status).sort();
      expect(statuses, `round ${round}`).toEqual([200, 409]);
      const loser = answers.find((x) => x.status === 409);
      expect(loser?.error?.data.domainCode).toBe('STALE_VERSION');
      expect(loser?.error?.data.current).toMatchObject({ id: disputeId, version: version + 1 });
      wins += 1;
      version += 1;
      // Put the dispute back in the round's starting hands so both targets differ from the current assignee next round.
      const current = db.select({ v: disputes.version, assigneeId: disputes.assigneeId }).from(disputes).where(eq(disputes.id, disputeId)).get();
      const next = reviewers[(round + 1) % 3];
      if (current?.assigneeId !== next?.id) {
        const fix = await call(a.url, 'dispute.assign', { disputeId, expectedVersion: version, assigneeId: next?.id }, leads[0]?.id ?? null);
        expect(fix.status).toBe(200);
        wins += 1;
        version += 1;
      }
    }

    const final = db.select().from(disputes).where(eq(disputes.id, disputeId)).get();
    const log = db.select().from(activity).where(and(eq(activity.entityType, 'dispute'), eq(activity.entityId, disputeId))).orderBy(asc(activity.id)).all();
    expect(final?.version).toBe(1 + wins);
    expect(log).toHaveLength(wins);
    expect(log.map((entry) => (entry.after as { version: number }).version)).toEqual(Array.from({ length: wins }, (_, i) => i + 2));
    expect((log.at(-1)?.after as { assigneeId: string }).assigneeId).toBe(final?.assigneeId);
  });
});
