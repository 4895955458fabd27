import { z } from 'zod';
import { VERDICT_RATINGS } from '@claimdesk/claim-model';
import { itemCommandInput } from './inputs';

const bound = z.number({ message: 'A bound must be a number' }).finite('A bound must be a finite number').nullable().default(null);

export const proposeVerdictInput = itemCommandInput
  .extend({
    rating: z.enum(VERDICT_RATINGS, { message: `The rating must be one of: ${VERDICT_RATINGS.join(', ')}` }),
    low: bound,
    high: bound,
    unit: z.string().trim().max(20, 'The unit is at most 20 characters').nullable().default(null),
    asOf: z.iso.date('The as-of date must be YYYY-MM-DD').nullable().default(null),
    rationale: z.string().trim().min(10, 'Explain the verdict in at least 10 characters').max(20_000, 'Keep the rationale under 20,000 characters'),
  })
  .refine((v) => v.low === null || v.high === null || v.low <= v.high, { message: 'The low bound cannot be above the high bound', path: ['low'] });
