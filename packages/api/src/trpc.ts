import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import { isDatabaseBusy, untilLockFree } from '@claimdesk/db';
import { hasRoleAtLeast, type Role } from '@claimdesk/claim-model';
import type { Context } from './context';
import { DomainError, toTRPCError } from './errors';
import { ReportedServerError, reportServerError, serverErrorMessage } from './server-error';
import type { Actor } from './actor';

function issuesOf(data: unknown): string[] | undefined {
  if (typeof data !== 'object' || data === null || !('issues' in data) || !Array.isArray(data.issues)) return undefined;
  return data.issues.filter((i): i is string => typeof i === 'string');
}

/** The JSON parser's own message quotes the input back and names the parser: a person gets this instead. */
const UNREADABLE_REQUEST = 'The request could not be read: its input is not valid JSON.';

/** The one place where errors become what a client sees: field errors, domain codes, or a generic message. */
const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error, path }) {
    const cause = error.cause;
    // A fault outside the procedures (creating the context, reading the request) has not been logged yet.
    const ref = cause instanceof ReportedServerError ? cause.ref : error.code === 'INTERNAL_SERVER_ERROR' ? reportServerError(`api ${path ?? 'request'}`, cause ?? error) : undefined;
    return {
      ...shape,
      message: ref ? serverErrorMessage(ref) : cause instanceof SyntaxError ? UNREADABLE_REQUEST : shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        ref,
        fieldErrors: cause instanceof ZodError ? cause.flatten().fieldErrors : undefined,
        domainCode: cause instanceof DomainError ? cause.code : undefined,
        current: cause instanceof DomainError && cause.code === 'STALE_VERSION' ? cause.data : undefined,
        // Invalid input that is not a form field (a lexicon file): each problem as its own sentence.
        issues: cause instanceof DomainError && cause.code === 'INVALID_INPUT' ? issuesOf(cause.data) : undefined,
      },
    };
  },
});

const mapErrors = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof DomainError) {
    throw toTRPCError(cause);
  }
  if (isDatabaseBusy(cause)) {
    throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'The database is busy with a large import. Nothing was changed; try again in a moment.' });
  }
  if (result.error.code === 'INTERNAL_SERVER_ERROR' && !(cause instanceof ReportedServerError)) {
    const reported = new ReportedServerError(reportServerError(`api ${path}`, cause ?? result.error));
    throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: reported.message, cause: reported });
  }
  return result;
});

/**
 * Another process (a bulk `claimdesk import`) may hold the write lock. The server's connection waits only briefly
 * for it (a blocking wait would stall every request of this process), so a mutation that finds the lock taken
 * waits without blocking until it is free (untilLockFree) and runs again, for up to 5 s. Use cases are single
 * transactions that take the lock at BEGIN, so a busy attempt changed nothing.
 */
const BUSY_PATIENCE_MS = 5000;
const retryWhenBusy = t.middleware(async ({ ctx, next, type }) => {
  if (type !== 'mutation') return next();
  const deadline = Date.now() + BUSY_PATIENCE_MS;
  for (;;) {
    const result = await next();
    if (result.ok || !isDatabaseBusy(result.error.cause) || Date.now() >= deadline) return result;
    // Wait for the lock with a cheap probe, then run the procedure once more.
    await untilLockFree(ctx.db, deadline);
  }
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(mapErrors).use(retryWhenBusy);

/** Signed in, with an enabled account and a current session (checked against the database per request). */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue.' });
  const actor: Actor = { id: ctx.user.id, name: ctx.user.name, role: ctx.user.role };
  return next({ ctx: { ...ctx, user: ctx.user, actor } });
});

function roleProcedure(role: Role, label: string) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!hasRoleAtLeast(ctx.user.role, role)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `Only ${label} can do this.` });
    }
    return next();
  });
}

export const leadProcedure = roleProcedure('lead', 'leads');
export const adminProcedure = roleProcedure('admin', 'admins');
