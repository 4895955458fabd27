import { randomBytes } from 'node:crypto';

/** A server fault already logged under a reference, carried as a TRPCError's cause so it is logged only once. */
export class ReportedServerError extends Error {
  constructor(readonly ref: string) {
    super(serverErrorMessage(ref));
    this.name = 'ReportedServerError';
  }
}

/** What a person sees for a server fault: no internals, and the reference that finds it in the server's log. */
export function serverErrorMessage(ref: string): string {
  return `Something went wrong on the server. Try again; if it persists, tell an admin: ref ${ref}.`;
}

/**
 * Logs a server fault under a fresh reference (8 hex characters) and returns the reference, for the answer the
 * person gets. The log line carries the whole error; the answer carries only the reference.
 */
export function reportServerError(where: string, error: unknown): string {
  const ref = randomBytes(4).toString('hex');
  console.error(`[${where}] ref ${ref}:`, error);
  return ref;
}
