import { TRPCClientError } from '@trpc/client';

interface ErrorData {
  code?: string;
  domainCode?: string;
  current?: unknown;
  fieldErrors?: Record<string, string[] | undefined>;
  issues?: string[];
}

function dataOf(error: unknown): ErrorData | undefined {
  if (error instanceof TRPCClientError && typeof error.data === 'object' && error.data !== null) return error.data as ErrorData;
  return undefined;
}

export function errorCode(error: unknown): string | undefined {
  return dataOf(error)?.code;
}

export const isConflict = (error: unknown) => errorCode(error) === 'CONFLICT';
export const isUnauthorized = (error: unknown) => errorCode(error) === 'UNAUTHORIZED';

/** The server's current state of the item, sent with a CONFLICT so the screen can show what changed. */
export function conflictCurrent(error: unknown): unknown {
  return dataOf(error)?.current;
}

/** The first message per field, for showing next to the field that caused it. */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, messages] of Object.entries(dataOf(error)?.fieldErrors ?? {})) {
    if (messages?.[0]) out[field] = messages[0];
  }
  return out;
}

/** Each problem the server found in a document it was given (a lexicon file), one sentence each. */
export function inputIssues(error: unknown): string[] {
  return dataOf(error)?.issues ?? [];
}

/** A sentence for a person: the server's message is written for people; network failures get our own. */
export function describeError(error: unknown): string {
  if (error instanceof TRPCClientError) {
    if (isUnauthorized(error)) return 'You are signed out. Sign in again to continue; what you typed is kept.';
    const fields = Object.values(fieldErrors(error));
    if (fields.length) return fields.join(' ');
    if (error.message.includes('Failed to fetch')) return 'The server could not be reached. Check your connection and try again.';
    return error.message;
  }
  return error instanceof Error ? error.message : 'Something went wrong. Try again.';
}
