import { z } from 'zod';

/**
 * An ISO 8601 date (2022-01-09) or timestamp (2022-01-09T12:00, …:00Z, …:00.000+05:00), and nothing else.
 * `Date.parse` alone is too lenient: it accepts V8's free-form extras ("2022-01-01 (comment)", control characters
 * included), which then reached the download's file name and broke the response header.
 */
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export const AS_OF_MESSAGE = 'Give the as-of moment as an ISO date or timestamp, e.g. 2022-01-09 or 2022-01-09T12:00:00Z';

export const asOfInput = z
  .string()
  .max(40, AS_OF_MESSAGE)
  .refine((v) => ISO_MOMENT.test(v) && !Number.isNaN(Date.parse(v)), AS_OF_MESSAGE);
