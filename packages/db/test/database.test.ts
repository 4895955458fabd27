import { afterAll, describe, expect, it } from 'vitest';
import { activity, cases, databaseStatus, integrityCheck } from '../src';
import { createTestDatabase } from '../src/testing';

const { db, dispose } = createTestDatabase();
afterAll(dispose);

describe('the database file', () => {
  it('opens in WAL mode with foreign keys and a busy timeout', () => {
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
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
