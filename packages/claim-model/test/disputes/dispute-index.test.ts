import { describe, expect, it } from 'vitest';
import { type ComputedDispute, DisputeIndex, groupClaims, reconcileDisputes } from '../../src/disputes';
import { documents, lexicon, quantity } from './claim-builder';
import { demoClaims, demoDocuments } from './demo-fixtures';

function summary(disputes: ComputedDispute[]): string[] {
  return disputes.map(
    (d) => `${d.key} ${d.claimIds.join(',')} ${d.relations.map((r) => r.kind).join(',')} ${d.severity}`,
  );
}

describe('re-importing', () => {
  it('the same claims again keep every dispute id and change nothing', () => {
    const ctx = { lexicon, documents: demoDocuments };
    const first = groupClaims(demoClaims, ctx);
    const stored = first.map((d, i) => ({
      id: `d${i}`,
      claimIds: d.claimIds,
      relationKinds: d.relations.map((r) => r.kind),
      hasVerdict: i === 0,
    }));
    const again = reconcileDisputes(stored, groupClaims([...demoClaims].reverse(), ctx));
    expect(again.keep.map((k) => k.id).sort()).toEqual(stored.map((s) => s.id).sort());
    expect(again.keep.some((k) => k.relationChanged || k.newEvidence)).toBe(false);
    expect(again.create).toEqual([]);
    expect(again.retire).toEqual([]);
  });
});

// A deterministic synthetic case: many outlets, sources, subjects, places and days.
function syntheticCase(documentCount: number) {
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const docs = documents(
    ...Array.from({ length: documentCount }, (_, d): [string, string, string] => [
      `doc${d}`,
      `Outlet ${d % 17}`,
      `2022-01-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
    ]),
  );
  const claims = docs.flatMap((doc, d) =>
    Array.from({ length: 6 }, (_, c) => {
      const value = Math.round(10 + rand() * 90);
      return quantity({
        id: `doc${d}-${c}`,
        doc: doc.id,
        figure: String(value),
        value: rand() < 0.3 ? [value, null] : value,
        metric: pick(['deaths', 'injured', 'detained']),
        subject: pick(['people', 'police', 'protesters', 'law_enforcement', null]),
        place: pick(['almaty', 'aktau', 'kazakhstan', null]),
        date: rand() < 0.8 ? doc.publishedDate : null,
        chain: [doc.outlet, `Source ${Math.floor(rand() * 12)}:official`],
      });
    }),
  );
  return { docs, claims };
}

describe('DisputeIndex', () => {
  it('fed a synthetic case in twenty batches, ends with exactly the disputes of grouping it at once', () => {
    const { docs, claims } = syntheticCase(400);
    const index = new DisputeIndex([], { lexicon, documents: [] });
    for (let batch = 0; batch < 20; batch++) {
      index.add(
        claims.filter((c) => Number(c.documentId.slice(3)) % 20 === batch),
        docs.filter((d) => Number(d.id.slice(3)) % 20 === batch),
      );
    }
    const expected = groupClaims(claims, { lexicon, documents: docs });
    const sortedIds = (ds: ComputedDispute[]) =>
      ds
        .map(
          (d) => `${d.key} ${[...d.claimIds].sort().join(',')} ${d.relations.map((r) => r.kind).join(',')}`,
        )
        .sort();
    expect(sortedIds(index.disputes())).toEqual(sortedIds(expected));
  });

  it('built in two steps gives the same disputes as grouping everything at once', () => {
    const firstHalf = demoClaims.filter((c) => c.documentId === 'cnn' || c.documentId === 'db');
    const rest = demoClaims.filter((c) => !firstHalf.includes(c));
    const index = new DisputeIndex(firstHalf, { lexicon, documents: demoDocuments });
    index.add(rest);
    expect(summary(index.disputes())).toEqual(
      summary(groupClaims(demoClaims, { lexicon, documents: demoDocuments })),
    );
  });

  it('adding a conflicting figure rebuilds only its dispute, and reconciliation keeps the id and flags new evidence', () => {
    const index = new DisputeIndex(demoClaims, { lexicon, documents: demoDocuments });
    const before = index.disputes();
    const stored = before.map((d, i) => ({
      id: `d${i}`,
      claimIds: d.claimIds,
      relationKinds: d.relations.map((r) => r.kind),
      hasVerdict: true,
    }));
    const update = index.add(
      [
        quantity({
          id: 'new-5',
          doc: 'new',
          figure: '5',
          value: 5,
          metric: 'deaths',
          subject: 'law_enforcement',
          subjectWords: 'police',
          date: '2022-01-07',
          chain: ['New Outlet', 'Rights Group:organisation'],
        }),
      ],
      documents(['new', 'New Outlet', '2022-01-07']),
    );
    expect(update.changed).toHaveLength(1);
    expect(update.changed[0]?.claimIds).toContain('nc-18-le');
    expect(update.removed).toHaveLength(1);
    const affected = stored.filter((s) =>
      update.removed.some((r) => r.claimIds.some((id) => s.claimIds.includes(id))),
    );
    const result = reconcileDisputes(affected, update.changed);
    const leDeaths = stored.find((s) => s.claimIds.includes('nc-18-le'));
    expect(result.keep).toEqual([
      expect.objectContaining({ id: leDeaths?.id, relationChanged: true, newEvidence: true }),
    ]);
    expect(result.create).toEqual([]);
    expect(result.retire).toEqual([]);
  });
});
