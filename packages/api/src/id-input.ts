import { z } from 'zod';

/**
 * Every id a caller names (case, dispute, claim, document, user, …), in a procedure's input and in a page's URL:
 * one schema, so an id too long or empty to exist is refused the same way everywhere (a 400 from the API, the
 * not-found page on a page) instead of reaching a query or the framework's error page.
 */
export const idInput = z.string().trim().min(1, 'An id is required').max(100, 'An id is at most 100 characters');

/** Whether a value from a URL can be an id at all; a page answers not-found when it cannot. */
export function isValidId(value: unknown): value is string {
  return idInput.safeParse(value).success;
}
