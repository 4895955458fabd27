import type { Db } from './client';

/** Online backup of the live database (consistent even while others write; copying the file alone is not). */
export async function backupDatabase(db: Db, destination: string): Promise<void> {
  await db.$client.backup(destination);
}

export function integrityCheck(db: Db): string {
  const rows = db.$client.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join('; ');
}

export function databaseStatus(db: Db): { ok: boolean; schemaVersion: number; sqliteVersion: string } {
  const sqliteVersion = (db.$client.prepare('select sqlite_version() as v').get() as { v: string }).v;
  const row = db.$client.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number };
  return { ok: true, schemaVersion: row.n, sqliteVersion };
}
