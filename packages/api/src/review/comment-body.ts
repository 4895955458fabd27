import { z } from 'zod';

/**
 * Comments are Markdown. Raw HTML and script links are refused outright (not silently stripped), so what a
 * reviewer wrote is exactly what others read, and no stored comment can carry a script.
 */
export const commentBody = z
  .string()
  .trim()
  .min(1, 'Write something before posting')
  .max(20_000, 'Keep a comment under 20,000 characters')
  .refine((body) => !body.includes('\0'), 'The comment contains a NUL character')
  .refine((body) => !/<\s*\/?\s*[a-z!?][^>]*>/i.test(body), 'Comments are Markdown: HTML tags are not allowed')
  .refine((body) => !/\]\(\s*(javascript|vbscript|data):/i.test(body) && !/<\s*(javascript|vbscript|data):/i.test(body), 'Links must be http or https');

/** `@handle` tokens in a comment: an email, or the part of an email before the `@`. */
export function mentionHandles(body: string): string[] {
  const handles = new Set<string>();
  for (const match of body.matchAll(/(?<![\w.])@([\w.+-]+(?:@[\w-]+(?:\.[\w-]+)+)?)/g)) {
    const handle = match[1]?.replace(/\.+$/, '').toLowerCase();
    if (handle) handles.add(handle);
  }
  return [...handles];
}
