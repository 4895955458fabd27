import { TRPCError } from '@trpc/server';
/** Stable error codes of the domain, each with the tRPC code it maps to. Messages are written for people. */
export const DOMAIN_ERRORS = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  STALE_VERSION: 'CONFLICT',
  ALREADY_EXISTS: 'CONFLICT',
  INVALID_TRANSITION: 'BAD_REQUEST',
  INVALID_INPUT: 'BAD_REQUEST',
  RULE_VIOLATION: 'PRECONDITION_FAILED',
} as const;

export type DomainErrorCode = keyof typeof DOMAIN_ERRORS;

/** A broken domain rule. Carries a stable code, a sentence a person can act on, and optional data (e.g. current state). */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found, or you do not have access to it.`);
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);

/** The error a client sees for a broken domain rule: the mapped tRPC code, the sentence, the domain error as cause. */
export const toTRPCError = (cause: DomainError) => new TRPCError({ code: DOMAIN_ERRORS[cause.code], message: cause.message, cause });
