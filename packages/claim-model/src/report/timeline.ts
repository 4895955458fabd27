import { compareInterval, compareText, formatInterval } from './format';
import type { DisputeAsOf } from './as-of-view';
import type { Labeller } from './labels';
import type { SourceClaim, TimelineMetric, TimelinePoint, TimelineSeries } from './report-schema';

/** A chart stays legible with a handful of lines; the rest are counted, not drawn. */
export const MAX_SERIES_PER_METRIC = 6;

export interface TimelineInput {
  entry: DisputeAsOf;
  sources: SourceClaim[];
}

/** The values of each metric by as-of date, one series per dispute, most severe disputes first. */
export function buildTimeline(inputs: readonly TimelineInput[], labels: Labeller): TimelineMetric[] {
  const byMetric = new Map<string, TimelineInput[]>();
  for (const input of inputs) {
    const list = byMetric.get(input.entry.dispute.metric) ?? [];
    list.push(input);
    byMetric.set(input.entry.dispute.metric, list);
  }
  const metrics: { metric: TimelineMetric; severity: number }[] = [];
  for (const [metric, list] of byMetric) {
    const ranked = [...list].sort(
      (a, b) =>
        b.entry.dispute.severity - a.entry.dispute.severity ||
        compareText(a.entry.dispute.id, b.entry.dispute.id),
    );
    // Only the charted series are built; the rest are counted (a large case has thousands per metric).
    const series: TimelineSeries[] = [];
    let omitted = 0;
    for (const input of ranked) {
      if (!hasPoints(input)) continue;
      if (series.length < MAX_SERIES_PER_METRIC) series.push(seriesOf(input, labels));
      else omitted++;
    }
    metrics.push({
      metric: { metric, metricLabel: labels.metric(metric), series, omittedSeries: omitted },
      severity: ranked[0]?.entry.dispute.severity ?? 0,
    });
  }
  return metrics
    .filter((m) => m.metric.series.length > 0)
    .sort((a, b) => b.severity - a.severity || compareText(a.metric.metric, b.metric.metric))
    .map((m) => m.metric);
}

function hasPoints({ entry, sources }: TimelineInput): boolean {
  if (entry.resolved && entry.verdict?.asOf) return true;
  return sources.some((s) => s.interval !== null && (s.asOf ?? s.publishedDate) !== null);
}

function seriesOf({ entry, sources }: TimelineInput, labels: Labeller): TimelineSeries {
  const unit = entry.dispute.unit ?? null;
  const seen = new Set<string>();
  const points: TimelinePoint[] = [];
  for (const s of sources) {
    const date = s.asOf ?? s.publishedDate;
    if (date === null || s.interval === null) continue;
    const key = `${date}|${s.interval.low}|${s.interval.high}|${s.originalSource}`;
    if (seen.has(key)) continue;
    seen.add(key);
    points.push({
      date,
      interval: s.interval,
      valueText: formatInterval(s.interval, unit),
      kind: 'claim',
      source: s.originalSource,
      claimId: s.claimId,
    });
  }
  const verdict = entry.resolved ? entry.verdict : null;
  if (verdict && verdict.asOf !== null) {
    const interval = { low: verdict.low, high: verdict.high };
    points.push({
      date: verdict.asOf,
      interval,
      valueText: formatInterval(interval, unit),
      kind: 'verdict',
      source: 'Verdict',
      claimId: null,
    });
  }
  points.sort(
    (a, b) =>
      compareText(a.date, b.date) ||
      compareText(a.kind, b.kind) ||
      compareInterval(a.interval, b.interval) ||
      compareText(a.source, b.source),
  );
  const d = entry.dispute;
  const scope = [
    d.subject === null ? null : labels.subject(d.subject),
    d.place === null ? null : labels.place(d.place),
  ]
    .filter((p): p is string => p !== null)
    .join(', ');
  return {
    disputeId: d.id,
    label: scope === '' ? labels.metric(d.metric) : scope,
    resolved: entry.resolved,
    points,
  };
}
