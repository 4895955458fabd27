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

describe('a mutation while another process holds the write lock', () => {
  it('waits for the lock without blocking the server, then applies once', async () => {
    importer.$client.prepare('BEGIN IMMEDIATE').run();
    let served = 0;
    const reads = setInterval(() => {
      // Reads go on meanwhile (WAL): the event loop is free while the mutation waits.
      void callerFor(server, ana).dispute.byId({ disputeId }).then(() => (served += 1));
    }, 10);
    setTimeout(() => importer.$client.prepare('COMMIT').run(), 200);
    const comment = await callerFor(server, ana).comment.add({ itemType: 'dispute', itemId: disputeId, body: 'Written after the import let go.' });
    clearInterval(reads);
    expect(comment.body).toBe('Written after the import let go.');
    expect(served).toBeGreaterThan(3);
    const list = await callerFor(server, ana).comment.list({ itemType: 'dispute', itemId: disputeId });
    expect(list.filter((c) => c.body === 'Written after the import let go.')).toHaveLength(1);
  });
});
