import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COMMAND_LINE_ACTOR, importManifest, metadataFromManifest } from '@claimdesk/api';
import { addCaseMember, createCase, createUser, importDocuments } from '@claimdesk/api/use-cases';
import { cases, count, findWorkspaceRoot, users, type Db } from '@claimdesk/db';

export const DEMO_PASSWORD = 'claimdesk-demo';
export const DEMO_ACCOUNTS = [
  { email: 'lead@claimdesk.test', name: 'Lena Lead', role: 'admin' },
  { email: 'ana@claimdesk.test', name: 'Ana Reviewer', role: 'reviewer' },
  { email: 'ben@claimdesk.test', name: 'Ben Reviewer', role: 'reviewer' },
] as const;

/**
 * On an empty database: the demo accounts and the Kazakhstan case with its four articles.
 * Does nothing when any account or case exists, so a restart never re-imports.
 */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  const userCount = db.select({ n: count() }).from(users).get()?.n ?? 0;
  const caseCount = db.select({ n: count() }).from(cases).get()?.n ?? 0;
  if (userCount > 0 || caseCount > 0) return false;

  const ctx = { db, actor: COMMAND_LINE_ACTOR };
  const dir = join(findWorkspaceRoot(), 'demo', 'kazakhstan-2022');
  const manifest = importManifest.parse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
  const created = [];
  for (const account of DEMO_ACCOUNTS) created.push(await createUser(ctx, { ...account, password: DEMO_PASSWORD }));
  const theCase = createCase(ctx, { name: manifest.case ?? 'Kazakhstan unrest, January 2022', description: 'Four news articles from 6–8 January 2022 whose figures disagree.' });
  for (const user of created) addCaseMember(ctx, { caseId: theCase.id, userId: user.id });
  const items = [];
  for (const entry of manifest.documents) {
    items.push({ file: { name: entry.file, bytes: new Uint8Array(await readFile(join(dir, entry.file))) }, metadata: metadataFromManifest(entry) });
  }
  await importDocuments(ctx, { caseId: theCase.id, items });
  return true;
}
