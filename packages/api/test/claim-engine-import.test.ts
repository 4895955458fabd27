import { afterAll, describe, expect, it, vi } from 'vitest';
import { claims, disputes, documents, eq, openDatabase, pendingDocumentIds } from '@claimdesk/db';
import type { ExtractedClaim } from '@claimdesk/claim-model';
import { groupClaims } from '@claimdesk/claim-model/disputes';
import { defaultLexicon } from '@claimdesk/claim-model/lexicon';
import { createTestDatabase } from '@claimdesk/db/testing';
import { importDocuments } from '../src/use-cases';
import { demoImportItems } from './support/demo-items';
import { base64, callerFor, seedCase, seedUser } from './support/seed';

const { db, path, dispose } = createTestDatabase();
afterAll(dispose);

const lead = seedUser(db, 'lead');
const theCase = seedCase(db, [lead]);
const items = demoImportItems();

function disputesOf(metric: string) {
  return db.select().from(disputes).where(eq(disputes.metric, metric)).all();
}

describe('importing the demo corpus runs the claim engine', () => {
  it('stores claims anchored to the exact text of each document', async () => {
    const report = await callerFor(db, lead).document.import({ caseId: theCase.id, items });
    expect(report.imported).toBe(4);
    const stored = db.select().from(claims).where(eq(claims.caseId, theCase.id)).all();
    expect(stored.length).toBeGreaterThan(20);
    const texts = new Map(db.select().from(documents).all().map((d) => [d.id, d.text]));
    for (const claim of stored) expect(texts.get(claim.documentId)?.slice(claim.spanStart, claim.spanEnd)).toBe(claim.text);
  });

  it('finds the beheaded-officers conflict and ranks conflicts first', () => {
    const beheaded = disputesOf('beheaded');
    expect(beheaded.some((d) => d.primaryRelation === 'conflict')).toBe(true);
    const ranked = db.select().from(disputes).where(eq(disputes.caseId, theCase.id)).all().sort((a, b) => b.severity - a.severity);
    expect(ranked[0]?.primaryRelation).toBe('conflict');
  });

  it('keeps dispute ids when the same text is imported again and when a new article joins', async () => {
    const before = new Map(db.select().from(disputes).all().map((d) => [d.id, d.claimCount]));
    const again = await callerFor(db, lead).document.import({ caseId: theCase.id, items });
    expect(again.duplicates).toBe(4);
    expect(new Map(db.select().from(disputes).all().map((d) => [d.id, d.claimCount]))).toEqual(before);

    const extra = 'Kazakh authorities said on Saturday that 2,298 people had been detained and that at least two police officers had been beheaded.';
    await callerFor(db, lead).document.import({
      caseId: theCase.id,
      items: [{ name: 'wire.txt', contentBase64: base64(extra), metadata: { outlet: 'Wire service', publishedDate: '2022-01-08' } }],
    });
    const after = db.select().from(disputes).all();
    const grown = after.filter((d) => before.has(d.id) && d.claimCount > (before.get(d.id) ?? 0));
    expect(grown.length).toBeGreaterThan(0);
    for (const id of before.keys()) expect(after.some((d) => d.id === id)).toBe(true);
  });
});

