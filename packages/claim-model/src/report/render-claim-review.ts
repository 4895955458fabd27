import { compareText } from './format';
import { RATING_LABELS } from './methodology';
import type { KeyFigure, Report, SourceClaim } from './report-schema';

export interface ClaimReviewOptions {
  /** The public page of the report; each review links to its dispute's anchor on it. */
  reportUrl: string;
  /** The fact-checking organisation that publishes the report. */
  publisher: string;
}

const BEST_RATING = 5;
const WORST_RATING = 1;
/** Google shows claimReviewed on one line of a phone screen below this many characters. */
const CLAIM_REVIEWED_MAX = 75;

/**
 * schema.org ClaimReview JSON-LD, one review per claim of each resolved dispute: claims from one original source
 * with the same figure are one claim, appearing in every outlet that repeats it.
 */
export function renderClaimReview(report: Report, options: ClaimReviewOptions): string {
  const reviews = report.keyFigures.flatMap((k) => reviewsOf(k, report, options));
  return `${JSON.stringify(reviews, null, 2)}\n`;
}

function reviewsOf(k: KeyFigure, report: Report, options: ClaimReviewOptions) {
  const groups = new Map<string, SourceClaim[]>();
  for (const s of k.sources) {
    const key = `${s.originalSource}\u0000${s.figureText ?? ''}`;
    const list = groups.get(key) ?? [];
    list.push(s);
    groups.set(key, list);
  }
  const datePublished = k.approvedAt.slice(0, 10);
  return [...groups.values()].map((list) => {
    const first = list[0];
    if (!first) throw new Error('A claim group is never empty.');
    const appearances = list.flatMap((s) => (s.url === null ? [] : [s.url]));
    const dates = list.flatMap((s) => (s.publishedDate === null ? [] : [s.publishedDate])).sort(compareText);
    const firstAppearance = list.find((s) => s.publishedDate === dates[0] && s.url !== null)?.url ?? null;
    const rating = RATING_LABELS[k.rating];
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${options.reportUrl}#dispute-${encodeURIComponent(k.disputeId)}`,
      name: `${k.title}: ${rating.label.toLowerCase()}, ${k.valueText}`,
      claimReviewed: claimReviewed(first, k),
      reviewBody: k.rationale,
      author: { '@type': 'Organization', name: options.publisher },
      datePublished,
      reviewRating: {
        '@type': 'Rating',
        ratingValue: rating.score,
        bestRating: BEST_RATING,
        worstRating: WORST_RATING,
        alternateName: rating.label,
        ratingExplanation: `Reconciled value: ${k.valueText}${k.valueAsOf === null ? '' : ` as of ${k.valueAsOf}`}. ${rating.meaning}`,
      },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': authorType(first), name: first.originalSource },
        ...(dates[0] === undefined ? {} : { datePublished: dates[0] }),
        ...(firstAppearance === null
          ? {}
          : { firstAppearance: { '@type': 'CreativeWork', url: firstAppearance } }),
        appearance: [...new Set(appearances)].map((url) => ({ '@type': 'CreativeWork', url })),
      },
      isPartOf: {
        '@type': 'Report',
        name: `Verified summary report: ${report.case.name}`,
        url: options.reportUrl,
      },
    };
  });
}

// A short summary in the source's own figure; Google asks for under 75 characters and no rating in it.
function claimReviewed(s: SourceClaim, k: KeyFigure): string {
  const figure = s.figureText ?? s.valueText ?? '';
  const summary = `${s.originalSource}: ${figure} (${k.title})`;
  return summary.length <= CLAIM_REVIEWED_MAX
    ? summary
    : `${summary.slice(0, CLAIM_REVIEWED_MAX - 1).trimEnd()}…`;
}

function authorType(s: SourceClaim): 'Person' | 'Organization' {
  return s.chain.at(-1)?.kind === 'person' ? 'Person' : 'Organization';
}
