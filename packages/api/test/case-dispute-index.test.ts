import { afterAll, describe, expect, it, vi } from 'vitest';
import { disputes, documents, eq, openDatabase } from '@claimdesk/db';
import { DisputeIndex, groupClaims } from '@claimdesk/claim-model/disputes';
import { defaultLexicon } from '@claimdesk/claim-model/lexicon';
import { createTestDatabase } from '@claimdesk/db/testing';
import { readIndexInput, takeIndex, warmIndex } from '../src/analysis/case-dispute-index';
import { demoImportItems } from './support/demo-items';
import { callerFor, seedCase, seedUser } from './support/seed';

// A second connection to the same file has an empty index cache: what a restarted server finds.
const { db, path, dispose } = createTestDatabase();
afterAll(dispose);

const lead = seedUser(db, 'lead');
const items = demoImportItems();

// What grouping every claim of the case at once gives, from the same rows the index is built from.
function regrouped(target: typeof db, caseId: string) {
  const input = readIndexInput(target, eq(documents.caseId, caseId), eq(documents.caseId, caseId));
  return groupClaims(input.claims, { lexicon: defaultLexicon, documents: input.documents });
}

describe("after a restart, the case's dispute index is rebuilt without holding the server", () => {
  it('is built in slices that let other work run between them, and the next import takes it from memory', async () => {
    const theCase = seedCase(db, [lead]);
    await callerFor(db, lead).document.import({ caseId: theCase.id, items: items.slice(0, 3) });
    const restarted = openDatabase({ path });
    try {
      let ranMeanwhile = false;
      const warming = warmIndex(restarted, theCase.id, defaultLexicon, 10);
      setImmediate(() => {
        ranMeanwhile = true;
      });
      await warming;
      expect(ranMeanwhile).toBe(true);
      const add = vi.spyOn(DisputeIndex.prototype, 'add');
      const entry = takeIndex(restarted, theCase.id, defaultLexicon);
      expect(add).not.toHaveBeenCalled();
      add.mockRestore();
      expect(entry.index.disputes()).toEqual(regrouped(restarted, theCase.id));
    } finally {
      restarted.$client.close();
    }
  });

  it('callers warming the same case at once share one build, and an import after it groups like regrouping everything', async () => {
    const theCase = seedCase(db, [lead]);
    await callerFor(db, lead).document.import({ caseId: theCase.id, items: items.slice(0, 3) });
    const restarted = openDatabase({ path });
    const build = vi.spyOn(DisputeIndex, 'build');
    try {
      await Promise.all([warmIndex(restarted, theCase.id, defaultLexicon, 10), warmIndex(restarted, theCase.id, defaultLexicon, 10)]);
      expect(build).toHaveBeenCalledTimes(1);
      await callerFor(restarted, lead).document.import({ caseId: theCase.id, items: items.slice(3) });
      const stored = restarted.select({ analysis: disputes.analysis }).from(disputes).where(eq(disputes.caseId, theCase.id)).all();
      const storedIds = stored.map((r) => [...(r.analysis as { claimIds: string[] }).claimIds].sort().join(',')).sort();
      expect(storedIds).toEqual(regrouped(restarted, theCase.id).map((d) => [...d.claimIds].sort().join(',')).sort());
    } finally {
      build.mockRestore();
      restarted.$client.close();
    }
  });
});
