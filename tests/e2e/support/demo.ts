import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COMMAND_LINE_ACTOR, importManifest, metadataFromManifest } from '@claimdesk/api';
import { addCaseMember, createCase, importDocuments } from '@claimdesk/api/use-cases';
import { openDatabase, users } from '@claimdesk/db';
import { REPO_ROOT } from './app-server';

export const DEMO_EMAILS = ['lead@claimdesk.test', 'ana@claimdesk.test', 'ben@claimdesk.test'] as const;

/**
 * A case of the test's own, with the demo people as members and the four demo articles imported through the
 * import use case (so the claim engine finds the real disputes). Each test gets its own, so tests never share state.
 */
export async function seedDemoCopy(dbPath: string, label: string, options: { fourEyes?: boolean } = {}): Promise<{ caseId: string; name: string; userId: (email: string) => string }> {
  const db = openDatabase({ path: dbPath });
  try {
    const ctx = { db, actor: COMMAND_LINE_ACTOR };
    const name = `${label} ${randomUUID().slice(0, 8)}`;
    const theCase = createCase(ctx, { name, description: `Browser test: ${label}`, fourEyes: options.fourEyes ?? false });
    const people = new Map(db.select({ id: users.id, email: users.email }).from(users).all().map((u) => [u.email, u.id]));
    for (const email of DEMO_EMAILS) {
      const id = people.get(email);
      if (id) addCaseMember(ctx, { caseId: theCase.id, userId: id });
    }
    const dir = join(REPO_ROOT, 'demo', 'kazakhstan-2022');
    const manifest = importManifest.parse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
    const items = [];
    for (const entry of manifest.documents) items.push({ file: { name: entry.file, bytes: new Uint8Array(await readFile(join(dir, entry.file))) }, metadata: metadataFromManifest(entry) });
    await importDocuments(ctx, { caseId: theCase.id, items });
    return {
      caseId: theCase.id,
      name,
      userId: (email) => {
        const id = people.get(email);
        if (!id) throw new Error(`No demo account ${email}`);
        return id;
      },
    };
  } finally {
    db.$client.close();
  }
}
