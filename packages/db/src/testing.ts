import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from './client';

/** A fresh, migrated database file in a temp folder: one per test file, never shared. */
export function createTestDatabase(): { db: Db; path: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-test-'));
  const path = join(dir, 'test.db');
  const db = openDatabase({ path });
  return {
    db,
    path,
    dispose: () => {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
