import { z } from 'zod';

/** An opaque-looking keyset cursor: the sort value and the id of the last row of the previous page. */
export const cursorInput = z
  .string()
  .max(200, 'The cursor is not valid')
  .regex(/^\d{1,20}(\.\d{1,20})?(e[-+]?\d{1,3})?:[\w-]{1,100}$/, 'The cursor is not valid: pass back the nextCursor you were given')
  .optional();

export function parseCursor(cursor: string | undefined): { value: number; id: string } | undefined {
  if (!cursor) return undefined;
  const at = cursor.indexOf(':');
  return { value: Number(cursor.slice(0, at)), id: cursor.slice(at + 1) };
}

export function makeCursor(value: number, id: string): string {
  return `${value}:${id}`;
}
