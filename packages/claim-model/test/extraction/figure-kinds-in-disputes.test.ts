import { describe, expect, it } from 'vitest';
import { buildAnalysis } from '../../src/analysis';
import type { AnalysisInput } from '../../src/analysis';

// Three outlets on one flood: a count, a share and a ratio of the same metric. Only values of one kind and unit can
// contradict each other; a share or a ratio must never join a dispute about a count.
const doc = (id: string, outlet: string, text: string): AnalysisInput => ({
  id,
  text: `Floods in the north\n\n${text}\n`,
  outlet,
  publishedDate: '2024-05-10',
  publishedApproximate: false,
});

const analysis = buildAnalysis([
  doc('a', 'Daily One', 'At least 500 residents were evacuated from the valley, the emergencies ministry said.'),
  doc('b', 'Daily Two', 'Two thirds of residents were evacuated from the valley, the emergencies ministry said.'),
  doc('c', 'Daily Three', 'The number of residents evacuated from the valley doubled overnight, the emergencies ministry said.'),
  doc('d', 'Daily Four', 'Some 2,000 residents were evacuated from the valley, the governor said.'),
]);

describe('figure kinds in disputes', () => {
  it('reads a count, a proportion and a ratio', () => {
    const kinds = analysis.claims.flatMap((c) => (c.figure ? [`${c.figure.text}:${c.figure.kind}`] : []));
    expect(kinds).toEqual(['At least 500:count', 'Two thirds:proportion', 'doubled:ratio', 'Some 2,000:count']);
  });

  it('keeps every dispute to one kind and one unit', () => {
    const byId = new Map(analysis.claims.map((c) => [c.id, c]));
    expect(analysis.disputes?.length).toBeGreaterThan(0);
    for (const dispute of analysis.disputes ?? []) {
      const members = dispute.claimIds.map((id) => byId.get(id)?.figure);
      expect(new Set(members.map((f) => `${f?.kind}|${f?.unit}`)).size).toBe(1);
    }
    const counted = (analysis.disputes ?? []).find((d) => d.unit === 'count');
    expect(counted?.claimIds.map((id) => byId.get(id)?.figure?.text)).toEqual(['At least 500', 'Some 2,000']);
  });
});
