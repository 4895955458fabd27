import 'server-only';
import { TRPCError } from '@trpc/server';
import { notFound } from 'next/navigation';
import { isValidId } from '@claimdesk/api';

/** Runs a server-side procedure call; NOT_FOUND (including "not a member") becomes the 404 page. */
export async function orNotFound<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

/**
 * A page's ids come from its URL: one that cannot be an id (over-long, empty) names no page, so it is the 404
 * page, checked before any call (the API would refuse it as bad input, which a page would show as a 500).
 */
export function requireIds(...ids: string[]): void {
  if (!ids.every(isValidId)) notFound();
}
