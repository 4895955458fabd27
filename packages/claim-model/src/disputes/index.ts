export * from './dispute';
export { groupClaims, type GroupContext } from './group-claims';
export { disputeBucketOf, type DisputeDocument } from './member';
export { type DisputeLexicon } from './taxonomy';
export { metricClass, isCumulative, type MetricClass } from './metric-class';
export { reconcileDisputes } from './reconcile-disputes';
export { relateClaims, type RelateOptions } from './related-claims';
export { DisputeIndex, type DisputeIndexUpdate } from './dispute-index';
export { computedDisputeSchema, relatedClaimLinkSchema } from './dispute-schema';