describe('the case’s disputes kept in memory between imports', () => {
  /** Each dispute as the set of its claims' text spans: comparable across cases and connections. */
  function disputeShapes(target: typeof db, caseId: string): string[] {
    const rows = target.select().from(disputes).where(eq(disputes.caseId, caseId)).all();
    return rows
      .map((d) => `${d.metric}|${d.primaryRelation}|${(d.analysis as { claimIds: string[] }).claimIds.length}`)
      .sort();
  }

  function expectedShapes(target: typeof db, caseId: string): string[] {
    const stored = target.select({ payload: claims.payload }).from(claims).where(eq(claims.caseId, caseId)).all().map((r) => r.payload as ExtractedClaim);
    const docs = target.select({ id: documents.id, outlet: documents.outlet, publishedDate: documents.publishedDate }).from(documents).where(eq(documents.caseId, caseId)).all();
    return groupClaims(stored, { lexicon: defaultLexicon, documents: docs })
      .map((d) => `${d.metric}|${primaryOf(d.relations.map((r) => r.kind))}|${d.claimIds.length}`)
      .sort();
  }
  const primaryOf = (kinds: string[]) => ['conflict', 'revision', 'scope', 'single_source', 'consistent'].find((k) => kinds.includes(k)) ?? 'consistent';

  it('one file at a time, all files at once and regrouping everything give the same disputes', async () => {
    const oneByOne = seedCase(db, [lead]);
    for (const item of items) await callerFor(db, lead).document.import({ caseId: oneByOne.id, items: [item] });
    const together = seedCase(db, [lead]);
    await callerFor(db, lead).document.import({ caseId: together.id, items });
    expect(disputeShapes(db, oneByOne.id)).toEqual(disputeShapes(db, together.id));
    expect(disputeShapes(db, together.id)).toEqual(expectedShapes(db, together.id));
  });

  it('an import by another process on the same file is seen: the next import here regroups with its claims', async () => {
    const shared = seedCase(db, [lead]);
    const other = openDatabase({ path });
    try {
      const [first, second, third, fourth] = items;
      await callerFor(db, lead).document.import({ caseId: shared.id, items: [first, second].flatMap((i) => (i ? [i] : [])) });
      await callerFor(other, lead).document.import({ caseId: shared.id, items: [third].flatMap((i) => (i ? [i] : [])) });
      await callerFor(db, lead).document.import({ caseId: shared.id, items: [fourth].flatMap((i) => (i ? [i] : [])) });
      expect(disputeShapes(db, shared.id)).toEqual(expectedShapes(db, shared.id));
    } finally {
      other.$client.close();
    }
  });

  it('stored in small chunks, grouped in groups of files and written one dispute per transaction, the disputes are the same as grouping everything at once', async () => {
    const chunked = seedCase(db, [lead]);
    const ctx = { db, actor: { id: lead.id, name: lead.name, role: lead.role } };
    const report = await importDocuments(ctx, {
      caseId: chunked.id,
      items: items.map((i) => ({ file: { name: i.name, bytes: Buffer.from(i.contentBase64, 'base64') }, metadata: i.metadata })),
      sizes: { chunkFiles: 1, chunkClaims: 1, groupFiles: 2, groupClaims: 100_000, groupingPartBytes: 1 },
    });
    expect(report.imported).toBe(4);
    expect(report.results.some((r) => r.status === 'imported' && r.disputeCount > 0)).toBe(true);
    expect(disputeShapes(db, chunked.id)).toEqual(expectedShapes(db, chunked.id));
    expect(pendingDocumentIds(db, chunked.id)).toEqual([]);
  });

  it('files stored by an import cut off before grouping stay, and the next import groups them with its own', async () => {
    const cut = seedCase(db, [lead]);
    const [first, second, third, fourth] = items;
    await callerFor(db, lead).document.import({ caseId: cut.id, items: [first].flatMap((i) => (i ? [i] : [])) });
    // Grouping ends by bumping the case's analysis generation: refusing that on this connection cuts it off.
    db.$client.exec(`CREATE TEMP TRIGGER cut_off BEFORE UPDATE OF analysis_generation ON main.cases BEGIN SELECT RAISE(ABORT, 'cut off'); END`);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const report = await callerFor(db, lead).document.import({ caseId: cut.id, items: [second, third].flatMap((i) => (i ? [i] : [])) });
      expect(report.imported).toBe(2);
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
      db.$client.exec('DROP TRIGGER temp.cut_off');
    }
    expect(pendingDocumentIds(db, cut.id)).toHaveLength(2);
    expect(disputeShapes(db, cut.id)).not.toEqual(expectedShapes(db, cut.id));

    await callerFor(db, lead).document.import({ caseId: cut.id, items: [fourth].flatMap((i) => (i ? [i] : [])) });
    expect(pendingDocumentIds(db, cut.id)).toEqual([]);
    expect(disputeShapes(db, cut.id)).toEqual(expectedShapes(db, cut.id));
  });
});
