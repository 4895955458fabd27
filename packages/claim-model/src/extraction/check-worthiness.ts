import type { CheckWorthiness, Frame, Hedge } from '../claim';
import type { ClaimKind } from '../vocabulary';
import type { Lexicon } from '../lexicon/schema';
import { indexLexicon } from './lexicon-index';

const KIND_BASE: Record<ClaimKind, number> = { quantity: 0.3, event: 0.25, statement: 0.2 };
const CATEGORY_WEIGHT: Record<string, number> = { casualty: 0.35, detention: 0.3, security: 0.25, economic: 0.2, humanitarian: 0.2, participation: 0.1, measure: 0 };
const BACKGROUND = /\b(?:largest|biggest|smallest|most populous|richest|poorest|oldest|since (?:its|their) independence|by land area|one of the world's)\b/i;

// The claims of one sentence share its text: the background test runs once per sentence, not once per claim.
let lastText: string | null = null;
let lastBackground = false;

function isBackground(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastBackground = BACKGROUND.test(text);
  }
  return lastBackground;
}

export interface WorthinessInput {
  kind: ClaimKind;
  frame: Frame | null;
  text: string;
  officialSource: boolean;
  hedges: readonly Hedge[];
  /** Metric and subject ids that the headline or most claims of the document speak about. */
  central: ReadonlySet<string>;
  headline: boolean;
}

/** Scores how much a claim deserves a reviewer's time, in [0, 1], with the reasons that raised or lowered it. */
export function scoreCheckWorthiness(lexicon: Lexicon, input: WorthinessInput): CheckWorthiness {
  let score = KIND_BASE[input.kind];
  const reasons: string[] = [];
  const metricId = input.frame?.metric?.id;
  const category = metricId ? indexLexicon(lexicon).metricCategory.get(metricId) : undefined;
  if (category && (CATEGORY_WEIGHT[category] ?? 0) > 0) {
    score += CATEGORY_WEIGHT[category] ?? 0;
    reasons.push(`figure about ${metricId?.replace(/_/g, ' ')}`);
  }
  if (input.officialSource) {
    score += 0.1;
    reasons.push('named official source');
  }
  if (input.hedges.length > 0) {
    score += 0.1;
    reasons.push('hedged');
  }
  const subjectId = input.frame?.subject?.id;
  if ((metricId && input.central.has(metricId)) || (subjectId && category && input.central.has(subjectId))) {
    score += 0.1;
    reasons.push('central to the story');
  }
  if (input.headline) {
    score += 0.05;
    reasons.push('in a headline');
  }
  if (!category && isBackground(input.text)) {
    score -= 0.1;
    reasons.push('background fact');
  }
  return { score: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100, reasons };
}
