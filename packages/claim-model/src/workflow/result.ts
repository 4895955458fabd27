/** The outcome of a domain decision: a value, or a refusal with a stable code and a sentence for people. */
export type Result<T, E = WorkflowRefusal> = { ok: true; value: T } | { ok: false; error: E };

export type RefusalCode = 'INVALID_TRANSITION' | 'FORBIDDEN' | 'RULE_VIOLATION';

export interface WorkflowRefusal {
  code: RefusalCode;
  message: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const refuse = (code: RefusalCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
