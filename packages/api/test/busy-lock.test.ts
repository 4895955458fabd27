import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@claimdesk/db';
import { createTestDatabase } from '@claimdesk/db/testing';
import { callerFor, seedCase, seedUser } from './support/seed';
import { seedDispute } from './support/review-seed';

const file = createTestDatabase();
// The dashboard's connection: it waits only briefly for another process's lock (apps/dashboard/src/server/db.ts).
const server = openDatabase({ path: file.path, busyTimeoutMs: 10 });
// Another process, e.g. `claimdesk import`, in the middle of a write transaction.
const importer = openDatabase({ path: file.path });
afterAll(() => {
  server.$client.close();
  importer.$client.close();
  file.dispose();
});

const ana = seedUser(file.db, 'reviewer', 'ana');
const theCase = seedCase(file.db, [ana]);
const { disputeId } = seedDispute(file.db, theCase.id);
const BODY = 'Written after the import let go.';

describe('a mutation while another process holds the write lock', () => {
  it('waits for the lock without blocking the server, then applies once', async () => {
    importer.$client.prepare('BEGIN IMMEDIATE').run();
    let settled = false;
    const commenting = callerFor(server, ana)
      .comment.add({ itemType: 'dispute', itemId: disputeId, body: BODY })
      .finally(() => (settled = true));
    // Let every pending microtask run: the mutation has tried the lock, found it taken and is waiting on a timer.
    await new Promise((resolve) => setImmediate(resolve));
    // The lock is held until a read has been served, so the read cannot have waited for the mutation to finish:
    // the event loop is free while the mutation waits (WAL readers do not need the write lock).
    const read = await callerFor(server, ana).dispute.byId({ disputeId });
    expect(read.id).toBe(disputeId);
    expect(settled).toBe(false);
    importer.$client.prepare('COMMIT').run();
    const comment = await commenting;
    expect(comment.body).toBe(BODY);
    const list = await callerFor(server, ana).comment.list({ itemType: 'dispute', itemId: disputeId });
    expect(list.filter((c) => c.body === BODY)).toHaveLength(1);
  });
});
