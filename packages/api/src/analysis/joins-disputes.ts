import type { ExtractedClaim } from '@claimdesk/claim-model';

/** Only claims with a metric can join a dispute: the ones handed to the case's dispute index. */
export const joinsDisputes = (c: ExtractedClaim): boolean => c.kind === 'quantity' && Boolean(c.frame?.metric);
