import { describe, expect, it } from 'vitest';
import type { RelationKind } from '../../src';
import { type ComputedDispute, type ExistingDispute, reconcileDisputes } from '../../src/disputes';

function computed(key: string, claimIds: string[], kinds: RelationKind[]): ComputedDispute {
  return {
    key,
    bucket: 'deaths|count',
    metric: 'deaths',
    unit: 'count',
    subject: null,
    place: null,
    asOfRange: { from: null, to: null },
    relations: kinds.map((kind) => ({ kind, reason: kind })),
    severity: 0,
    claimIds,
    independentSources: [],
    valueSummary: { text: '', envelope: { low: null, high: null }, values: [] },
  };
}

function stored(
  id: string,
  claimIds: string[],
  relationKinds: RelationKind[],
  hasVerdict = false,
): ExistingDispute {
  return { id, claimIds, relationKinds, hasVerdict };
}

describe('reconcileDisputes', () => {
  it.each<{
    name: string;
    existing: ExistingDispute[];
    computed: ComputedDispute[];
    keep: Array<[id: string, key: string, relationChanged: boolean, newEvidence: boolean]>;
    create: string[];
    retire: string[];
  }>([
    {
      name: 'a dispute keeps its id when a claim joins it',
      existing: [stored('d1', ['a', 'b'], ['consistent'])],
      computed: [computed('k1', ['a', 'b', 'c'], ['consistent'])],
      keep: [['d1', 'k1', false, false]],
      create: [],
      retire: [],
    },
    {
      name: 'a new conflicting figure on a dispute with a verdict is flagged as new evidence',
      existing: [stored('d1', ['a', 'b'], ['consistent'], true)],
      computed: [computed('k1', ['a', 'b', 'c'], ['conflict', 'consistent'])],
      keep: [['d1', 'k1', true, true]],
      create: [],
      retire: [],
    },
    {
      name: 'a relation change without a verdict is not new evidence',
      existing: [stored('d1', ['a'], ['single_source'])],
      computed: [computed('k1', ['a', 'b'], ['consistent'])],
      keep: [['d1', 'k1', true, false]],
      create: [],
      retire: [],
    },
    {
      name: 'a proposition no stored dispute holds is created',
      existing: [stored('d1', ['a'], ['single_source'])],
      computed: [computed('k1', ['a'], ['single_source']), computed('k2', ['x'], ['single_source'])],
      keep: [['d1', 'k1', false, false]],
      create: ['k2'],
      retire: [],
    },
    {
      name: 'a stored dispute whose claims are gone is retired',
      existing: [stored('d1', ['a'], ['single_source']), stored('d2', ['gone'], ['single_source'])],
      computed: [computed('k1', ['a'], ['single_source'])],
      keep: [['d1', 'k1', false, false]],
      create: [],
      retire: ['d2'],
    },
    {
      name: 'when a dispute splits, the larger part keeps the id and the other is created',
      existing: [stored('d1', ['a', 'b', 'c'], ['conflict'])],
      computed: [computed('small', ['c'], ['single_source']), computed('large', ['a', 'b'], ['consistent'])],
      keep: [['d1', 'large', true, false]],
      create: ['small'],
      retire: [],
    },
    {
      name: 'when two disputes merge, the one sharing most claims keeps its id and the other retires',
      existing: [stored('d1', ['a'], ['single_source']), stored('d2', ['b', 'c'], ['consistent'])],
      computed: [computed('merged', ['a', 'b', 'c'], ['consistent'])],
      keep: [['d2', 'merged', false, false]],
      create: [],
      retire: ['d1'],
    },
    {
      name: 'relation order does not count as a change',
      existing: [stored('d1', ['a', 'b'], ['single_source', 'consistent'], true)],
      computed: [computed('k1', ['a', 'b'], ['consistent', 'single_source'])],
      keep: [['d1', 'k1', false, false]],
      create: [],
      retire: [],
    },
  ])('$name', ({ existing, computed: fresh, keep, create, retire }) => {
    const result = reconcileDisputes(existing, fresh);
    expect(result.keep.map((k) => [k.id, k.computed.key, k.relationChanged, k.newEvidence])).toEqual(keep);
    expect(result.create.map((c) => c.key)).toEqual(create);
    expect(result.retire).toEqual(retire);
  });
});
