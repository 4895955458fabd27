/** The body as text: the charset from the header, else a <meta charset> in the first bytes, else UTF-8. */
export function decodeBody(body: Buffer, headerCharset: string | null): string | null {
  const sniffed = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(body.subarray(0, 2048).toString('latin1'))?.[1] ?? null;
  const label = (headerCharset ?? sniffed ?? 'utf-8').toLowerCase();
  try {
    return new TextDecoder(label, { fatal: false }).decode(body);
  } catch {
    return null;
  }
}
