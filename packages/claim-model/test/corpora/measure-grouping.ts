import type { ExtractedClaim } from '../../src/claim';
import type { ComputedDispute } from '../../src/disputes';
import { locate } from '../extraction/demo-corpus';
import type { Corpus, ExpectedClaim } from './load-corpus';

/** How one expected dispute came out: how many of its figures were extracted, and the largest computed group's share. */
export interface DisputeMeasure {
  event: string;
  id: string;
  metric: string;
  expected: number;
  /** Expected figures extraction turned into a quantity claim (grouping can only group those). */
  extracted: number;
  /** Claims of the largest computed dispute holding this one's claims. */
  largest: number;
  /** largest / extracted (1 when nothing was extracted). */
  share: number;
  /** At least two claims extracted and the largest group holds more than half of them. */
  found: boolean;
  /** How many computed disputes its claims are spread over (claims in no dispute not counted). */
  groups: number;
}

/** A computed dispute that holds claims of two or more expected disputes, and what they differ in. */
export interface MixedGroup {
  key: string;
  expected: string[];
  /** Different metrics or different events: the mix that must never happen. */
  crossesMetricOrEvent: boolean;
}

export interface GroupingMeasures {
  disputes: DisputeMeasure[];
  mixed: MixedGroup[];
  /** Over expected disputes with at least two extracted claims. */
  meanShare: number;
  minShare: number;
  foundRate: number;
  notExtracted: string[];
}

interface Located {
  event: string;
  dispute: string;
  metric: string;
  claim: ExpectedClaim;
  found: ExtractedClaim | undefined;
}

/** Finds each expected figure among the extracted claims: the quantity claim whose figure starts at its offset. */
export function locateExpected(corpora: readonly Corpus[], claims: readonly ExtractedClaim[]): Located[] {
  const byDocument = new Map<string, ExtractedClaim[]>();
  for (const c of claims) {
    if (c.kind !== 'quantity' || !c.figure) continue;
    const list = byDocument.get(c.documentId) ?? [];
    list.push(c);
    byDocument.set(c.documentId, list);
  }
  const out: Located[] = [];
  for (const corpus of corpora) {
    const texts = new Map(corpus.documents.map((d) => [d.id, d.text]));
    for (const dispute of corpus.expected) {
      for (const claim of dispute.claims) {
        const documentId = `${corpus.event}/${claim.file}`;
        const text = texts.get(documentId);
        if (text === undefined) throw new Error(`${dispute.id}: no document ${claim.file}`);
        const at = locate(text, claim.figure, claim.context);
        if (at === -1) throw new Error(`${dispute.id}: "${claim.figure}" not found in ${claim.file}`);
        const found = (byDocument.get(documentId) ?? []).find(
          (c) => c.figure !== null && c.figure.span.start <= at && at < c.figure.span.end,
        );
        out.push({ event: corpus.event, dispute: dispute.id, metric: dispute.metric, claim, found });
      }
    }
  }
  return out;
}

/** The measures of issue 18: per expected dispute the largest group's share, disputes found, mixed groups. */
export function measureGrouping(
  corpora: readonly Corpus[],
  claims: readonly ExtractedClaim[],
  disputes: readonly ComputedDispute[],
): GroupingMeasures {
  const located = locateExpected(corpora, claims);
  const disputeOfClaim = new Map<string, ComputedDispute>();
  for (const d of disputes) for (const id of d.claimIds) disputeOfClaim.set(id, d);
  const expectedOfClaim = new Map<string, Located>();
  for (const l of located) if (l.found) expectedOfClaim.set(l.found.id, l);

  const measures: DisputeMeasure[] = [];
  for (const corpus of corpora) {
    for (const e of corpus.expected) {
      const mine = located.filter((l) => l.event === corpus.event && l.dispute === e.id);
      const ids = [...new Set(mine.flatMap((l) => (l.found ? [l.found.id] : [])))];
      const counts = new Map<ComputedDispute, number>();
      for (const id of ids) {
        const d = disputeOfClaim.get(id);
        if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
      }
      const largest = Math.max(0, ...counts.values());
      const share = ids.length === 0 ? 1 : largest / ids.length;
      measures.push({
        event: corpus.event,
        id: e.id,
        metric: e.metric,
        expected: e.claims.length,
        extracted: ids.length,
        largest,
        share,
        found: ids.length >= 2 && largest * 2 > ids.length,
        groups: counts.size,
      });
    }
  }

  const mixed: MixedGroup[] = [];
  for (const d of disputes) {
    const members = [
      ...new Set(
        d.claimIds.flatMap((id) => {
          const l = expectedOfClaim.get(id);
          return l ? [`${l.event}:${l.dispute}:${l.metric}`] : [];
        }),
      ),
    ];
    if (members.length < 2) continue;
    const events = new Set(members.map((m) => m.split(':')[0]));
    const metrics = new Set(members.map((m) => m.split(':')[2]));
    mixed.push({
      key: d.key,
      expected: members.map((m) => m.split(':').slice(0, 2).join(':')),
      crossesMetricOrEvent: events.size > 1 || metrics.size > 1,
    });
  }

  const scored = measures.filter((m) => m.extracted >= 2);
  const shares = scored.map((m) => m.share);
  return {
    disputes: measures,
    mixed,
    meanShare: shares.reduce((a, b) => a + b, 0) / Math.max(1, shares.length),
    minShare: Math.min(1, ...shares),
    foundRate: scored.filter((m) => m.found).length / Math.max(1, scored.length),
    notExtracted: located
      .filter((l) => !l.found)
      .map((l) => `${l.event}/${l.claim.file}: "${l.claim.figure}" (${l.dispute})`),
  };
}

/** The measures as a Markdown table and summary lines. */
export function formatMeasures(m: GroupingMeasures): string {
  const rows = m.disputes.map(
    (d) =>
      `| ${d.event} | ${d.id} | ${d.metric} | ${d.expected} | ${d.extracted} | ${d.largest} | ${d.share.toFixed(2)} | ${d.groups} | ${d.extracted < 2 ? '—' : d.found ? 'yes' : 'no'} |`,
  );
  return [
    '| event | expected dispute | metric | figures | extracted | largest group | share | groups | found |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `- Mean largest-group share ${m.meanShare.toFixed(3)}, lowest ${m.minShare.toFixed(2)} (over disputes with at least two extracted claims)`,
    `- Disputes found ${m.foundRate.toFixed(3)}`,
    `- Groups mixing metrics or events: ${m.mixed.filter((x) => x.crossesMetricOrEvent).length}; groups mixing two propositions of one metric: ${m.mixed.filter((x) => !x.crossesMetricOrEvent).length}`,
    ...m.mixed.map((x) => `  - ${x.key}: ${x.expected.join(' + ')}`),
    `- Expected figures extraction did not turn into a quantity claim: ${m.notExtracted.length}`,
    ...m.notExtracted.map((x) => `  - ${x}`),
  ].join('\n');
}
