import type { RelationKind, VerdictRating } from '../vocabulary';

/** Plain-words methodology, the same in every report so readers can compare reports over time. */
export const METHODOLOGY_PARAGRAPHS = [
  'Every figure is kept twice: the words exactly as the source wrote them, and a numeric interval that those words allow. "At least 13" becomes 13 or more; "dozens" becomes 24 to 99. Comparing intervals, not words, shows which figures can both be true.',
  'Claims about the same thing (the same measure, of the same people, in compatible places and times) are grouped into a dispute. For each dispute the desk computes how the values relate: a conflict, a revision over time, a difference of scope, or agreement.',
  'Each claim carries its attribution chain, from the outlet that published it back to the original source. Outlets that repeat one original source are one witness, not several: independent sources count original sources only.',
  'A reviewer reads every source of a dispute in context, proposes a verdict with a reconciled value or range and a rationale, and a lead approves it. Only verdicts approved at or before the as-of moment of this report are shown as key figures; everything else is still disputed or unverified.',
] as const;

export const METHODOLOGY_INTERVALS: readonly { written: string; interval: string }[] = [
  { written: 'an exact figure ("18", "eighteen", "2,298")', interval: 'exactly that number' },
  { written: '"at least N", "N or more"', interval: 'N or more' },
  { written: '"more than N", "over N" (counts)', interval: 'N+1 or more; "more than a dozen" is 13 or more' },
  { written: '"nearly N", "almost N"', interval: '90 % of N up to N' },
  { written: '"about N", "some N", "around N"', interval: '90 % to 110 % of N' },
  { written: '"up to N"', interval: '0 to N' },
  { written: '"a dozen"', interval: '12' },
  { written: '"dozens", "tens"', interval: '24–99' },
  { written: '"a few dozen"', interval: '24–60' },
  { written: '"hundreds", "several hundred"', interval: '200–999' },
  { written: '"thousands"', interval: '2,000–9,999' },
  { written: '"several"', interval: '3–9' },
  { written: 'a range ("100–300", "five to six")', interval: 'its low and high ends' },
  { written: 'money and units ("50 tenge ($0.11)")', interval: 'the figure in its own currency or unit' },
];

export const RELATION_MEANINGS: Record<RelationKind, string> = {
  conflict: 'The values cannot both be true for the same time and scope.',
  revision:
    'The same source, or the same kind of official source, changed its figure over time; a falling cumulative count is flagged.',
  scope:
    'The values differ because place, group or time differ; a reviewer confirms the scopes before comparing.',
  consistent: 'The intervals overlap: the sources agree within what their words allow.',
  single_source: 'Every report traces back to one original source: repetition is not corroboration.',
};

export const RATING_LABELS: Record<VerdictRating, { label: string; meaning: string; score: number }> = {
  confirmed: { label: 'Confirmed', meaning: 'Independent sources support the reconciled value.', score: 5 },
  conflicting: {
    label: 'Conflicting',
    meaning: 'Credible sources still disagree; the range shows the disagreement.',
    score: 3,
  },
  unverifiable: { label: 'Unverifiable', meaning: 'No independent way to check the figure yet.', score: 3 },
  misleading: {
    label: 'Misleading',
    meaning: 'The figure is accurate in part but lacks context or scope.',
    score: 2,
  },
  false: { label: 'False', meaning: 'The figure is contradicted by stronger evidence.', score: 1 },
};
