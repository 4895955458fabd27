import { z } from 'zod';
import { ATTRIBUTION_KINDS } from '../claim';
import { RELATION_KINDS } from '../vocabulary';
import type { ComputedDispute, RelatedClaimLink } from './dispute';

const isoDate = z.iso.date();
/** `null` is unbounded on that side. */
const intervalSchema = z.object({ low: z.number().nullable(), high: z.number().nullable() });

/** The JSON form of a `ComputedDispute` (see dispute.ts for what each field means). */
export const computedDisputeSchema = z.object({
  key: z.string().min(1),
  bucket: z.string().min(1),
  metric: z.string().min(1),
  unit: z.string().min(1),
  subject: z.string().nullable(),
  place: z.string().nullable(),
  asOfRange: z.object({ from: isoDate.nullable(), to: isoDate.nullable() }),
  relations: z.array(z.object({ kind: z.enum(RELATION_KINDS), reason: z.string().min(1) })).min(1),
  severity: z.number().min(0).max(100),
  claimIds: z.array(z.string()).min(1),
  independentSources: z.array(
    z.object({
      source: z.string(),
      kind: z.enum(ATTRIBUTION_KINDS),
      claimIds: z.array(z.string()).min(1),
      relayedBy: z.array(z.string()),
    }),
  ),
  valueSummary: z.object({
    text: z.string(),
    envelope: intervalSchema,
    values: z.array(
      z.object({
        interval: intervalSchema,
        texts: z.array(z.string()),
        sources: z.array(z.string()),
        claimIds: z.array(z.string()).min(1),
      }),
    ),
  }),
});

/** The JSON form of a `RelatedClaimLink`. */
export const relatedClaimLinkSchema = z.object({
  claimIds: z.tuple([z.string(), z.string()]),
  similarity: z.number().gt(0).max(1),
});

// The schema and the type must describe the same thing: each side must be assignable to the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: [
  Same<z.infer<typeof computedDisputeSchema>, ComputedDispute>,
  Same<z.infer<typeof relatedClaimLinkSchema>, RelatedClaimLink>,
] = [true, true];
void schemaMatchesType;
