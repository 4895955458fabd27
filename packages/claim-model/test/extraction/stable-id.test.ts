import { describe, expect, it } from 'vitest';
import { documentScopedId, stableId } from '../../src/extraction/hash';

describe('stableId', () => {
  it.each([
    ['clm', ['doc-1', 'quantity', 0, 10, 3, 5]],
    ['clm', ['doc-1', 'event', 12, 40]],
    ['doc', ['Ахмет', 7]],
  ] as const)('is the same for the same parts every time (%s %j)', (prefix, parts) => {
    expect(stableId(prefix, parts)).toBe(stableId(prefix, parts));
    expect(stableId(prefix, parts)).toMatch(new RegExp(`^${prefix}_[0-9a-f]{16}$`));
  });

  it('tells apart parts that differ only in how they are split', () => {
    expect(stableId('clm', ['ab', 'c'])).not.toBe(stableId('clm', ['a', 'bc']));
  });

  it('gives 300,000 claims of 10,000 documents 300,000 different ids (a collision would drop a claim on import)', () => {
    const ids = new Set<string>();
    for (let d = 0; d < 10_000; d++) {
      const doc = `${d.toString(16).padStart(8, '0')}-4e1f-4a2b-9c3d-${(d * 7919).toString(16).padStart(12, '0')}`;
      for (let c = 0; c < 30; c++) ids.add(documentScopedId('clm', doc, ['quantity', c * 120, c * 120 + 95, c * 120 + 10, c * 120 + 14]));
    }
    expect(ids.size).toBe(300_000);
  });

  it('gives the claims of one document ids that sort together (they are stored side by side in every index)', () => {
    const doc = '3f0c9a4e-8a1b-4c2d-9e3f-0a1b2c3d4e5f';
    const own = [0, 1, 2, 3].map((c) => documentScopedId('clm', doc, ['quantity', c * 10, c * 10 + 9]));
    const other = documentScopedId('clm', 'another-document', ['quantity', 0, 9]);
    const prefix = (id: string) => id.slice(0, 12);
    expect(new Set(own.map(prefix)).size).toBe(1);
    expect(prefix(other)).not.toBe(prefix(own[0] ?? ''));
    expect(new Set(own).size).toBe(4);
    expect(own[0]).toMatch(/^clm_[0-9a-f]{24}$/);
  });
});
