import type { RelationKind } from '../vocabulary';
import type { DisputeRelation } from './dispute';
import type { Member } from './member';
import { metricClass, type MetricClass } from './metric-class';

// How much each relation asks of a reviewer; consistent multi-source figures need the least.
const RELATION_WEIGHT: Record<RelationKind, number> = {
  conflict: 1,
  revision: 0.55,
  scope: 0.45,
  single_source: 0.35,
  consistent: 0.1,
};

const CENTRALITY: Record<MetricClass, number> = { casualty: 1, arrest: 0.9, other: 0.5 };

/** Triage rank in [0, 100]: the worst relation, scaled by how central the metric is, nudged by reach and check-worthiness. */
export function severityOf(
  metric: string,
  category: string | undefined,
  relations: readonly DisputeRelation[],
  independentSources: number,
  members: readonly Member[],
): number {
  let worst = 0;
  for (const r of relations) worst = Math.max(worst, RELATION_WEIGHT[r.kind]);
  const reach = Math.min(independentSources, 5) / 5;
  const worthiness =
    members.reduce((sum, m) => sum + m.score, 0) / Math.max(members.length, 1);
  const score = 80 * worst * CENTRALITY[metricClass(metric, category)] + 12 * reach * worst + 8 * worthiness;
  return Math.round(Math.min(100, Math.max(0, score)) * 10) / 10;
}
