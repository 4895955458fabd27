import { afterAll, describe, expect, it } from 'vitest';
import { cases, leaveLockFree, openDatabase, whenNotBusy, writeTransaction } from '../src';
import { createTestDatabase } from '../src/testing';

const file = createTestDatabase();
afterAll(file.dispose);

const addCase = (id: string) => (db: typeof file.db) => () => writeTransaction(db, (tx) => tx.insert(cases).values({ id, name: `Case ${id}`, createdAt: Date.now() }).run());

describe('a bulk writer and a waiting connection (SQLite does not queue waiters)', () => {
  it('between its transactions a bulk writer holds back while someone is waiting, so the waiter gets in first', async () => {
    const bulk = openDatabase({ path: file.path });
    const server = openDatabase({ path: file.path, busyTimeoutMs: 0 });
    try {
      bulk.$client.prepare('BEGIN IMMEDIATE').run();
      let waiterDone = false;
      const waiter = whenNotBusy(addCase('waited')(server), 5000, server).then(() => (waiterDone = true));
      // The waiter finds the lock taken (and marks that it waits) while the bulk writer's transaction is open.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(waiterDone).toBe(false);
      bulk.$client.prepare('COMMIT').run();
      await leaveLockFree(bulk, 0, 1000);
      expect(waiterDone).toBe(true);
      await waiter;
      // The next transaction of the bulk writer goes on as usual.
      addCase('after')(bulk)();
      expect(bulk.select().from(cases).all().map((c) => c.id)).toEqual(expect.arrayContaining(['waited', 'after']));
    } finally {
      bulk.$client.close();
      server.$client.close();
    }
  });

  it('with nobody waiting, the bulk writer goes on after its gap', async () => {
    const bulk = openDatabase({ path: file.path });
    try {
      const started = Date.now();
      await leaveLockFree(bulk, 0, 1000);
      // Not a timing target: a writer that waited for nobody would have held back up to the 1 s limit.
      expect(Date.now() - started).toBeLessThan(500);
    } finally {
      bulk.$client.close();
    }
  });
});
