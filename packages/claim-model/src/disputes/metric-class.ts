import type { Figure } from '../claim';

/** How central a metric is to triage: casualties first, then arrests, then everything else. */
export type MetricClass = 'casualty' | 'arrest' | 'other';

// Lexicon metric ids vary per case, so the class is read from the id's words rather than a fixed list.
const CASUALTY =
  /death|dead|kill|fatal|injur|wound|hurt|behead|decapitat|hospital|intensive|missing|casualt|victim|toll/;
const ARREST = /detain|arrest|custod|prison|jail|captur/;
// Durations, ages, years and ordinals are figures but never propositions to dispute.
const NOT_DISPUTABLE_METRIC = /^(duration|age|year|years|date|ordinal|tenure|period|time|rule)$/;

/** The class of a metric, from its lexicon category when known, else from the words of its id. */
export function metricClass(metric: string, category?: string): MetricClass {
  if (category === 'casualty') return 'casualty';
  if (category === 'detention') return 'arrest';
  if (category !== undefined) return 'other';
  if (CASUALTY.test(metric)) return 'casualty';
  if (ARREST.test(metric)) return 'arrest';
  return 'other';
}

/** Casualty and arrest counts only grow over time: a later, lower figure contradicts an earlier one. */
export function isCumulative(metric: string, category?: string): boolean {
  return metricClass(metric, category) !== 'other';
}

/** Whether a figure can take part in a dispute: a count, a percentage or money, about a disputable metric. */
export function isDisputableFigure(figure: Pick<Figure, 'unit'>, metric: string, category?: string): boolean {
  if (category === 'measure' || NOT_DISPUTABLE_METRIC.test(metric)) return false;
  return figure.unit === 'count' || figure.unit === 'percent' || /^[A-Z]{3}$/.test(figure.unit);
}
