import { afterAll, describe, expect, it } from 'vitest';
import { activity, cases, createCheckpointer, untilLockFree, databaseStatus, integrityCheck, isDatabaseBusy, openDatabase, startCheckpointTimer, whenNotBusy, writeTransaction } from '../src';
import { createTestDatabase } from '../src/testing';

const { db, dispose } = createTestDatabase();
afterAll(dispose);

describe('the database file', () => {
  it('opens in WAL mode with foreign keys and a busy timeout', () => {
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });

  it('a server connection waits briefly for locks and leaves checkpoints to its timer', () => {
    const file = createTestDatabase();
    const server = openDatabase({ path: file.path, busyTimeoutMs: 50, autoCheckpoint: false });
    expect(server.$client.pragma('busy_timeout', { simple: true })).toBe(50);
    expect(server.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const stop = startCheckpointTimer(server, 10);
    stop();
    server.$client.close();
    file.dispose();
  });

  it('untilLockFree waits for another connection to let the lock go, and leaves it free', async () => {
    const file = createTestDatabase();
    const server = openDatabase({ path: file.path, busyTimeoutMs: 0 });
    const importer = openDatabase({ path: file.path });
    try {
      importer.$client.prepare('BEGIN IMMEDIATE').run();
      let freed = false;
      const waiting = untilLockFree(server, Date.now() + 5000).then(() => (freed = true));
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(freed).toBe(false);
      importer.$client.prepare('COMMIT').run();
      await waiting;
      expect(server.$client.inTransaction).toBe(false);
      // The lock is free for whoever comes next, the other connection included.
      importer.insert(cases).values({ id: 'after-wait', name: 'After the wait', createdAt: Date.now() }).run();
      // With the lock never let go, it gives up at the deadline instead of waiting for ever.
      importer.$client.prepare('BEGIN IMMEDIATE').run();
      await untilLockFree(server, Date.now() + 30);
      expect(importer.$client.inTransaction).toBe(true);
      importer.$client.prepare('ROLLBACK').run();
    } finally {
      server.$client.close();
      importer.$client.close();
      file.dispose();
    }
  });

  it('a server leaves checkpoints to another process while it writes, but not for ever', () => {
    const file = createTestDatabase();
    const server = openDatabase({ path: file.path, autoCheckpoint: false });
    const importer = openDatabase({ path: file.path, autoCheckpoint: false });
    const addCase = (on: typeof db, id: string) => on.insert(cases).values({ id, name: `Case ${id}`, createdAt: Date.now() }).run();
    try {
      const tick = createCheckpointer(server, { leaveToOtherWriters: true, maxSkips: 2 });
      addCase(server, 'own');
      expect(tick()).toBe('checkpointed');
      addCase(importer, 'i1');
      expect(tick()).toBe('left to another writer');
      addCase(importer, 'i2');
      expect(tick()).toBe('left to another writer');
      addCase(importer, 'i3');
      expect(tick()).toBe('checkpointed');
      expect(tick()).toBe('checkpointed');
      // A plain checkpointer (the importer's own) always checkpoints.
      const always = createCheckpointer(importer);
      addCase(server, 'own2');
      expect(always()).toBe('checkpointed');
    } finally {
      server.$client.close();
      importer.$client.close();
      file.dispose();
    }
  });

  it('an importing connection can keep temp files in memory; others keep SQLite’s default', () => {
    expect(db.$client.pragma('temp_store', { simple: true })).toBe(0);
    const file = createTestDatabase();
    const importer = openDatabase({ path: file.path, tempStoreInMemory: true });
    expect(importer.$client.pragma('temp_store', { simple: true })).toBe(2);
    importer.$client.close();
    file.dispose();
  });

  it('has every migration applied and passes the integrity check', () => {
    expect(databaseStatus(db).schemaVersion).toBeGreaterThanOrEqual(2);
    expect(integrityCheck(db)).toBe('ok');
  });

  it('refuses to edit or delete an activity entry', () => {
    db.insert(cases).values({ id: 'c1', name: 'Case', createdAt: 1 }).run();
    db.insert(activity)
      .values({ caseId: 'c1', action: 'case.created', entityType: 'case', entityId: 'c1', at: 1 })
      .run();
    expect(() => db.update(activity).set({ action: 'x' }).run()).toThrow(/append-only/);
    expect(() => db.delete(activity).run()).toThrow(/append-only/);
  });
});

describe('another connection holding the write lock', () => {
  it('a short busy timeout fails fast, and whenNotBusy waits for the lock without blocking, then writes', async () => {
    const file = createTestDatabase();
    const holder = openDatabase({ path: file.path });
    const server = openDatabase({ path: file.path, busyTimeoutMs: 10 });
    holder.$client.prepare('BEGIN IMMEDIATE').run();
    const write = () => writeTransaction(server, (tx) => tx.insert(cases).values({ id: 'busy-case', name: 'Busy', createdAt: 1 }).run());
    expect(() => write()).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
    let written = false;
    const writing = whenNotBusy(write).then(() => (written = true));
    // The lock is let go from a timer callback: if whenNotBusy blocked the event loop while it waited, the timer
    // could not run before it gave up, and the write would fail instead of landing.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(written).toBe(false);
    holder.$client.prepare('COMMIT').run();
    await writing;
    expect(server.select().from(cases).all().map((c) => c.id)).toContain('busy-case');
    holder.$client.close();
    server.$client.close();
    file.dispose();
  });

  it('whenNotBusy gives up after its patience with the busy error, and passes other errors on at once', async () => {
    const file = createTestDatabase();
    const holder = openDatabase({ path: file.path });
    const server = openDatabase({ path: file.path, busyTimeoutMs: 0 });
    holder.$client.prepare('BEGIN IMMEDIATE').run();
    const write = () => writeTransaction(server, (tx) => tx.insert(cases).values({ id: 'never', name: 'Never', createdAt: 1 }).run());
    const busy = await whenNotBusy(write, 100).catch((e: unknown) => e);
    expect(isDatabaseBusy(busy)).toBe(true);
    holder.$client.prepare('ROLLBACK').run();
    await expect(whenNotBusy(() => { throw new Error('not a lock'); })).rejects.toThrow('not a lock');
    holder.$client.close();
    server.$client.close();
    file.dispose();
  });
});
