import { ZodError } from 'zod';
import { DomainError } from '@claimdesk/api';

/** Prints an error as a sentence (never a stack trace) and sets a failing exit code. */
export function reportFailure(error: unknown): void {
  if (error instanceof ZodError) {
    for (const issue of error.issues) console.error(`error: ${issue.path.join('.') || 'input'}: ${issue.message}`);
  } else if (error instanceof DomainError || error instanceof CliError) {
    console.error(`error: ${error.message}`);
  } else {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}

export class CliError extends Error {}

/** Wraps a command action so any failure ends as a clear message and exit code 1. */
export function action<A extends unknown[]>(fn: (...args: A) => unknown | Promise<unknown>) {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (error) {
      reportFailure(error);
    }
  };
}
