import { compareInterval, compareText, formatInterval } from './format';
import type { CompetingValue, SourceClaim } from './report-schema';
import { relaysOf } from './source-claims';

/** The distinct values of an open dispute, lowest first, each with every original source that gives it. */
export function competingValues(sources: readonly SourceClaim[], unit: string | null): CompetingValue[] {
  const byValue = new Map<string, SourceClaim[]>();
  for (const s of sources) {
    if (s.interval === null) continue;
    const key = `${s.interval.low}|${s.interval.high}`;
    const list = byValue.get(key) ?? [];
    list.push(s);
    byValue.set(key, list);
  }
  const values: CompetingValue[] = [];
  for (const list of byValue.values()) {
    const first = list[0];
    if (!first?.interval) continue;
    const givenBy = new Map<string, Set<string>>();
    for (const s of list) {
      const via = givenBy.get(s.originalSource) ?? new Set<string>();
      for (const relay of relaysOf(s)) via.add(relay);
      givenBy.set(s.originalSource, via);
    }
    values.push({
      valueText: formatInterval(first.interval, unit),
      interval: first.interval,
      figureTexts: [...new Set(list.flatMap((s) => (s.figureText === null ? [] : [s.figureText])))].sort(
        compareText,
      ),
      givenBy: [...givenBy.entries()]
        .map(([originalSource, via]) => ({ originalSource, via: [...via].sort(compareText) }))
        .sort((a, b) => compareText(a.originalSource, b.originalSource)),
      claimIds: list.map((s) => s.claimId).sort(compareText),
    });
  }
  return values.sort((a, b) => compareInterval(a.interval, b.interval));
}
