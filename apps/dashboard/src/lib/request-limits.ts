/**
 * What one tRPC request may carry. The largest legitimate body is one imported file (5 MB, sent base64 in JSON:
 * about 6.7 MB); the import screen sends one file per call. The client batches at most BATCH_LINK_MAX_ITEMS calls.
 */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
export const MAX_BATCH_SIZE = 50;
export const BATCH_LINK_MAX_ITEMS = 25;

/** The body, read up to `limit` bytes: null when it is larger (the rest is not read). */
export async function readBodyWithin(req: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    body.set(part, offset);
    offset += part.byteLength;
  }
  return body;
}
