import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COMMAND_LINE_ACTOR, importManifest, metadataFromManifest, type Actor } from '@claimdesk/api';
import { addCaseMember, assignItem, createCase, createUser, importDocuments, listDisputes, proposeVerdict, setUserDisabled, startReview, triageItem } from '@claimdesk/api/use-cases';
import { revokeSessions } from '@claimdesk/auth';
import { openDatabase, type Db } from '@claimdesk/db';
import { REPO_ROOT } from './app-server';

export const E2E_PASSWORD = 'e2e-password-long-enough';

/** A demo article that can seed a case; its metadata comes from the demo manifest. */
export type DemoArticle = 'cnn.txt' | 'dailybeast.txt' | 'lemonde.txt' | 'newscomau.txt';

export interface SeededUser {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'lead' | 'reviewer';
}

/** A fresh case of its own with a fresh lead, two reviewers (Ana, Ben) and a reviewer who is not a member. */
export interface SeededTeam {
  caseId: string;
  caseName: string;
  tag: string;
  lead: SeededUser;
  ana: SeededUser;
  ben: SeededUser;
  cara: SeededUser;
  outsider: SeededUser;
  /** The seeded articles, in the order asked for. */
  documentIds: string[];
}

/** Runs against the server's database file; the server keeps running on the same file (WAL), so both see every write. */
export async function withDb<T>(dbPath: string, work: (db: Db) => Promise<T> | T): Promise<T> {
  const db = openDatabase({ path: dbPath });
  try {
    return await work(db);
  } finally {
    db.$client.close();
  }
}

export const actorOf = (user: SeededUser): Actor => ({ id: user.id, name: user.name, role: user.role });

async function demoItems(articles: readonly DemoArticle[]) {
  const dir = join(REPO_ROOT, 'demo', 'kazakhstan-2022');
  const manifest = importManifest.parse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
  const items = [];
  for (const file of articles) {
    const entry = manifest.documents.find((d) => d.file === file);
    if (!entry) throw new Error(`${file} is not in the demo manifest`);
    items.push({ file: { name: file, bytes: new Uint8Array(await readFile(join(dir, file))) }, metadata: metadataFromManifest(entry) });
  }
  return items;
}

/**
 * Seeds what one test needs and nothing shared: a case with a unique name, its own accounts (unique emails
 * and names, so the screen can be driven by name), and the demo articles asked for.
 */
export async function seedTeam(dbPath: string, options: { label: string; fourEyes?: boolean; articles?: readonly DemoArticle[] }): Promise<SeededTeam> {
  const tag = randomUUID().slice(0, 6);
  const cli = COMMAND_LINE_ACTOR;
  const items = await demoItems(options.articles ?? ['cnn.txt']);
  return withDb(dbPath, async (db) => {
    const ctx = { db, actor: cli };
    const make = (first: string, role: SeededUser['role']) =>
      createUser(ctx, { email: `${first.toLowerCase()}-${tag}@e2e.test`, name: `${first} ${tag}`, role, password: E2E_PASSWORD }) as Promise<SeededUser>;
    const lead = await make('Lena', 'lead');
    const ana = await make('Ana', 'reviewer');
    const ben = await make('Ben', 'reviewer');
    const cara = await make('Cara', 'reviewer');
    const outsider = await make('Otto', 'reviewer');
    const caseName = `${options.label} ${tag}`;
    const theCase = createCase(ctx, { name: caseName, description: `Seeded by the browser suite (${options.label}).`, fourEyes: options.fourEyes ?? false });
    for (const member of [lead, ana, ben, cara]) addCaseMember(ctx, { caseId: theCase.id, userId: member.id });
    const report = await importDocuments({ db, actor: actorOf(lead) }, { caseId: theCase.id, items });
    if (report.imported !== items.length) throw new Error(`Seeding imported ${report.imported} of ${items.length} articles: ${JSON.stringify(report.results)}`);
    const documentIds = report.results.flatMap((r) => (r.status === 'imported' ? [r.documentId] : []));
    return { caseId: theCase.id, caseName, tag, lead, ana, ben, cara, outsider, documentIds };
  });
}

/** The case's dispute about a metric (the most severe one when several match). */
export async function findDispute(dbPath: string, team: SeededTeam, metric: string) {
  return withDb(dbPath, (db) => {
    const page = listDisputes({ db, actor: actorOf(team.lead) }, { caseId: team.caseId, metric, sort: 'severity', limit: 1 });
    const first = page.items[0];
    if (!first) throw new Error(`No ${metric} dispute in case ${team.caseName}`);
    return first;
  });
}

/** Takes a dispute through triage and assignment into review by `reviewer`, as the lead and the reviewer would. */
export async function putInReview(dbPath: string, team: SeededTeam, disputeId: string, reviewer: SeededUser): Promise<number> {
  return withDb(dbPath, (db) => {
    const lead = { db, actor: actorOf(team.lead) };
    const base = { itemType: 'dispute' as const, itemId: disputeId };
    let version = triageItem(lead, { ...base, expectedVersion: 1 }).version;
    version = assignItem(lead, { ...base, expectedVersion: version, assigneeId: reviewer.id }).version;
    return startReview({ db, actor: actorOf(reviewer) }, { ...base, expectedVersion: version }).version;
  });
}

/** The reviewer proposes a verdict through the use case (for scenarios that start after the proposal). */
export async function proposeAs(dbPath: string, reviewer: SeededUser, disputeId: string, expectedVersion: number, verdict: { rating: 'confirmed' | 'conflicting'; low: number; high: number; rationale: string }) {
  return withDb(dbPath, (db) => proposeVerdict({ db, actor: actorOf(reviewer) }, { itemType: 'dispute', itemId: disputeId, expectedVersion, unit: 'count', asOf: null, ...verdict }));
}

/** Ends every session of the user at once, as a sign-out elsewhere or a role change does. */
export async function expireSessions(dbPath: string, user: SeededUser): Promise<void> {
  await withDb(dbPath, (db) => revokeSessions(db, user.id));
}

/** Cleans up after a test: its accounts are disabled (which ends their sessions); the case stays, as activity is append-only. */
export async function retireTeam(dbPath: string, team: SeededTeam): Promise<void> {
  await withDb(dbPath, (db) => {
    for (const user of [team.lead, team.ana, team.ben, team.cara, team.outsider]) setUserDisabled({ db, actor: COMMAND_LINE_ACTOR }, { userId: user.id, disabled: true });
  });
}
